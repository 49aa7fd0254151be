"""The weight of the first view: the page and every resource it loads, as sent with gzip."""

import re

from flask.testing import FlaskClient

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
