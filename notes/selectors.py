"""Reads of notes, scoped to what the user may see: the case page's panel, a docket page's entries, the PDF."""

from collections.abc import Iterable

from django.db.models import Prefetch, QuerySet, prefetch_related_objects
from django.shortcuts import get_object_or_404

from cases.models import Case

from .models import Note

SHOWN_ON_CASE_PAGE = 100


def _with_annotations(notes: QuerySet[Note], user, case: Case) -> QuerySet[Note]:
    annotations = Note.objects.of_case(user, case).select_related("author").order_by("created_at", "id")
    return (
        notes.filter(annotates=None)
        .select_related("author", "entry")
        .prefetch_related(Prefetch("annotations", queryset=annotations))
    )


def case_notes(*, user, case: Case) -> QuerySet[Note]:
    """The case's notes (on the case and on its entries), newest first, each with its annotations oldest first.
    ``case`` is one read through the access rule (the case page's), so its notes need only the permission."""
    return _with_annotations(Note.objects.of_case(user, case), user, case).order_by("-created_at", "-id")


def entry_notes_attach(*, user, case: Case, entries: Iterable) -> None:
    """Give each docket entry of a page of ``case``'s docket its notes (oldest first) as ``entry.shown_notes``, in
    two queries."""
    notes = _with_annotations(Note.objects.of_case(user, case), user, case).order_by("created_at", "id")
    prefetch_related_objects(list(entries), Prefetch("notes", queryset=notes, to_attr="shown_notes"))


def note_get(*, user, case_pk: int, pk: int) -> Note:
    """A note of a case the user may see; any other is a 404."""
    return get_object_or_404(
        Note.objects.for_user(user).select_related("case", "entry", "author"), case_id=case_pk, pk=pk
    )


def report_notes(*, case: Case) -> QuerySet[Note]:
    """Every note of the case in the order written, with annotations, for the PDF (a worker: no user to scope by;
    the report's own access follows its case)."""
    annotations = Note.objects.select_related("author").order_by("created_at", "id")
    return (
        case.notes.filter(annotates=None)
        .select_related("author", "entry")
        .prefetch_related(Prefetch("annotations", queryset=annotations))
        .order_by("created_at", "id")
    )
