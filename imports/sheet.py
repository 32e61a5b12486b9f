"""A docket sheet as the importers read it, whatever its source.

The PACER and CourtListener readers each turn their file into a DocketSheet;
the mapper writes a DocketSheet into the database. Nothing here touches the
database.
"""

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date

# What no database text can hold: NUL, and half of a surrogate pair. JSON can spell both (\u0000, a lone \ud800).
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
# What a terminal may act on rather than show (C0 and C1 controls, DEL), and what it cannot encode (surrogates).
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
SINGULAR = {"parties": "party", "entries": "entry", "attachments": "attachment", "warnings": "warning"}


def plain_text(value) -> str:
    """A value read from a sheet as one line of text: None is empty, every run of white space one space."""
    return " ".join(str(value or "").split())


def printable(text: str) -> str:
    """The text without control characters or unpaired surrogates: safe to write to a terminal."""
    return UNPRINTABLE.sub("", text)


class DocketImportError(Exception):
    """The file cannot be imported. The message says why, in words a paralegal can act on."""


@dataclass
class SheetCounsel:
    name: str
    firm: str = ""
    address: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    is_lead: bool = False
    to_be_noticed: bool = False
    pro_hac_vice: bool = False
    designation: str = ""
    date_terminated: date | None = None


@dataclass
class SheetParty:
    name: str
    role_text: str
    description: str = ""
    date_terminated: date | None = None
    counsel: list[SheetCounsel] = field(default_factory=list)


@dataclass
class SheetAttachment:
    number: int
    description: str = ""
    pacer_doc_id: str = ""
    page_count: int | None = None


@dataclass
class SheetEntry:
    date_filed: date
    description: str
    number: int | None = None
    date_entered: date | None = None
    pacer_doc_id: str = ""
    pacer_seq_no: str = ""
    page_count: int | None = None
    attachments: list[SheetAttachment] = field(default_factory=list)


@dataclass
class DocketSheet:
    source: str  # a DocketImport.Source value: which reader read it
    court_id: str
    docket_number: str
    case_name: str
    judge_initials: str = ""
    cause: str = ""
    nature_of_suit: str = ""
    jury_demand: str = ""
    jurisdiction: str = ""
    assigned_to: str = ""
    referred_to: str = ""
    date_filed: date | None = None
    date_terminated: date | None = None
    parties: list[SheetParty] = field(default_factory=list)
    entries: list[SheetEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def sheet_text_check(sheet: DocketSheet) -> None:
    """Refuse a sheet holding text the database cannot store, naming where it is."""
    for where, text in _texts(sheet, ""):
        if found := UNSTORABLE.search(text):
            char = found[0]
            what = "a NUL character" if char == "\x00" else "an unpaired surrogate"
            raise DocketImportError(
                f"The sheet's {where} holds {what} (U+{ord(char):04X}), which the database cannot store: "
                f'"{printable(text)[:60]}". Fetch or save the docket again, and import that file.'
            )


def _texts(item, where: str):
    """Every text of a sheet, and where it is: ("case name", ...), ("party 2, counsel 1, email", ...)."""
    for value_field in dataclasses.fields(item):
        value, name = getattr(item, value_field.name), value_field.name.replace("_", " ")
        if isinstance(value, str):
            yield f"{where}{name}", value
        for number, element in enumerate(value if isinstance(value, list) else [], 1):
            label = f"{where}{SINGULAR.get(value_field.name, name)} {number}"
            if isinstance(element, str):
                yield label, element
            elif dataclasses.is_dataclass(element):
                yield from _texts(element, f"{label}, ")
