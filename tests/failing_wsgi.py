"""A WSGI app that fails outside Flask, quoting its query: for the gunicorn error-log test."""


def app(environ, start_response):
    raise RuntimeError(f"failed on {environ['PATH_INFO']}?{environ['QUERY_STRING']}")
