"""Writing a DocketSheet into the database: the case, its parties, counsel and docket.

Each step reads what is stored in one query, works out what is new and what
changed, and writes in bulk, with history; so an import costs the same number
of queries for 5 entries as for 5,000 (one more per thousand rows).
Fields the sheet carries follow the sheet; a value the sheet leaves blank never
erases a stored one; everything the sheet does not carry (claims, chronology,
an entry's event type once set, who filed it, notes) is left alone.
"""

from dataclasses import dataclass, field

from cases.models import Case, Court
from filings.models import DocketEntry

from ..sheet import DocketSheet
from .appeal import appeal_write
from .case import case_upsert
from .common import Tally, Writer
from .counsel import counsel_sync
from .entries import entries_sync
from .parties import parties_sync


@dataclass
class Written:
    case: Case
    case_action: str  # "created", "updated" or "unchanged"
    parties: Tally
    counsel: Tally
    entries: Tally
    entries_added: list[DocketEntry] = field(default_factory=list)
    entries_changed: list[DocketEntry] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # the summary's lines about appeals linked to cases below


def sheet_write(sheet: DocketSheet, *, court: Court, writer: Writer) -> Written:
    """Write the sheet into its case. Run it inside a transaction: it writes in several steps."""
    case, case_action = case_upsert(sheet=sheet, court=court)
    parties, links = parties_sync(case=case, parties=sheet.parties, writer=writer)
    counsel = counsel_sync(parties=sheet.parties, links=links, writer=writer, warnings=sheet.warnings)
    entries = entries_sync(case=case, entries=sheet.entries, writer=writer, warnings=sheet.warnings)
    links = appeal_write(sheet, case=case, writer=writer)
    return Written(case, case_action, parties, counsel, entries.tally, entries.added, entries.changed, links)
