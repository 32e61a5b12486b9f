"""Re-typing imported docket entries with the current classifier, where no person has chosen the type.

An entry's history says who set its type: the record that last changed it. The importer writes its records
with a reason starting "Imported " (and this module with RECLASSIFY_REASON); any other record that changed
the type is a person's (the admin, the case page), and that type is never overwritten. Entries typed in by
hand (no import key) are a person's too, and left alone.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby

from django.db import transaction
from simple_history.utils import bulk_update_with_history

from cases.models import Case

from .classify import event_type_code
from .models import DocketEntry, EventType
from .recorded import Source, entries_recorded

IMPORT_REASON_PREFIX = "Imported "  # imports.services: f"Imported {source name} {digest}"
RECLASSIFY_REASON = "Re-typed by the current docket classifier"
BATCH = 2000  # entries read, with their history, per round


@dataclass(frozen=True)
class Retyping:
    entry: DocketEntry
    old_code: str | None
    new_code: str | None


def retypings(*, case_ids: list[int] | None = None) -> Iterator[Retyping]:
    """Each imported entry whose type a machine set and the classifier now reads differently, in docket order."""
    codes = dict(EventType.objects.values_list("pk", "code"))
    ids = {code: pk for pk, code in codes.items()}
    entries = DocketEntry.objects.exclude(import_key="").order_by("case_id", "date_filed", "sequence")
    if case_ids is not None:
        entries = entries.filter(case_id__in=case_ids)
    pks = list(entries.values_list("pk", flat=True))
    for start in range(0, len(pks), BATCH):
        batch = DocketEntry.objects.in_bulk(pks[start : start + BATCH])
        person_typed = _person_typed(list(batch))
        for pk in pks[start : start + BATCH]:
            entry = batch[pk]
            new_code = event_type_code(entry.description)
            if pk in person_typed or ids.get(new_code) == entry.event_type_id:
                continue
            yield Retyping(entry, codes.get(entry.event_type_id), new_code if new_code in ids else None)


def _person_typed(pks: list[int]) -> set[int]:
    """The entries whose current type was set by a history record that is neither the importer's nor ours."""
    records = (
        DocketEntry.history.filter(id__in=pks)
        .order_by("id", "history_date", "history_id")
        .values_list("id", "event_type_id", "history_change_reason")
    )
    typed = set()
    for pk, rows in groupby(records, key=lambda row: row[0]):
        setter, previous = None, object()
        for _, event_type_id, reason in rows:
            if event_type_id != previous:
                setter, previous = reason or "", event_type_id
        if not (setter.startswith(IMPORT_REASON_PREFIX) or setter == RECLASSIFY_REASON):
            typed.add(pk)
    return typed


def entries_reclassify(*, retyped: list[Retyping]) -> int:
    """Save the new types, case by case, each case in one transaction told to the docket's seam. No event's
    effect is applied, as on import: the sheet's own dates stand. Returns how many entries changed."""
    ids = dict(EventType.objects.values_list("code", "pk"))
    cases = Case.objects.in_bulk({item.entry.case_id for item in retyped})
    for case_id, items in groupby(sorted(retyped, key=lambda item: item.entry.case_id), lambda i: i.entry.case_id):
        entries = []
        for item in items:
            item.entry.event_type_id = ids.get(item.new_code)
            entries.append(item.entry)
        with transaction.atomic():
            bulk_update_with_history(entries, DocketEntry, ["event_type"], default_change_reason=RECLASSIFY_REASON)
            entries_recorded(case=cases[case_id], changed=entries, source=Source.SERVICE)
    return len(retyped)
