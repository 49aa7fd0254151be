"""The fixtures every test module shares.

Each test module gets an app of its own, with the answer cache off: no test sees answers
that another asked for, and a test about the cache makes its own app with it on.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest

from support.browser import launch
from support.serving import werkzeug_server
from webapp import create_app

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "tests" / "output"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def app():
    return create_app({"TESTING": True, "ANSWER_CACHE": False})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def output_dir() -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return OUTPUT


@pytest.fixture(scope="module")
def live_server(app) -> Iterator[str]:
    with werkzeug_server(app) as base:
        yield base


@pytest.fixture(scope="session")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone_page(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True,
                                  device_scale_factor=2)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="module")
def client_session(app):
    """A client shared across hypothesis examples (function fixtures are not reset between them)."""
    return app.test_client()


@pytest.fixture
def audit_page(browser):
    """A page that lets axe-core be injected past the app's Content-Security-Policy."""
    context = browser.new_context(viewport=DESKTOP, bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()
