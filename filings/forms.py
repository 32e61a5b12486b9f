from django import forms
from django.core.exceptions import ValidationError

from .models import DocketEntry
from .services import entry_effect_check


class DocketEntryForm(forms.ModelForm):
    """Admin form for an entry: a new one is checked against the rule its event triggers."""

    class Meta:
        model = DocketEntry
        fields = [
            "case",
            "entry_number",
            "sequence",
            "date_filed",
            "date_entered",
            "event_type",
            "dismissal_prejudice",
            "description",
            "filed_by",
            "page_count",
            "document",
            "pacer_doc_id",
            "pacer_seq_no",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "sequence" in self.fields:
            self.fields["sequence"].required = False
            self.fields["sequence"].help_text = "Leave blank to put the entry last on the docket."

    def _post_clean(self):
        super()._post_clean()
        if self.instance.pk is None and not self.errors and self.instance.case_id:
            try:
                entry_effect_check(self.instance)
            except ValidationError as error:
                self.add_error(None, error)
