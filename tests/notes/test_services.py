"""Writing notes: on the case or an entry, edited within 15 minutes by their author, annotated after."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from notes.models import TEXT_LIMIT
from notes.services import NoteLocked, note_add, note_annotate, note_edit

from ..cases.factories import CaseFactory
from ..filings.factories import DocketEntryFactory

pytestmark = pytest.mark.django_db


def written_ago(note, minutes: float):
    """Date the note as if written this many minutes ago."""
    note.created_at = timezone.now() - timedelta(minutes=minutes)
    note.save(update_fields=["created_at"])
    return note


def test_a_note_on_an_entry_is_a_note_of_its_case(paralegal):
    """A note on a docket entry belongs to that entry's case, dated now and signed by its author."""
    entry = DocketEntryFactory()
    before = timezone.now()
    note = note_add(case=entry.case, entry=entry, author=paralegal, text="  Exhibit B is missing its last page.  ")
    assert (note.case, note.entry, note.author, note.text) == (
        entry.case,
        entry,
        paralegal,
        "Exhibit B is missing its last page.",
    )
    assert before <= note.created_at <= timezone.now()
    assert note.updated_at is None


def test_a_note_on_another_cases_entry_is_refused(paralegal):
    """An entry of another case cannot carry this case's note."""
    with pytest.raises(ValidationError, match="not on this case"):
        note_add(case=CaseFactory(), entry=DocketEntryFactory(), author=paralegal, text="Wrong docket.")


@pytest.mark.parametrize("text", ["   ", "x" * (TEXT_LIMIT + 1)])
def test_an_empty_or_overlong_note_is_refused_with_a_message(paralegal, text):
    """Blank text and text over the limit are refused before the database sees them."""
    with pytest.raises(ValidationError) as refused:
        note_add(case=CaseFactory(), author=paralegal, text=text)
    assert "text" in refused.value.message_dict


def test_its_author_edits_a_note_within_fifteen_minutes(paralegal):
    """At 14 minutes the author's edit is saved and dated."""
    note = written_ago(note_add(case=CaseFactory(), author=paralegal, text="Hearing on the 4th."), 14)
    edited = note_edit(note=note, user=paralegal, text="Hearing on the 14th.")
    assert edited.text == "Hearing on the 14th."
    assert edited.updated_at is not None


def test_after_fifteen_minutes_a_note_can_only_be_annotated(paralegal):
    """At 15 minutes the edit is refused with a message that says why and what to do; the text stays."""
    note = written_ago(note_add(case=CaseFactory(), author=paralegal, text="Hearing on the 4th."), 15)
    with pytest.raises(NoteLocked, match="can no longer be edited.*15 minutes.*Add an annotation instead"):
        note_edit(note=note, user=paralegal, text="Hearing on the 14th.")
    note.refresh_from_db()
    assert note.text == "Hearing on the 4th."


def test_only_its_author_may_edit_a_note(paralegal, attorney):
    """Another user, even within the window, is told to annotate instead."""
    note = note_add(case=CaseFactory(), author=paralegal, text="Hearing on the 4th.")
    with pytest.raises(NoteLocked, match="Only its author"):
        note_edit(note=note, user=attorney, text="Changed.")


def test_an_annotation_is_a_dated_note_under_the_note(paralegal, attorney):
    """An annotation keeps the note's case and entry; one on an annotation goes under the original note."""
    entry = DocketEntryFactory()
    note = written_ago(note_add(case=entry.case, entry=entry, author=paralegal, text="Call the clerk."), 60)
    first = note_annotate(note=note, author=attorney, text="Called: the hearing moved to May 2.")
    second = note_annotate(note=first, author=paralegal, text="Calendar updated.")
    assert (first.annotates, first.case, first.entry, first.author) == (note, entry.case, entry, attorney)
    assert second.annotates == note
    assert list(note.annotations.order_by("created_at")) == [first, second]
    assert note.text == "Call the clerk."
