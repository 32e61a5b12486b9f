"""Docket entries and their attachments, recognised again on every newer sheet.

Each sheet entry gets a key: "no:12" for a numbered entry ("no:12#2" when the
sheet repeats the number), else PACER's sequence number "seq:…", its document
id "doc:…", or its date and text "text:2024-03-04:ab12…". The key is stored on
the entry, so a newer sheet adds only the entries the database lacks.
"""

import hashlib
from collections import Counter
from dataclasses import dataclass

from cases.models import Case
from filings.classify import event_type_code
from filings.models import DocketAttachment, DocketEntry, EventType

from ..sheet import SheetEntry
from .common import Tally, Writer, fields_apply, validated

ENTRY_FIELDS = ["date_filed", "date_entered", "description", "page_count", "pacer_doc_id", "pacer_seq_no"]
ATTACHMENT_FIELDS = ["description", "pacer_doc_id", "page_count"]


@dataclass
class EntriesWritten:
    tally: Tally
    added: list[DocketEntry]
    changed: list[DocketEntry]


def entries_sync(*, case: Case, entries: list[SheetEntry], writer: Writer, warnings: list[str]) -> EntriesWritten:
    """Add the sheet's new entries, bring known ones up to date, and keep everything else on the docket."""
    existing = list(case.docket_entries.all())
    index = {}
    for row in existing:
        for key in stored_keys(row):
            index.setdefault(key, row)
    sequence = max((row.sequence for row in existing), default=0)
    event_types = dict(EventType.objects.values_list("code", "pk"))
    rows, new, changed, updates = [], [], set(), []
    for entry, keys in zip(entries, entry_keys(entries, warnings), strict=True):
        row = next((index.pop(key) for key in keys if key in index), None)
        if row is None:
            sequence += 1
            row = _entry_new(case, entry, keys[0], sequence, event_types)
            new.append(row)
        else:
            _forget(index, row)
            if fields_apply(row, _entry_fields(entry)):
                changed.add(row.pk)
            if row.pk in changed or not row.import_key:
                row.import_key = row.import_key or keys[0]
                updates.append(row)
        rows.append(row)
    writer.create(DocketEntry, new)
    writer.update(DocketEntry, updates, [*ENTRY_FIELDS, "import_key"])
    changed |= attachments_sync(entries, rows, writer) - {row.pk for row in new}
    tally = Tally(added=len(new), changed=len(changed), unchanged=len(rows) - len(new) - len(changed))
    return EntriesWritten(tally, added=new, changed=[row for row in rows if row.pk in changed])


def _forget(index: dict, row: DocketEntry) -> None:
    """A stored entry matches one sheet entry only."""
    for key in stored_keys(row):
        if index.get(key) is row:
            del index[key]


def entry_keys(entries: list[SheetEntry], warnings: list[str]) -> list[list[str]]:
    """Each entry's keys, the one to store first, the others to recognise entries stored before."""
    seen: Counter = Counter()
    keys = []
    for entry in entries:
        base = [f"no:{entry.number}"] if entry.number is not None else _unnumbered_keys(entry)
        seen[base[-1]] += 1
        if seen[base[-1]] > 1:
            base[-1] = f"{base[-1]}#{seen[base[-1]]}"
            if entry.number is not None and seen[f"no:{entry.number}"] == 2:
                warnings.append(f"The sheet numbers two entries {entry.number}; both are kept, as the court shows.")
        keys.append(base)
    return keys


def _unnumbered_keys(entry: SheetEntry) -> list[str]:
    keys = [f"seq:{entry.pacer_seq_no}"] if entry.pacer_seq_no else []
    keys += [f"doc:{entry.pacer_doc_id}"] if entry.pacer_doc_id else []
    return [*keys, text_key(entry.date_filed, entry.description)]


def text_key(date_filed, description: str) -> str:
    digest = hashlib.sha256(" ".join(description.split()).encode()).hexdigest()[:20]
    return f"text:{date_filed:%Y-%m-%d}:{digest}"


def stored_keys(row: DocketEntry) -> list[str]:
    """The keys a stored entry answers to, including entries typed in before any import."""
    keys = [row.import_key] if row.import_key else []
    if row.entry_number is not None and not row.number_repeated:
        keys.append(f"no:{row.entry_number}")
    elif row.entry_number is None:
        keys += [f"seq:{row.pacer_seq_no}"] if row.pacer_seq_no else []
        keys += [f"doc:{row.pacer_doc_id}"] if row.pacer_doc_id else []
        keys.append(text_key(row.date_filed, row.description))
    return keys


def _entry_new(case, entry: SheetEntry, key: str, sequence: int, event_types: dict) -> DocketEntry:
    row = DocketEntry(
        case=case,
        entry_number=entry.number,
        sequence=sequence,
        event_type_id=event_types.get(event_type_code(entry.description)),
        import_key=key,
        number_repeated="#" in key and entry.number is not None,
        **_entry_fields(entry),
    )
    what = f"Entry No. {entry.number}" if entry.number is not None else f"The entry of {entry.date_filed}"
    return validated(row, what, exclude=("case", "event_type", "filed_by", "document"))


def _entry_fields(entry: SheetEntry) -> dict:
    return {
        "date_filed": entry.date_filed,
        "date_entered": entry.date_entered,
        "description": entry.description,
        "page_count": entry.page_count,
        "pacer_doc_id": entry.pacer_doc_id,
        "pacer_seq_no": entry.pacer_seq_no,
    }


def attachments_sync(entries: list[SheetEntry], rows: list[DocketEntry], writer: Writer) -> set:
    """Add or update each entry's attachments. Returns the ids of stored entries whose attachments changed."""
    wanted = [(row, item) for entry, row in zip(entries, rows, strict=True) for item in entry.attachments]
    if not wanted:
        return set()
    existing = {
        (item.entry_id, item.number): item
        for item in DocketAttachment.objects.filter(entry__in=[row.pk for row, _ in wanted])
    }
    new, changed = [], []
    for row, item in wanted:
        fields = {"description": item.description, "pacer_doc_id": item.pacer_doc_id, "page_count": item.page_count}
        stored = existing.get((row.pk, item.number))
        if stored is None:
            attachment = DocketAttachment(entry=row, number=item.number, **fields)
            new.append(validated(attachment, f"Attachment {item.number}", exclude=("entry",)))
        elif fields_apply(stored, fields):
            changed.append(stored)
    writer.create(DocketAttachment, new)
    writer.update(DocketAttachment, changed, ATTACHMENT_FIELDS)
    return {item.entry_id for item in new + changed}
