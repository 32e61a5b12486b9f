"""The case page's form for linking an appeal to its case below by hand."""

from django import forms

from cases.filters import court_choices
from cases.widgets import FastSelect

from .models import Appeal


class AppealLinkForm(forms.Form):
    """The number as the clerk has it, and the court (the one the appellate docket names, to start with)."""

    number = forms.CharField(
        label="Docket number of the case below",
        max_length=60,
        help_text='As the court below writes it: "1:17-cv-00050", "17-80033".',
        error_messages={"required": "Give the docket number of the case below."},
    )
    court = forms.ChoiceField(
        label="Court below", required=False, widget=FastSelect(attrs={"data-searchable": "Find a court"})
    )

    def __init__(self, *args, appeal: Appeal, **kwargs):
        initial = {"number": appeal.originating_docket_number, "court": appeal.originating_court_id or ""}
        super().__init__(*args, initial=initial, auto_id="id_appeal_%s", **kwargs)
        self.fields["court"].choices = [("", "Any court"), *court_choices()]
