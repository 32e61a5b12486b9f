"""Federal docket numbers: parsing into parts and the one normalized form.

CM/ECF numbers a district case ``O:YY-tt-NNNNN`` (office, two-digit year,
case type, sequence), often followed by the judges' initials and, on a
criminal docket, the defendant number: ``5:25-cv-00709-EJD``. Bankruptcy
courts write ``YY-NNNNN`` and the Judicial Panel on Multidistrict Litigation
writes ``MDL No. 2741``. The normalized form drops the initials and pads the
sequence to five digits, so the same case is always stored the same way.
"""

import re
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError

DISTRICT = re.compile(
    r"^(?:(?P<office>\d):)?(?P<year>\d{2})-(?P<case_type>[a-z]{1,5})-(?P<sequence>\d{1,6})"
    r"(?:-(?P<judges>[a-z][a-z_]{0,4}(?:-[a-z][a-z_]{0,4})?))?(?:-(?P<defendant>\d{1,3}))?$",
    re.IGNORECASE,
)
BANKRUPTCY = re.compile(
    r"^(?:(?P<office>\d):)?(?P<year>\d{2})-(?P<sequence>\d{5})(?:-(?P<judges>[a-z]{1,5}\d?))?$",
    re.IGNORECASE,
)
MDL = re.compile(r"^MDL\s+No\.?\s*(?P<sequence>\d{1,5})$", re.IGNORECASE)

FORMAT_HELP = (
    'Use the court\'s form, for example "5:25-cv-00709", "5:25-cv-00709-EJD", '
    '"17-80033" for a bankruptcy case, or "MDL No. 2741".'
)


@dataclass(frozen=True)
class DocketNumber:
    normalized: str
    office: str = ""
    year: int | None = None
    case_type: str = ""
    sequence: int | None = None
    judge_initials: str = ""


def full_year(two_digits: str, today: date | None = None) -> int:
    """Read a two-digit docket year: anything later than next year is last century."""
    value = int(two_digits)
    pivot = ((today or date.today()).year + 1) % 100
    return 2000 + value if value <= pivot else 1900 + value


def parse_docket_number(raw: str) -> DocketNumber:
    """Parse a docket number, or raise ValidationError saying what was expected."""
    text = " ".join((raw or "").split())
    if match := DISTRICT.match(text):
        return _district(match)
    if match := BANKRUPTCY.match(text):
        return _bankruptcy(match)
    if match := MDL.match(text):
        return DocketNumber(normalized=f"MDL No. {int(match['sequence'])}", sequence=int(match["sequence"]))
    raise ValidationError(
        '"%(value)s" is not a docket number this court system uses. ' + FORMAT_HELP,
        code="malformed_docket_number",
        params={"value": text or raw},
    )


def _district(match: re.Match) -> DocketNumber:
    office, year, case_type = match["office"] or "", match["year"], match["case_type"].lower()
    sequence = int(match["sequence"])
    prefix = f"{office}:" if office else ""
    return DocketNumber(
        normalized=f"{prefix}{year}-{case_type}-{sequence:05d}",
        office=office,
        year=full_year(year),
        case_type=case_type,
        sequence=sequence,
        judge_initials=(match["judges"] or "").upper(),
    )


def _bankruptcy(match: re.Match) -> DocketNumber:
    office, year, sequence = match["office"] or "", match["year"], int(match["sequence"])
    prefix = f"{office}:" if office else ""
    return DocketNumber(
        normalized=f"{prefix}{year}-{sequence:05d}",
        office=office,
        year=full_year(year),
        sequence=sequence,
        judge_initials=(match["judges"] or "").upper(),
    )
