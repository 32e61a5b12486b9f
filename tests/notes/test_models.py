"""What a note is: dated, signed, bounded, and editable by its author only for a while."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction

from notes.models import EDIT_WINDOW, TEXT_LIMIT, Note

from .factories import NoteFactory

pytestmark = pytest.mark.django_db


def test_a_note_is_editable_by_its_author_until_the_window_closes(paralegal, attorney):
    """Its author may edit it for 15 minutes after writing it; no one else ever may."""
    note = NoteFactory(author=paralegal)
    assert timedelta(minutes=15) == EDIT_WINDOW
    assert note.editable_by(paralegal, note.created_at + timedelta(minutes=14, seconds=59))
    assert not note.editable_by(paralegal, note.created_at + EDIT_WINDOW)
    assert not note.editable_by(attorney, note.created_at)


def test_a_note_of_a_former_user_is_signed_so_and_editable_by_no_one(paralegal):
    """A note whose author's account is gone says so and stays as written."""
    note = NoteFactory(author=paralegal)
    paralegal.delete()
    note.refresh_from_db()
    assert note.author_name == "a former user"
    assert not note.editable_by(paralegal, note.created_at)


@pytest.mark.parametrize("text", ["", "x" * (TEXT_LIMIT + 1)])
def test_the_database_refuses_an_empty_or_overlong_note(text):
    """Empty text and text past the limit are refused by the database itself, whatever writes the row."""
    case = NoteFactory().case
    with pytest.raises(IntegrityError), transaction.atomic():
        Note.objects.create(case=case, text=text)


def test_notes_are_kept_in_history(paralegal):
    """Every version of a note is in its history."""
    note = NoteFactory(author=paralegal, text="First wording.")
    note.text = "Second wording."
    note.save()
    assert [version.text for version in note.history.order_by("history_date")] == ["First wording.", "Second wording."]


def test_a_note_is_seen_only_by_those_who_may_see_its_case(paralegal, django_user_model):
    """Notes are read through the case's access rule: a user with no role sees none."""
    note = NoteFactory()
    assert list(Note.objects.for_user(paralegal)) == [note]
    assert not Note.objects.for_user(django_user_model.objects.create_user("nobody")).exists()
