import os


class Config:
    BABEL_DEFAULT_LOCALE = "en"
    LANGUAGES = ("en", "es")
    # Space-separated origins allowed to frame /embed; unset means any origin.
    EMBED_ORIGINS = os.environ.get("EMBED_ORIGINS")
    COMPRESS_ALGORITHM = ["br", "gzip"]
    COMPRESS_MIMETYPES = ["text/html", "text/css", "application/javascript", "text/javascript",
                          "application/json", "image/svg+xml"]
    COMPRESS_BR_LEVEL = 5
