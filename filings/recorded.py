"""The one seam for "docket entries were recorded": every write to a docket ends by calling entries_recorded.

The services (a person's entry, the demo loader), the admin (its forms, inlines and deletions), the importer
and, later, webhooks and the API all call it after they write entries or change a case's status. Apps above
``filings`` (deadlines, alerts) react by registering a receiver in their ``AppConfig.ready()``:

    from filings.recorded import receiver_register
    receiver_register(deadlines_recompute)

A receiver is a plain function of one ``EntriesRecorded``. Receivers run in the order they were registered,
inside the caller's transaction, and their errors propagate: a receiver that fails rolls the write back.
This is a small explicit registry rather than a Django signal, so the order is known and nothing is swallowed.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import models

from cases.models import Case

from .models import DocketEntry


class Source(models.TextChoices):
    """Which path wrote the entries."""

    SERVICE = "service", "Recorded through the docket services"
    ADMIN = "admin", "Edited in the admin"
    IMPORT = "import", "Imported from a docket sheet"


@dataclass(frozen=True)
class EntriesRecorded:
    """What one write did to one case's docket. ``removed`` holds the ids of entries that are gone."""

    case: Case
    added: tuple[DocketEntry, ...]
    changed: tuple[DocketEntry, ...]
    removed: tuple[int, ...]
    source: str


Receiver = Callable[[EntriesRecorded], None]
_receivers: list[Receiver] = []


def receiver_register(receiver: Receiver) -> Receiver:
    """Add a receiver, once; returns it, so this works as a decorator too."""
    if receiver not in _receivers:
        _receivers.append(receiver)
    return receiver


def receiver_unregister(receiver: Receiver) -> None:
    if receiver in _receivers:
        _receivers.remove(receiver)


def entries_recorded(
    *,
    case: Case,
    added: Iterable[DocketEntry] = (),
    changed: Iterable[DocketEntry] = (),
    removed: Iterable[int] = (),
    source: str,
) -> EntriesRecorded:
    """Tell every receiver what was written to the case's docket (or to its status). Call it inside the write's
    transaction, after the rows are saved."""
    change = EntriesRecorded(
        case=case, added=tuple(added), changed=tuple(changed), removed=tuple(removed), source=source
    )
    for receiver in list(_receivers):
        receiver(change)
    return change
