from typing import Any

from flask.json.provider import DefaultJSONProvider

# Echoed input never reaches a browser as markup, even if someone sniffs the JSON as HTML.
_MARKUP_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"})


class MarkupSafeJSONProvider(DefaultJSONProvider):
    ensure_ascii = False
    sort_keys = False

    def dumps(self, obj: Any, **kwargs: Any) -> str:
        return super().dumps(obj, **kwargs).translate(_MARKUP_ESCAPES)
