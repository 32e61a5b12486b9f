from django import forms
from django.core.exceptions import ValidationError

from cases.widgets import FastSelect

from .documents import pdf_check
from .models import DocketAttachment, DocketEntry, EventType
from .services import entry_effect_check


class UnlinkedFileInput(forms.ClearableFileInput):
    """The stored document named, never linked: its address in storage (a signed object-storage link, or a media
    address nothing serves) would skip the permission check that every download passes."""

    template_name = "includes/unlinked_file_input.html"


class DocketEntryForm(forms.ModelForm):
    """Admin form for an entry: a new one is checked against the rule its event triggers."""

    class Meta:
        model = DocketEntry
        widgets = {"document": UnlinkedFileInput}
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


def event_type_choices():
    return [("", "Any"), *EventType.objects.order_by("name").values_list("id", "name")]


class DocketFilterForm(forms.Form):
    """The docket table's own filters: words, a date range and an event type."""

    q = forms.CharField(label="Keyword", required=False, max_length=200)
    date_from = forms.DateField(label="From", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label="To", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    event_type = forms.TypedChoiceField(
        label="Event", required=False, coerce=int, empty_value=None, choices=event_type_choices, widget=FastSelect
    )
    order = forms.ChoiceField(
        label="Order",
        required=False,
        choices=[("", "Oldest first"), ("newest", "Newest first")],
        widget=FastSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event_type"].choices = event_type_choices()  # once, for both validation and the widget

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("date_from") and cleaned.get("date_to") and cleaned["date_from"] > cleaned["date_to"]:
            raise ValidationError("The start of the range is after its end.")
        return cleaned

    def filters(self) -> dict:
        data = self.cleaned_data
        return {
            "query": data.get("q", ""),
            "date_from": data.get("date_from"),
            "date_to": data.get("date_to"),
            "event_type_id": data.get("event_type"),
            "newest_first": data.get("order") == "newest",
        }

    def searched_words(self) -> list[str]:
        """The keyword's words, as the docket matches them (each one, anywhere in the text)."""
        return self.cleaned_data.get("q", "").split() if self.is_valid() else []


class AttachmentUploadForm(forms.Form):
    """A filed PDF for a docket entry; the service checks it is one (by its content) and within the size limit."""

    file = forms.FileField(
        label="PDF file",
        widget=forms.FileInput(attrs={"accept": "application/pdf,.pdf"}),
        help_text="The filed document, as a PDF.",
    )
    description = forms.CharField(
        label="Description",
        required=False,
        max_length=500,
        help_text='What it is: "Exhibit A - Master Services Agreement". Leave it blank to use the file\'s name.',
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            pdf_check(upload)
        except ValidationError as error:
            raise ValidationError(error.messages) from None
        return upload


class AttachmentAdminForm(forms.ModelForm):
    """The admin's attachment form: a file put here is checked as on the case page."""

    class Meta:
        model = DocketAttachment
        fields = ["entry", "number", "description", "pacer_doc_id", "page_count", "file"]
        # No "Currently: <link>": the storage's own address is never shown; the download view is.
        widgets = {"file": forms.FileInput(attrs={"accept": "application/pdf,.pdf"})}

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            pdf_check(upload)
        return upload
