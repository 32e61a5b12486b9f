"""Filter fields that refuse what they cannot read, saying which value and why, and show it back.

A filter that silently ignored "?is_class_action=maybe" or a reversed date range would show a list that looks
filtered and is not; each of these says so instead.
"""

from django import forms
from django.core.exceptions import ValidationError
from django_filters.fields import ChoiceField, DateRangeField
from django_filters.widgets import DateRangeWidget as BaseDateRangeWidget

from .court_ids import court_id_resolve, did_you_mean
from .widgets import FastSelect

YES_NO = {"": None, "true": True, "false": False}
DATE_HINT = "use the form YYYY-MM-DD"


def readable_date(raw: str) -> bool:
    try:
        forms.DateField().to_python(raw)
    except ValidationError:
        return False
    return True


class DateRangeWidget(BaseDateRangeWidget):
    """Two labelled date boxes, "From" and "To". A box holding an unreadable date shows it as typed, marked alone."""

    suffixes = ["from", "to"]
    template_name = "includes/date_range_widget.html"

    def __init__(self, attrs=None):
        super().__init__(attrs={"type": "date", **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        raw_values = value if isinstance(value, list | tuple) else [None, None]
        unreadable = [bool(raw) and not readable_date(raw) for raw in raw_values]
        for subwidget, suffix, bad in zip(context["widget"]["subwidgets"], self.suffixes, unreadable, strict=True):
            subwidget["suffix"] = suffix.capitalize()
            subwidget["attrs"].pop("type", None)  # the input's own type is written once, from the widget
            subwidget["attrs"]["aria-label"] = f"{name.replace('_', ' ')} {suffix}".capitalize()
            if bad:
                subwidget["type"] = "text"  # a date box cannot show what is not a date
            if any(unreadable):
                subwidget["attrs"]["aria-invalid"] = "true" if bad else "false"
        return context


class CheckedDateRangeField(DateRangeField):
    """A date range whose boxes must each read as a date, the first no later than the second."""

    def clean(self, value):
        raw_values = value if isinstance(value, list | tuple) else []
        problems = [
            f"{label} “{raw}” is not a date; {DATE_HINT}."
            for label, raw in zip(["From", "To"], raw_values, strict=False)
            if raw and not readable_date(raw)
        ]
        if problems:
            raise ValidationError(problems, code="invalid")
        cleaned = super().clean(value)
        if cleaned and cleaned.start and cleaned.stop and cleaned.start > cleaned.stop:
            raise ValidationError(
                "The “from” date (%(start)s) is after the “to” date (%(stop)s).",
                code="reversed",
                params={"start": cleaned.start.date(), "stop": cleaned.stop.date()},
            )
        return cleaned


class CourtChoiceField(ChoiceField):
    """A court by its id or by PACER's, in any case: ?court=azb is the Arizona bankruptcy court the table calls
    "arb". The select shows the court chosen; an unknown id is refused naming the nearest known ones."""

    def __init__(self, *args, aliases=None, **kwargs):
        self.aliases = aliases or {}
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return court_id_resolve(value, self.aliases) or value

    def prepare_value(self, value):
        return (court_id_resolve(value, self.aliases) or value) if isinstance(value, str) else value

    def validate(self, value):
        try:
            super().validate(value)
        except ValidationError as error:
            hint = did_you_mean(value, self.aliases) if error.code == "invalid_choice" else ""
            if not hint:
                raise
            raise ValidationError(f"{' '.join(error.messages)} {hint}", code="invalid_choice") from None


class YesNoField(forms.Field):
    """Yes, no, or either; anything else is refused by name rather than read as "either"."""

    widget = FastSelect(choices=[("", "Any"), ("true", "Yes"), ("false", "No")])

    def to_python(self, value):
        key = (value or "").strip().lower()
        if key not in YES_NO:
            raise ValidationError(
                "“%(value)s” is not a choice here; choose Yes, No or Any.", code="invalid", params={"value": value}
            )
        return YES_NO[key]

    def validate(self, value):
        """None is a valid answer: either."""
