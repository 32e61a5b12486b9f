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


def counsel_of(name: str, contact, roles, *, date_terminated: date | None = None) -> SheetCounsel:
    """A counsel listing from its name and what imports.contacts read from its contact block and roles."""
    return SheetCounsel(
        name=name,
        firm=contact.firm,
        address=contact.address,
        phone=contact.phone,
        fax=contact.fax,
        email=contact.email,
        is_lead=roles.is_lead,
        to_be_noticed=roles.to_be_noticed,
        pro_hac_vice=roles.pro_hac_vice,
        designation=roles.designation or contact.designation,
        date_terminated=date_terminated or roles.date_terminated,
    )


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
class SheetAppeal:
    """What an appellate docket says of the appeal and of the case it came from."""

    case_type: str = ""
    fee_status: str = ""
    panel: str = ""
    appeal_from: str = ""  # the court or agency below, in the docket's words
    originating_court_id: str = ""  # a Court id this app knows, or blank (an agency, or a court named only in words)
    originating_docket_number: str = ""  # as the sheet writes it
    originating_judge: str = ""
    ordering_judge: str = ""
    court_reporter: str = ""
    originating_date_filed: date | None = None
    date_judgment: date | None = None
    date_judgment_entered: date | None = None
    date_notice_of_appeal: date | None = None
    date_received: date | None = None
    date_disposed_below: date | None = None
    disposition_below: str = ""


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
    demand: str = ""
    proceeding: str = ""  # "adversary" for a bankruptcy court's adversary proceeding, else blank
    date_converted: date | None = None  # bankruptcy
    date_discharged: date | None = None  # bankruptcy
    parties: list[SheetParty] = field(default_factory=list)
    entries: list[SheetEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    appeal: SheetAppeal | None = None  # set by the appellate readers


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
