class Config:
    BABEL_DEFAULT_LOCALE = "en"
    LANGUAGES = ("en", "es")
    COMPRESS_ALGORITHM = ["br", "gzip"]
    COMPRESS_MIMETYPES = ["text/html", "text/css", "application/javascript", "text/javascript",
                          "application/json", "image/svg+xml"]
    # Answers are made per request, so they are compressed fast: brotli's quality 0 takes a
    # result fragment (48 KB, most of it the figure) to 10 KB in 0.06 ms, where quality 4
    # takes it to 8.3 KB in 0.4 ms. Static files come compressed thoroughly (assets.py).
    COMPRESS_BR_LEVEL = 0
    COMPRESS_LEVEL = 1
