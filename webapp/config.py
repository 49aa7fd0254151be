import os


class Config:
    BABEL_DEFAULT_LOCALE = "en"
    LANGUAGES = ("en", "es")
    # Space-separated origins allowed to frame /embed; unset means any origin.
    EMBED_ORIGINS = os.environ.get("EMBED_ORIGINS")
