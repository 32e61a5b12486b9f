"""PACER's CM/ECF Docket Report (HTML), read with juriscraper's DocketReport.

juriscraper is the field's maintained parser for PACER pages; this module only
checks the page is a whole docket report, works out which court it names, and
moves juriscraper's dict into a DocketSheet.
"""

import html
import re
from collections import Counter

from juriscraper.pacer import DocketReport

from .contacts import contact_parse, roles_parse
from .models import DocketImport
from .privacy import identifiers_drop
from .sheet import DocketImportError, DocketSheet, SheetCounsel, SheetEntry, SheetParty, counsel_of, plain_text

ECF_HOST = re.compile(r"\becf\.([a-z0-9]+)\.uscourts\.gov\b", re.IGNORECASE)
TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
CLOSING_TAG = re.compile(r"</(body|html)\s*>", re.IGNORECASE)
PACER_MESSAGE = re.compile(r'id="cmecfMainContent".*?<h3>(.*?)</h3>', re.IGNORECASE | re.DOTALL)
RECAP_MARKS = ("recap-action-button", "courtlistener.com/recap/")
# A district or bankruptcy docket report's own words: its docket table's header, its caption's case line.
OWN_MARKS = re.compile(r"Docket Text|DOCKET FOR CASE #|(?:Petition|Proceeding) #", re.IGNORECASE)
# A bankruptcy court heads an adversary proceeding's docket "Adversary Proceeding #: 09-01182-smb" (a case's
# own docket says "Bankruptcy Petition #"). Read above the docket table only: entries may cite proceedings.
ADVERSARY = re.compile(r"\bAdversary\s+Proceeding\s*#", re.IGNORECASE)
DOCKET_TABLE = re.compile(r"Docket\s+Text", re.IGNORECASE)


def has_own_marks(text: str) -> bool:
    """Whether the page bears a district or bankruptcy docket report's own marks."""
    return bool(OWN_MARKS.search(text))


def courts_named(text: str, known: dict[str, str]) -> list[str]:
    """The Court ids the page names, most named first: its ecf.<court>.uscourts.gov links, else its title.

    The page spells courts as PACER does; ``known`` maps each id to the Court's ("azb" to "arb")."""
    hosts = Counter(host.lower() for host in ECF_HOST.findall(text))
    named = [known[court] for court, _ in hosts.most_common() if court in known]
    if named:
        return list(dict.fromkeys(named))
    title = TITLE.search(text)
    words = re.findall(r"[a-z0-9]+", title[1].lower()) if title else []
    return list(dict.fromkeys(known[word] for word in words if word in known))


def sheet_parse(text: str, court_id: str) -> DocketSheet:
    """Parse a docket report, or raise DocketImportError saying why it is not one."""
    report = DocketReport(court_id)
    try:
        report._parse_text(text)  # juriscraper's documented entry point for pages not fetched by it
        data = report.data
    except Exception as error:  # juriscraper raises many kinds on broken pages; all mean "cannot read it"
        raise DocketImportError(
            f"juriscraper's district and bankruptcy docket reader (DocketReport) could not read this page: {error}."
        ) from error
    if not data:
        raise DocketImportError(f"This page is not a PACER docket report: {not_a_docket_reason(text)}.")
    if not CLOSING_TAG.search(text):
        raise DocketImportError(
            "The page stops before its end (it has no closing </body> or </html> tag), so the file looks "
            "truncated. Save the whole docket report again and import that file."
        )
    sheet = _sheet_from(data, court_id)
    sheet.proceeding = proceeding_read(text)
    return sheet


def proceeding_read(text: str) -> str:
    """ "adversary" when the page heads an adversary proceeding's docket, else blank."""
    table = DOCKET_TABLE.search(text)
    return "adversary" if ADVERSARY.search(text, 0, table.start() if table else len(text)) else ""


def not_a_docket_reason(text: str) -> str:
    if any(mark in text for mark in RECAP_MARKS):
        return "it is a page of the RECAP browser extension, not the court's docket report"
    if message := PACER_MESSAGE.search(text):
        said = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", message[1])).split())
        return f'PACER answered with an error page ("{said}")'
    reason = "no case caption or docket table was found in it"
    if not CLOSING_TAG.search(text):
        reason += ", and it stops before its end, so it may be truncated"
    return reason


def _sheet_from(data: dict, court_id: str) -> DocketSheet:
    initials = [data.get("federal_dn_judge_initials_assigned"), data.get("federal_dn_judge_initials_referred")]
    return DocketSheet(
        source=DocketImport.Source.PACER,
        court_id=court_id,
        docket_number=data["docket_number"],
        case_name=plain_text(data.get("case_name")),
        judge_initials="-".join(initial for initial in initials if initial),
        cause=plain_text(data.get("cause")),
        nature_of_suit=plain_text(data.get("nature_of_suit")),
        jury_demand=plain_text(data.get("jury_demand")),
        jurisdiction=plain_text(data.get("jurisdiction")),
        assigned_to=plain_text(data.get("assigned_to_str")),
        referred_to=plain_text(data.get("referred_to_str")),
        date_filed=data.get("date_filed"),
        date_terminated=data.get("date_terminated"),
        demand=plain_text(data.get("demand")),
        date_converted=data.get("date_converted"),
        date_discharged=data.get("date_discharged"),
        parties=[_party(party) for party in data.get("parties") or []],
        entries=[_entry(entry) for entry in data.get("docket_entries") or []],
    )


def _party(party: dict) -> SheetParty:
    return SheetParty(
        name=plain_text(party["name"]),
        role_text=plain_text(party.get("type")),
        description=plain_text(identifiers_drop(party.get("extra_info"))),
        date_terminated=party.get("date_terminated"),
        counsel=[_counsel(attorney) for attorney in party.get("attorneys") or []],
    )


def _counsel(attorney: dict) -> SheetCounsel:
    contact, roles = contact_parse(attorney.get("contact") or ""), roles_parse(attorney.get("roles") or [])
    return counsel_of(plain_text(attorney["name"]), contact, roles)


def _entry(entry: dict) -> SheetEntry:
    number = str(entry.get("document_number") or "")
    if not entry.get("date_filed"):
        raise DocketImportError(f'An entry has no date filed: "{plain_text(entry.get("description"))[:80]}".')
    return SheetEntry(
        date_filed=entry["date_filed"],
        date_entered=entry.get("date_entered"),
        description=entry.get("description") or "",
        number=int(number) if number.isdigit() else None,
        pacer_doc_id=entry.get("pacer_doc_id") or "",
        pacer_seq_no=entry.get("pacer_seq_no") or "",
    )
