from django import forms

from .models import Claim


class ClaimForm(forms.ModelForm):
    """A count can only be asserted by and against parties to its case."""

    class Meta:
        model = Claim
        fields = [
            "case",
            "count_number",
            "cause_of_action",
            "summary",
            "asserted_by",
            "asserted_against",
            "status",
            "status_date",
        ]

    def clean(self):
        cleaned = super().clean()
        case = cleaned.get("case") or getattr(self.instance, "case", None)
        if case is None or case.pk is None:
            return cleaned
        on_case = set(case.case_parties.values_list("party_id", flat=True))
        for field in ("asserted_by", "asserted_against"):
            strangers = [party.name for party in cleaned.get(field) or [] if party.pk not in on_case]
            if strangers:
                self.add_error(
                    field, f"Not a party to this case: {', '.join(strangers)}. Add them under Parties first."
                )
        return cleaned
