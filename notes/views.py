"""Notes on the case page: add one (to the case or a docket entry), edit one's own for a while, annotate any."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render

from cases.selectors import case_get
from cases.walls import logged_case_read

from .forms import NoteAddForm, NoteForm
from .selectors import note_get
from .services import note_add, note_annotate, note_edit, note_edit_refusal

ADD_NOTE, CHANGE_NOTE = "notes.add_note", "notes.change_note"


def _saved_redirect(request, note, message: str):
    messages.success(request, message)
    return redirect(f"{note.case.get_absolute_url()}#note-{note.pk}")


def _refused(form, error: ValidationError) -> None:
    form.add_error(None, " ".join(error.messages))


def _entry_asked(case, value):
    """The docket entry named by ?entry=, which must be on this case."""
    if not value:
        return None
    entry = case.docket_entries.filter(pk=value).first() if str(value).isdigit() else None
    if entry is None:
        raise Http404("No such docket entry on this case.")
    return entry


@permission_required(ADD_NOTE, raise_exception=True)
def note_add_view(request, case_pk):
    case = logged_case_read(request, lambda: case_pk, lambda: case_get(user=request.user, pk=case_pk))
    entry = _entry_asked(case, request.GET.get("entry"))
    form = NoteAddForm(request.POST or None, initial={"entry": entry}, case=case)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            note = note_add(case=case, entry=data["entry"], author=request.user, text=data["text"])
        except ValidationError as error:
            _refused(form, error)
        else:
            return _saved_redirect(request, note, "Your note is saved.")
    entry = form.cleaned_data.get("entry") if form.is_bound and form.is_valid() else entry
    return render(request, "notes/note_form.html", {"case": case, "entry": entry, "form": form, "mode": "add"})


@permission_required(CHANGE_NOTE, raise_exception=True)
def note_edit_view(request, case_pk, pk):
    note = logged_case_read(request, lambda: case_pk, lambda: note_get(user=request.user, case_pk=case_pk, pk=pk))
    if refusal := note_edit_refusal(note, request.user):
        messages.info(request, refusal)
        return redirect("notes:annotate", case_pk=note.case_id, pk=note.annotates_id or note.pk)
    form = NoteForm(request.POST or None, initial={"text": note.text})
    if request.method == "POST" and form.is_valid():
        try:
            note = note_edit(note=note, user=request.user, text=form.cleaned_data["text"])
        except ValidationError as error:
            _refused(form, error)
        else:
            return _saved_redirect(request, note, "Your note is updated.")
    context = {"case": note.case, "entry": note.entry, "note": note, "form": form, "mode": "edit"}
    return render(request, "notes/note_form.html", context)


@permission_required(ADD_NOTE, raise_exception=True)
def note_annotate_view(request, case_pk, pk):
    note = logged_case_read(request, lambda: case_pk, lambda: note_get(user=request.user, case_pk=case_pk, pk=pk))
    form = NoteForm(request.POST or None)
    form.fields["text"].label = "Annotation"
    if request.method == "POST" and form.is_valid():
        try:
            annotation = note_annotate(note=note, author=request.user, text=form.cleaned_data["text"])
        except ValidationError as error:
            _refused(form, error)
        else:
            return _saved_redirect(request, annotation, "Your annotation is saved.")
    context = {"case": note.case, "entry": note.entry, "note": note, "form": form, "mode": "annotate"}
    return render(request, "notes/note_form.html", context)
