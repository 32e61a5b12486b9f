"""PACER's appellate CM/ECF docket report (HTML), read with juriscraper's AppellateDocketReport.

The courts of appeals and the bankruptcy appellate panels serve their own CM/ECF, whose docket report
("General Docket") has sections of its own: the case stub, the originating court, the panel, parties and
attorneys, docket entries. This module knows such a page, works out which court it is from, and hands
juriscraper's dict to imports/appellate_sheet.py, which the ACMS reader shares.
"""

import re
from collections import Counter

from juriscraper.pacer import AppellateDocketReport

from .appellate_sheet import appellate_sheet, reader_failed
from .models import DocketImport
from .pacer import CLOSING_TAG, ECF_HOST, not_a_docket_reason
from .sheet import DocketImportError, DocketSheet

# The report's own section comments, and the heading over its caption.
SECTION = re.compile(r"<!--\s*NEW SECTION\s*-\s*(?:Case Stub|DOCKET ENTRIES)", re.IGNORECASE)
CAPTION = re.compile(r"<b>\s*General Docket\s*<br\s*/?>(?P<court>.*?)</b>", re.IGNORECASE | re.DOTALL)
# Newer appellate pages link their documents through a host named for the court: ca9-showdoc.
SHOWDOC_HOST = re.compile(r"\b([a-z0-9]+)-showdoc\b", re.IGNORECASE)
UNNAMING = {"the", "of", "for", "u", "s", "united", "states", "us"}


def has_own_marks(text: str) -> bool:
    """Whether the page bears an appellate CM/ECF docket report's own marks: its sections, or its caption."""
    return bool(SECTION.search(text) or CAPTION.search(text))


def is_appellate_host(text: str, appellate: dict[str, str], known: dict[str, str]) -> bool:
    """Whether the host the page most links to is an appellate court's (``appellate`` maps their ids to names)."""
    hosts = _hosts(text, known)
    return bool(hosts) and hosts[0] in appellate


def courts_named(text: str, appellate: dict[str, str], known: dict[str, str]) -> list[str]:
    """The appellate courts the page names: the court under its "General Docket" heading, else the appellate
    courts among its hosts, most linked first. A panel's pages are served by its circuit's host (the Ninth
    Circuit's Bankruptcy Appellate Panel from ecf.ca9), so the caption's words come first."""
    if caption := CAPTION.search(text):
        key = _name_key(re.sub(r"<[^>]+>", " ", caption["court"]))
        named = [court for court, name in appellate.items() if _name_key(name) == key]
        if named:
            return named
    return [court for court in _hosts(text, known) if court in appellate]


def sheet_parse(text: str, court_id: str) -> DocketSheet:
    """Parse an appellate docket report, or raise DocketImportError saying why it is not one."""
    report = AppellateDocketReport(court_id)
    try:
        report._parse_text(text)  # juriscraper's entry point for pages not fetched by it
        data = report.data
    except Exception as error:  # juriscraper raises many kinds on broken pages; all mean "cannot read it"
        raise DocketImportError(reader_failed("appellate docket reader (AppellateDocketReport)", error)) from error
    if not data or not data.get("docket_number"):
        raise DocketImportError(f"This page is not a PACER appellate docket report: {not_a_docket_reason(text)}.")
    if not CLOSING_TAG.search(text):
        raise DocketImportError(
            "The page stops before its end (it has no closing </body> or </html> tag), so the file looks "
            "truncated. Save the whole docket report again and import that file."
        )
    return appellate_sheet(data, court_id=court_id, source=DocketImport.Source.PACER_APPELLATE)


def _hosts(text: str, known: dict[str, str]) -> list[str]:
    hosts = Counter(host.lower() for host in ECF_HOST.findall(text) + SHOWDOC_HOST.findall(text))
    return list(dict.fromkeys(known[host] for host, _ in hosts.most_common() if host in known))


def _name_key(name: str) -> frozenset:
    """A court's name as a set of words, so "U. S. Bankruptcy Appellate Panel for the Ninth Circuit" is the Court
    "United States Bankruptcy Appellate Panel of The Ninth Circuit"."""
    return frozenset(word for word in re.findall(r"[a-z]+", name.lower()) if word not in UNNAMING)
