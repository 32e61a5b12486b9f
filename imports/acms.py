"""An appellate docket from ACMS (JSON), read with juriscraper's ACMSDocketReport.

ACMS, the courts of appeals' newer case system (the Second and Ninth Circuits first), serves a case as JSON:
``caseDetails`` (the case, its parties and attorneys as an HTML table) and ``docketInfo`` (the entries, their
text as HTML). It gives moments rather than days, and names the court appealed from only in words, so the
originating court is left for a person to link.
"""

from datetime import datetime

from juriscraper.pacer import ACMSDocketReport

from .appellate_sheet import appellate_sheet, court_date, reader_failed
from .models import DocketImport
from .sheet import DocketImportError, DocketSheet


def is_acms(data) -> bool:
    """Whether parsed JSON has ACMS's shape."""
    return isinstance(data, dict) and isinstance(data.get("caseDetails"), dict) and "docketInfo" in data


def sheet_parse(text: str, court_id: str, zone: str) -> DocketSheet:
    """Parse an ACMS docket, reading its moments on the court's clock (``zone``), or raise DocketImportError."""
    report = ACMSDocketReport(court_id)
    try:
        report._parse_text(text)  # stores the JSON; juriscraper reads it when asked for its data
        data = report.data
    except Exception as error:  # a field missing or of another type than ACMS serves
        raise DocketImportError(reader_failed("ACMS docket reader (ACMSDocketReport)", error)) from error
    if not data.get("docket_number"):
        raise DocketImportError("This ACMS docket has no case number (caseDetails.caseNumber is empty).")
    sheet = appellate_sheet(data, court_id=court_id, source=DocketImport.Source.ACMS, zone=zone)
    sheet.appeal.originating_court_id = ""  # ACMS's "court" is words ("S.D.N.Y. (NEW YORK CITY)"), not an id
    sheet.appeal.date_received = _received(report._acms_json["caseDetails"].get("receivedDate"), zone)
    return sheet


def _received(value, zone: str):
    """The day the court of appeals received the case, which ACMS gives as a moment in UTC."""
    try:
        return court_date(datetime.fromisoformat(value), zone) if value else None
    except (TypeError, ValueError):
        return None
