"""What juriscraper's appellate readers give (AppellateDocketReport's and ACMSDocketReport's dict) as a DocketSheet.

Both readers give the same shape: the case, its parties and attorneys, the docket entries, and under
``originating_court_information`` the case appealed from. Its ``RESTRICTED_ALIEN_NUMBER`` is never read.
"""

import re
import uuid
from datetime import date, datetime
from zoneinfo import ZoneInfo

from .contacts import TERMINATED, appellate_roles_parse, contact_parse
from .restricted import a_numbers_removed, only_withheld
from .sheet import (
    DocketImportError,
    DocketSheet,
    SheetAppeal,
    SheetAttachment,
    SheetCounsel,
    SheetEntry,
    SheetParty,
    counsel_of,
    plain_text,
)

# ACMS writes an attorney's title after the name, or a dash where there is none: "Jeremy Schneider, -".
NO_TITLE = re.compile(r",\s*-\s*$")
DOC_ID_SIZE = 32  # DocketEntry.pacer_doc_id


def reader_failed(reader: str, error: Exception) -> str:
    """The message for a juriscraper reader that raised: which reader, and what it said."""
    said = f"the field {error} is missing" if isinstance(error, KeyError) else str(error) or type(error).__name__
    return f"juriscraper's {reader} could not read this file: {said}."


def court_date(value, zone: str = "") -> date | None:
    """A date in the court's sense: a moment given with its offset is read on the court's clock."""
    if isinstance(value, datetime):
        if value.tzinfo is not None and zone:
            value = value.astimezone(ZoneInfo(zone))
        return value.date()
    return value


def appellate_sheet(data: dict, *, court_id: str, source: str, zone: str = "") -> DocketSheet:
    return DocketSheet(
        source=source,
        court_id=court_id,
        docket_number=plain_text(data.get("docket_number")),
        case_name=plain_text(data.get("case_name")),
        nature_of_suit=plain_text(data.get("nature_of_suit")),
        date_filed=court_date(data.get("date_filed"), zone),
        date_terminated=court_date(data.get("date_terminated"), zone),
        parties=[_party(party) for party in data.get("parties") or []],
        entries=[_entry(entry, zone) for entry in data.get("docket_entries") or []],
        appeal=_appeal(data),
    )


def _appeal(data: dict) -> SheetAppeal:
    below = data.get("originating_court_information") or {}
    return SheetAppeal(
        case_type=plain_text(data.get("case_type_information")),
        fee_status=plain_text(data.get("fee_status")),
        panel=plain_text(" ".join(data.get("panel") or [])),  # juriscraper splits the panel's line into words
        appeal_from=_appeal_from(plain_text(data.get("appeal_from")), plain_text(below.get("name"))),
        originating_court_id=plain_text(below.get("court_id")).lower(),  # resolved against the Court table later
        originating_docket_number=plain_text(below.get("docket_number")),
        originating_judge=plain_text(below.get("assigned_to")),
        ordering_judge=plain_text(below.get("ordering_judge")),
        court_reporter=plain_text(below.get("court_reporter")),
        originating_date_filed=below.get("date_filed"),
        date_judgment=below.get("date_judgment"),
        date_judgment_entered=below.get("date_judgment_eod"),
        date_notice_of_appeal=below.get("date_filed_noa"),
        date_received=below.get("date_received_coa"),
        date_disposed_below=below.get("date_disposed"),
        disposition_below=plain_text(below.get("disposition")),
    )


def _appeal_from(appeal_from: str, place: str) -> str:
    """ACMS names the body appealed from and, apart, where it sat: "Board of Immigration Appeals (San Francisco)"."""
    if place and place.replace(" ", "").lower() not in appeal_from.replace(" ", "").lower():
        return f"{appeal_from} ({place})" if appeal_from else place
    return appeal_from


def _party(party: dict) -> SheetParty:
    lines = [plain_text(a_numbers_removed(line)).strip(" ,;") for line in party.get("unparsed") or []]
    return SheetParty(
        name=plain_text(party.get("name")),
        role_text=plain_text(party.get("type")),
        description="; ".join(line for line in lines if line and not only_withheld(line)),
        date_terminated=party.get("date_terminated"),
        counsel=[_counsel(attorney) for attorney in party.get("attorneys") or []],
    )


def _counsel(attorney: dict) -> SheetCounsel:
    lines, terminated = [], None
    for line in (attorney.get("contact") or "").splitlines():
        if match := TERMINATED.match(" ".join(line.split())):
            terminated = datetime.strptime(match["date"], "%m/%d/%Y").date()
        else:
            lines.append(line)
    contact, roles = contact_parse("\n".join(lines)), appellate_roles_parse(attorney.get("roles") or [])
    return counsel_of(NO_TITLE.sub("", plain_text(attorney.get("name"))), contact, roles, date_terminated=terminated)


def _entry(entry: dict, zone: str) -> SheetEntry:
    doc_id = _doc_id(entry.get("pacer_doc_id"))
    number = str(entry.get("document_number") or "")
    # Where a court numbers no entries, juriscraper gives the document's id as its number: it is not one.
    numbered = number.isdigit() and number != str(entry.get("pacer_doc_id") or "")
    if not entry.get("date_filed"):
        raise DocketImportError(f'An entry has no date filed: "{plain_text(entry.get("description"))[:80]}".')
    return SheetEntry(
        date_filed=court_date(entry["date_filed"], zone),
        date_entered=court_date(entry.get("date_entered"), zone),
        description=entry.get("description") or "",
        number=int(number) if numbered else None,
        pacer_doc_id=doc_id,
        pacer_seq_no=str(entry.get("pacer_seq_no") or ""),
        page_count=entry.get("page_count") or None,  # ACMS counts 0 pages for an entry without a document
        attachments=[_attachment(item) for item in entry.get("attachments") or []],
    )


def _attachment(item: dict) -> SheetAttachment:
    return SheetAttachment(
        number=int(item["attachment_number"]),
        description=plain_text(item.get("description")),
        pacer_doc_id=_doc_id(item.get("pacer_doc_id")),
        page_count=item.get("page_count") or None,
    )


def _doc_id(value) -> str:
    """PACER's document id as stored: ACMS's are GUIDs, kept as their 32 hex digits."""
    if isinstance(value, list):  # juriscraper gives an attachment's id as the list its XPath found
        value = value[0] if value else ""
    text = str(value or "")
    if len(text) > DOC_ID_SIZE:
        try:
            return uuid.UUID(text).hex
        except ValueError:
            raise DocketImportError(f'A document id on the sheet is too long to be PACER\'s: "{text[:60]}".') from None
    return text
