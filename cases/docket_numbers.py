"""Federal docket numbers: parsing into parts and the one normalized form.

District courts (CM/ECF) write ``O:YY-tt-NNNNN``: office, two-digit year, case
type, sequence, often followed by the judges' initials and, on a criminal
docket, the defendant number: ``5:25-cv-00709-EJD``. Normalized:
``5:25-cv-00709`` (initials kept apart, sequence padded to five digits).

Bankruptcy courts write their numbers in four forms, each normalized to one:

- ``2:09-bk-12345-ABC``, ``2:09-ap-00844`` (the district form, with the case type:
  bk a case, ap an adversary proceeding): ``2:09-bk-12345``, ``2:09-ap-00844``;
- ``09-01182-smb``, ``08-42263`` (year and sequence, sometimes the judge's
  initials): ``09-01182``, ``08-42263``;
- ``8:09-78584`` (with the office): ``8:09-78584``;
- ``8-09-78584-ast``, ``1-10-41177`` (the Eastern District of New York: office,
  year, sequence and initials, all dashes): ``8:09-78584``, ``1:10-41177``,
  the office written as the other forms write it.

Courts of appeals write year and sequence, the sequence not padded: ``17-15589``,
``23-7222``, ``22-21``; the Federal Circuit writes a four-digit year,
``2023-1234``. An appellate number is normalized as the court writes it: the
year as written, the sequence without leading zeros (``22-0021`` is ``22-21``).
``17-15589`` is also a bankruptcy court's form, so the court's kind decides how
a number is read: ``parse_docket_number(raw, kind="appellate")`` reads it the
appellate way first; any other kind, the district and bankruptcy forms. With no
kind, every form is tried, the appellate ones last.

The Judicial Panel on Multidistrict Litigation writes ``MDL No. 2741``.
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
# The office is followed by a colon, or (E.D.N.Y.: "8-09-78584-ast") by a dash.
BANKRUPTCY = re.compile(
    r"^(?:(?P<office>\d)[:-])?(?P<year>\d{2})-(?P<sequence>\d{5})"
    r"(?:-(?P<judges>[a-z]{1,5}\d?(?:-[a-z]{1,5}\d?)?))?$",
    re.IGNORECASE,
)
APPELLATE = re.compile(r"^(?P<year>\d{2}|\d{4})-(?P<sequence>\d{1,5})$")
APPELLATE_KIND = "appellate"  # Court.Kind.APPELLATE
MDL = re.compile(r"^MDL\s+No\.?\s*(?P<sequence>\d{1,5})$", re.IGNORECASE)

FORMAT_HELP = (
    'Use the court\'s form, for example "5:25-cv-00709", "5:25-cv-00709-EJD", '
    '"17-80033" for a bankruptcy case, "17-15589" for an appeal, or "MDL No. 2741".'
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


def parse_docket_number(raw: str, kind: str | None = None) -> DocketNumber:
    """Parse a docket number of a court of this kind (a Court.Kind value; None: any court), or raise
    ValidationError saying what was expected."""
    text = " ".join((raw or "").split())
    if kind == APPELLATE_KIND and (match := APPELLATE.match(text)):
        return _appellate(match)
    if match := DISTRICT.match(text):
        return _district(match)
    if match := BANKRUPTCY.match(text):
        return _bankruptcy(match)
    if match := MDL.match(text):
        return DocketNumber(normalized=f"MDL No. {int(match['sequence'])}", sequence=int(match["sequence"]))
    if kind is None and (match := APPELLATE.match(text)):
        return _appellate(match)
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


def _appellate(match: re.Match) -> DocketNumber:
    year, sequence = match["year"], int(match["sequence"])
    return DocketNumber(
        normalized=f"{year}-{sequence}",
        year=int(year) if len(year) == 4 else full_year(year),
        sequence=sequence,
    )
