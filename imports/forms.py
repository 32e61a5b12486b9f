from django import forms
from django.core.exceptions import ValidationError

from .reading import size_check
from .sheet import DocketImportError


class DocketImportForm(forms.Form):
    """Upload a docket sheet to import. The importer does the checking; this form only bounds the upload."""

    file = forms.FileField(
        label="Docket sheet",
        help_text="A PACER docket report (a district, bankruptcy or appellate court's) saved as HTML, or an ACMS "
        "appellate docket or a CourtListener REST API v4 docket saved as JSON (.json or .acms_json).",
    )
    court = forms.CharField(
        required=False,
        max_length=20,
        help_text='PACER\'s court id, such as "cand". Leave it blank to use the court the sheet names.',
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            size_check(upload.size)
        except DocketImportError as error:
            raise ValidationError(str(error)) from None
        return upload
