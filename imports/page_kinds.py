"""PACER pages that are not docket reports, known by their own headings, so a refusal can say what was saved.

PACER serves many reports beside the docket report (a bankruptcy case's claims register, an entry's document
selection page, the History/Documents query, the case summary, the Query page's menu of reports...). Each
names itself in its title or in a heading; a docket report names none of them there.
"""

import html
import re

from .sheet import DocketImportError

# Short texts a page shows as headings: its title, headings, bold or large type, table headers.
HEADING = re.compile(
    r"<(title|h[1-6]|b|strong|th|font)\b[^>]*>(?P<text>(?:(?!</?\1\b).){1,160}?)</\1\s*>", re.IGNORECASE | re.DOTALL
)
KINDS = [
    (r"claims? register", "a PACER claims register (a bankruptcy case's list of proofs of claim)"),
    (r"claims? activity", "a PACER claims activity report"),
    (
        r"document selection menu|documents are attached to this filing",
        "a PACER document selection page (the documents of one docket entry)",
    ),
    (
        r"history\s*/\s*documents|docket history",
        "a PACER History/Documents page (a list of filings, not the docket report)",
    ),
    (r"case summary", "a PACER case summary"),
    (r"list of creditors|creditor mailing matrix", "a PACER list of creditors"),
    (r"notice of electronic filing", "a PACER notice of electronic filing (one filing's receipt)"),
    (r"deadlines?\s*/\s*hearings", "a PACER deadlines and hearings report"),
    (r"written opinions? report", "a PACER written opinions report"),
]
KIND_PATTERNS = [(re.compile(rf"(?:^|[\s:-]){pattern}(?:$|[\s:])", re.IGNORECASE), name) for pattern, name in KINDS]
# The Query page (iquery.pl) for a case is a menu of the reports PACER can run on it.
QUERY_MENU = {
    "alias", "associated cases", "attorney", "case file location", "case summary", "deadlines/hearings",
    "docket report", "filers", "history/documents", "party", "related transactions", "status", "view document",
}  # fmt: skip
LINK = re.compile(r"<a\b[^>]*>(?P<text>[^<]{1,60})</a>", re.IGNORECASE)
QUERY_MENU_LINKS = 4
ADVICE = (
    "Casetracker imports docket reports: in PACER, open the case's Docket Report (Reports > Docket Report, or "
    '"General Docket" in a court of appeals), run it with the parties and every entry, and save that page.'
)


def other_kind(text: str) -> str:
    """What PACER page this is, when the page says it is one of the kinds the importer does not read; else ""."""
    for heading in headings(text):
        for pattern, name in KIND_PATTERNS:
            if pattern.search(heading):
                return name
    links = {" ".join(html.unescape(found["text"]).split()).rstrip(". ").lower() for found in LINK.finditer(text)}
    if len(links & QUERY_MENU) >= QUERY_MENU_LINKS:
        return "a PACER case query page (the Query menu of reports for a case)"
    return ""


def other_kind_refuse(text: str) -> None:
    """Refuse a page of a kind the importer does not read, naming the kind."""
    if kind := other_kind(text):
        raise DocketImportError(f"This is {kind}, not a docket report. {ADVICE}")


def headings(text: str):
    """The page's heading texts, tags removed and spaces collapsed."""
    for found in HEADING.finditer(text):
        words = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", found["text"])).split())
        if words:
            yield words
