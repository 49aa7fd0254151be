class Config:
    BABEL_DEFAULT_LOCALE = "en"
    LANGUAGES = ("en", "es")
    COMPRESS_ALGORITHM = ["br", "gzip"]
    COMPRESS_MIMETYPES = ["text/html", "text/css", "application/javascript", "text/javascript",
                          "application/json", "image/svg+xml"]
    COMPRESS_BR_LEVEL = 4
