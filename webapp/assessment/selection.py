"""What a person marked: the query string of the public contract, parsed strictly."""

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from ..knowledge.findings import FINDING_IDS, contradiction
from ..knowledge.regions import REGION_IDS

MAX_QUERY_BYTES = 8 * 1024
MAX_PARAMETERS = 200
SELECTION_PARAMETERS: dict[str, tuple[str, ...]] = {
    "region": REGION_IDS,
    "numb": REGION_IDS,
    "finding": FINDING_IDS,
}


@dataclass(frozen=True)
class Selection:
    pain: frozenset[str] = frozenset()
    numb: frozenset[str] = frozenset()
    findings: frozenset[str] = frozenset()

    @property
    def affected(self) -> frozenset[str]:
        return self.pain | self.numb

    def query_pairs(self) -> list[tuple[str, str]]:
        """The selection as query parameters, in the catalogue's order, for links."""
        return ([("region", r) for r in REGION_IDS if r in self.pain]
                + [("numb", r) for r in REGION_IDS if r in self.numb]
                + [("finding", f) for f in FINDING_IDS if f in self.findings])


@dataclass(frozen=True)
class SelectionError(ValueError):
    message: str
    parameter: str | None = None
    value: str | None = None
    accepted: tuple[str, ...] = field(default_factory=tuple)

    def __str__(self) -> str:
        return self.message


# Options a page takes more than once, each value in turn (?compare=L5&compare=sural).
REPEATED_OPTIONS = frozenset({"compare"})
# A page's form sends a choice left at "not done" as an empty value; the API never does.
BLANK_ALLOWED = frozenset({"finding", "compare"})
# A page's form holds one choice per region, ``mark-<region>=pain|numb`` or empty (none),
# so that pain and numbness cannot both be set; it means ``region=`` or ``numb=``.
FORM_MARK = "mark-"
FORM_MARK_PARAMETERS = {"pain": "region", "numb": "numb"}


def parse_query(raw: bytes, options: Mapping[str, Container[str]] | None = None,
                form: bool = False) -> tuple[Selection, dict]:
    """Parse a raw query string into a selection and the chosen options (``lang``, say).

    ``options`` names the extra parameters a page accepts besides the selection, each
    with its accepted values. Anything else is an error that says what is accepted. A
    repeated option's values come as a tuple; another option's as its first value. With
    ``form``, the empty values a page's form sends for choices left unmade are skipped.
    """
    options = options or {}
    if len(raw) > MAX_QUERY_BYTES:
        raise SelectionError(f"The query is {len(raw)} bytes; at most {MAX_QUERY_BYTES} are accepted.")
    try:
        text = raw.decode("utf-8")
        pairs = parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict",
                          max_num_fields=MAX_PARAMETERS)
    except UnicodeDecodeError:
        raise SelectionError("The query is not valid UTF-8.") from None
    except ValueError:
        raise SelectionError(f"The query has more than {MAX_PARAMETERS} parameters.") from None
    values: dict[str, set[str]] = {name: set() for name in SELECTION_PARAMETERS}
    chosen: dict = {}
    for name, value in pairs:
        if form and name.startswith(FORM_MARK) and name[len(FORM_MARK):] in REGION_IDS:
            if not value:
                continue  # the region left unmarked
            name, value = _form_mark(name[len(FORM_MARK):], value)
        if form and not value and name in BLANK_ALLOWED:
            continue
        accepted = SELECTION_PARAMETERS.get(name, options.get(name))
        if accepted is None:
            raise SelectionError(
                f"Unknown parameter {_quote(name)}.", name,
                accepted=tuple(SELECTION_PARAMETERS) + tuple(options))
        if "\x00" in value or value not in accepted:
            raise SelectionError(_unknown_value_message(name, value), name, _clip(value), tuple(accepted))
        if name in values:
            values[name].add(value)
        elif name in REPEATED_OPTIONS:
            chosen[name] = tuple(dict.fromkeys((*chosen.get(name, ()), value)))
        else:
            chosen.setdefault(name, value)  # the first, as Flask's request.args reads it
    findings = frozenset(values["finding"])
    if pair := contradiction(findings):
        raise SelectionError(
            f"The findings {_quote(pair.abnormal)} and {_quote(pair.normal)} contradict each other; "
            f"give one of them, or neither if it was not examined.", "finding",
            f"{pair.abnormal},{pair.normal}", (pair.abnormal, pair.normal))
    numb = frozenset(values["numb"])
    # On a page one region holds one mark: numbness, which weighs more, over pain.
    pain = frozenset(values["region"]) - numb if form else frozenset(values["region"])
    return Selection(pain, numb, findings), chosen


def _form_mark(region: str, value: str) -> tuple[str, str]:
    if value not in FORM_MARK_PARAMETERS:
        raise SelectionError(f"Unknown mark {_quote(value)} for {_quote(FORM_MARK + region)}.",
                             FORM_MARK + region, _clip(value), ("", *FORM_MARK_PARAMETERS))
    return FORM_MARK_PARAMETERS[value], region


def _unknown_value_message(name: str, value: str) -> str:
    kind = "finding" if name == "finding" else "region" if name in SELECTION_PARAMETERS else "value"
    message = f"Unknown {kind} {_quote(value)} for {_quote(name)}."
    if value.lower() != value and value.lower() in SELECTION_PARAMETERS.get(name, ()):
        message += " Ids are lower case."
    return message


def _clip(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[:limit] + "…"


def _quote(text: str) -> str:
    return repr(_clip(text))


def selection_from(pain: Iterable[str] = (), numb: Iterable[str] = (),
                   findings: Iterable[str] = ()) -> Selection:
    return Selection(frozenset(pain), frozenset(numb), frozenset(findings))
