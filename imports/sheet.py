"""A docket sheet as the importers read it, whatever its source.

The PACER and CourtListener readers each turn their file into a DocketSheet;
the mapper writes a DocketSheet into the database. Nothing here touches the
database.
"""

from dataclasses import dataclass, field
from datetime import date


def plain_text(value) -> str:
    """A value read from a sheet as one line of text: None is empty, every run of white space one space."""
    return " ".join(str(value or "").split())


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

    @property
    def key(self) -> tuple[str, str]:
        """Who the attorney is: the name with the email, or with the firm when there is no email."""
        return (self.name.lower(), (self.email or self.firm).lower())


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
