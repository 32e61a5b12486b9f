"""Planning a report: its docket frozen as it stands, and split into parts a worker renders within its memory."""

from .models import Report
from .selectors import ENTRY_TEXT_LIMIT, report_entry_keys

# The most docket text one part lays out: memory grows with the text laid out. A part of 250,000 characters peaked
# at 179 MiB in a fresh render process (the budget is 350 MiB); 500 ordinary entries of 200 characters are 100,000,
# so such a docket still splits by REPORT_PART_ENTRIES alone.
PART_TEXT_BUDGET = 250_000


def docket_frozen(report: Report, *, per_part: int) -> list[list[dict]]:
    """The report's entries as they stand now, in docket order, split into parts of at most per_part entries and
    PART_TEXT_BUDGET characters of printed text. Always at least one part: part 0 holds the front matter."""
    if per_part < 1:
        raise ValueError(f"A report part must hold at least one docket entry (REPORT_PART_ENTRIES is {per_part}).")
    parts, current, text = [], [], 0
    for pk, number, filed, sequence, length in report_entry_keys(report):
        printed = min(length, ENTRY_TEXT_LIMIT)
        if current and (len(current) == per_part or text + printed > PART_TEXT_BUDGET):
            parts.append(current)
            current, text = [], 0
        current.append({"id": pk, "number": number, "filed": filed.isoformat(), "sequence": sequence})
        text += printed
    parts.append(current)
    return parts
