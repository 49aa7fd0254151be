"""Reading the app's HTML in tests."""

from html.parser import HTMLParser


class Elements(HTMLParser):
    """Every start tag with its attributes, in document order."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def regions(self, **wanted) -> dict[str, dict]:
        return {attrs["data-region"]: attrs for tag, attrs in self.tags
                if "data-region" in attrs and all(attrs.get(k) == v for k, v in wanted.items())}

    def checked_inputs(self) -> set[tuple[str, str]]:
        return {(a["name"], a["value"]) for t, a in self.tags if t == "input" and "checked" in a and "name" in a}
