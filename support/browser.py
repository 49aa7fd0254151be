"""Debian's Chromium, as Playwright and Lighthouse launch it on these machines."""

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium tries to reach hosts that are refused.
CHROMIUM_ARGS = (
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update",
    "--no-first-run", "--disable-sync",
)


def launch(playwright, **options):
    """A headless Chromium from a started ``sync_playwright()``."""
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=list(CHROMIUM_ARGS), **options)
