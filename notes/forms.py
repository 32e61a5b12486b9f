from django import forms

from cases.models import Case

from .models import TEXT_LIMIT


class NoteForm(forms.Form):
    """A note's text; on the add page also the docket entry it is about (blank: the case as a whole)."""

    text = forms.CharField(
        label="Note",
        max_length=TEXT_LIMIT,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=f"Dated and signed with your name. You can edit it for 15 minutes; after that, annotate it. "
        f"At most {TEXT_LIMIT:,} characters.",
    )


class NoteAddForm(NoteForm):
    entry = forms.ModelChoiceField(queryset=None, required=False, widget=forms.HiddenInput)

    def __init__(self, *args, case: Case, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entry"].queryset = case.docket_entries.all()
        self.fields["entry"].error_messages["invalid_choice"] = "That docket entry is not on this case."
