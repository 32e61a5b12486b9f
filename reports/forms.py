from django import forms

from .models import Report


class ReportOptionsForm(forms.ModelForm):
    """What the attorney asks the report to hold."""

    class Meta:
        model = Report
        fields = [
            "date_from",
            "date_to",
            "include_chronology",
            "include_parties",
            "include_deadlines",
            "include_notes",
            "archival",
        ]
        labels = {
            "date_from": "From",
            "date_to": "To",
            "include_chronology": "Chronology facts on the timeline",
            "include_parties": "Parties, counsel and claims",
            "include_deadlines": "Deadlines and hearings",
            "include_notes": "Notes (the firm's own)",
            "archival": "Archival PDF/A",
        }
        widgets = {
            "date_from": forms.DateInput(attrs={"type": "date"}),
            "date_to": forms.DateInput(attrs={"type": "date"}),
        }
