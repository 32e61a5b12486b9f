"""What notes offer the case page: the Notes panel, and each docket entry's notes on the page shown."""

from collections.abc import Iterable

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from cases.models import Case
from cases.templatetags.case_tags import short_date

from .forms import NoteAddForm
from .selectors import SHOWN_ON_CASE_PAGE, case_notes, entry_notes_attach

NOTE = "notes/_note.html"


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


def entry_notes_html(request, entry, *, panel: dict) -> str:
    """Under a docket entry's text: its notes (``shown_notes``, from notes_panel) and the link to add one."""
    notes = "".join(
        render_to_string(NOTE, {"note": note, "user": request.user, "show_entry": False}, request)
        for note in getattr(entry, "shown_notes", ())
    )
    if not panel["may_add"]:
        return mark_safe(notes)  # noqa: S308 - rendered by the template engine
    hidden = format_html(" to entry {} of {}", entry.entry_number or "", short_date(entry.date_filed))
    tool = format_html(
        '<p class="entry-tools small"><a href="{}?entry={}">Add a note<span class="visually-hidden">{}</span></a></p>',
        panel["add_url"],
        entry.pk,
        hidden,
    )
    return format_html("{}\n{}", mark_safe(notes), tool)  # noqa: S308 - rendered by the template engine
