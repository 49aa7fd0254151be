"""Driving the map in the browser."""


def updated(page, action) -> None:
    """Do something that changes the selection, and wait for the server's answer."""
    before = page.url
    action()
    page.wait_for_function("url => window.location.href !== url", arg=before)
    page.wait_for_load_state("networkidle")
