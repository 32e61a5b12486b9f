"""The docket as a part prints it: the entries planned for the part, in their planned order, as they read now."""

from dataclasses import dataclass
from datetime import date

from filings.models import DocketEntry

from ..models import Report, ReportPart
from ..selectors import ENTRY_TEXT_LIMIT, report_entries_planned


def text_printed(text: str, length: int) -> str:
    """At most ENTRY_TEXT_LIMIT characters of a text `length` characters long, saying so when it is cut."""
    if length <= ENTRY_TEXT_LIMIT:
        return text
    head = text[:ENTRY_TEXT_LIMIT]
    space = head.rfind(" ", ENTRY_TEXT_LIMIT - 100)  # end on a whole word when one ends near the limit
    return f"{head[:space] if space > 0 else head} … (text truncated, {length:,} characters; full text in Casetracker)"


@dataclass(frozen=True)
class PrintedEntry:
    """One planned entry: the entry as it reads now, or, deleted since planning, its place with what was frozen."""

    planned: dict
    entry: DocketEntry | None

    @property
    def number(self) -> int | None:
        return self.entry.entry_number if self.entry else self.planned["number"]

    @property
    def date_filed(self) -> date:
        return self.entry.date_filed if self.entry else date.fromisoformat(self.planned["filed"])

    @property
    def text(self) -> str:
        return text_printed(self.entry.text_start, self.entry.text_length)


def part_entries(report: Report, part: ReportPart) -> list[PrintedEntry]:
    """The part's planned entries in planned order; an entry added since planning is in no part."""
    found = report_entries_planned(report, [planned["id"] for planned in part.entries])
    return [PrintedEntry(planned, found.get(planned["id"])) for planned in part.entries]
