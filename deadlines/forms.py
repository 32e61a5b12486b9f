from django import forms

from .models import Deadline
from .selectors import attorney_users


class StatusForm(forms.Form):
    """Mark a deadline done or vacated (with the reason), or open it again."""

    status = forms.ChoiceField(
        choices=[(Deadline.Status.DONE, "Done"), (Deadline.Status.VACATED, "Vacated"), (Deadline.Status.OPEN, "Open")]
    )
    reason = forms.CharField(required=False, max_length=500, help_text="Required when vacating: why.")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == Deadline.Status.VACATED and not cleaned.get("reason", "").strip():
            self.add_error("reason", "Say why the deadline is vacated.")
        return cleaned


class OverrideForm(forms.Form):
    """Set the date in place of the rule's, with a reason; leave the date empty to go back to the rule's."""

    date = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label="New date")
    reason = forms.CharField(required=False, max_length=500, label="Reason")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("date") and not cleaned.get("reason", "").strip():
            self.add_error("reason", "Say why the date is overridden.")
        return cleaned


class AssignForm(forms.Form):
    attorneys = forms.ModelMultipleChoiceField(
        queryset=attorney_users(), required=False, widget=forms.CheckboxSelectMultiple, label="Assigned attorneys"
    )
