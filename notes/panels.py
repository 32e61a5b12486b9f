"""What notes offer the case page: the Notes panel, and each docket entry's notes on the page shown."""

from collections.abc import Iterable

from django.urls import reverse

from cases.models import Case

from .forms import NoteAddForm
from .selectors import SHOWN_ON_CASE_PAGE, case_notes, entry_notes_attach


def notes_panel(request, case: Case, *, entries: Iterable = ()) -> dict:
    """The panel's notes (newest first, at most SHOWN_ON_CASE_PAGE), its form, and ``shown_notes`` on each entry."""
    user = request.user
    entry_notes_attach(user=user, case=case, entries=entries)
    notes = list(case_notes(user=user, case=case)[: SHOWN_ON_CASE_PAGE + 1])
    return {
        "notes": notes[:SHOWN_ON_CASE_PAGE],
        "more": len(notes) > SHOWN_ON_CASE_PAGE,
        "limit": SHOWN_ON_CASE_PAGE,
        "form": NoteAddForm(case=case, auto_id="id_note_%s"),
        "may_add": user.has_perm("notes.add_note"),
        "add_url": reverse("notes:add", args=[case.pk]),  # once a page, not once an entry
    }
