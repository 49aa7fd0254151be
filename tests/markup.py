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

    def marks(self) -> dict[str, str]:
        """Each marked region's mark, read from its control on the figure."""
        return {region: attrs["data-mark"] for region, attrs in self.regions(role="button").items()
                if attrs.get("data-mark") != "none"}

    def checked_inputs(self) -> set[tuple[str, str]]:
        return {(a["name"], a["value"]) for t, a in self.tags if t == "input" and "checked" in a and "name" in a}
