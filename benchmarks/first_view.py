"""The weight of the first view: the page and every resource it loads, as sent with gzip.

    python -m benchmarks.first_view
"""

import re

from flask.testing import FlaskClient

from webapp import create_app

BUDGET = 40 * 1024
RESOURCE = re.compile(r'<(?:link|script)\b[^>]*?(?:href|src)="(/[^"]+)"')


def first_view(client: FlaskClient, path: str = "/") -> dict[str, int]:
    """Bytes on the wire (bodies, gzip) of a page and of each resource it links."""
    headers = {"Accept-Encoding": "gzip"}
    page = client.get(path, headers=headers)
    weights = {path: len(page.data)}
    html = client.get(path).get_data(as_text=True)
    for url in RESOURCE.findall(html):
        weights[url] = len(client.get(url, headers=headers).data)
    return weights


def main() -> None:
    weights = first_view(create_app().test_client())
    for url, size in weights.items():
        print(f"{size / 1024:6.1f} KB  {url}")
    total = sum(weights.values())
    print(f"{total / 1024:6.1f} KB  first view, gzip (budget {BUDGET / 1024:.0f} KB: {total / BUDGET:.0%} of it)")


if __name__ == "__main__":
    main()
