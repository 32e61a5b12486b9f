"""Writing notes: add one to a case or an entry, edit one's own while the window is open, annotate after."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from cases.models import Case
from filings.models import DocketEntry

from .models import EDIT_WINDOW, Note

WINDOW_MINUTES = int(EDIT_WINDOW.total_seconds() // 60)


class NoteLocked(ValidationError):
    """The note cannot be edited by this user now (not theirs, or its window has closed): annotate it instead."""


def note_add(*, case: Case, author, text: str, entry: DocketEntry | None = None) -> Note:
    if entry is not None and entry.case_id != case.pk:
        raise ValidationError("That docket entry is not on this case.")
    return _saved(Note(case=case, entry=entry, author=author, text=text.strip()))


def note_edit_refusal(note: Note, user) -> str:
    """Why this user may not edit the note now, in words for them; empty when they may."""
    if note.author_id is None or note.author_id != user.pk:
        return (
            "Only its author can edit a note. You can annotate it: the annotation is dated and signed with your name."
        )
    if not note.editable_by(user, timezone.now()):
        written = timezone.localtime(note.created_at)
        return (
            f"This note can no longer be edited: a note can be changed for {WINDOW_MINUTES} minutes after it is "
            f"written, and this one was written {written:%b %-d, %Y at %-I:%M %p}. Add an annotation instead."
        )
    return ""


def note_edit(*, note: Note, user, text: str) -> Note:
    """Change the text of one's own note within EDIT_WINDOW of writing it; checked again under a row lock."""
    with transaction.atomic():
        note = Note.objects.select_for_update().get(pk=note.pk)
        if refusal := note_edit_refusal(note, user):
            raise NoteLocked(refusal)
        note.text, note.updated_at = text.strip(), timezone.now()
        return _saved(note)


def note_annotate(*, note: Note, author, text: str) -> Note:
    """An annotation on a note (an annotation of an annotation goes on the note it annotates)."""
    root = note.annotates or note
    return _saved(Note(case_id=root.case_id, entry_id=root.entry_id, annotates=root, author=author, text=text.strip()))


def _saved(note: Note) -> Note:
    note.full_clean(exclude=["case", "entry", "annotates", "author"])
    note.save()
    return note
