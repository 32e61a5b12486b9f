from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join


class FastSelect(forms.Select):
    """A select built in Python rather than from a template per option.

    The case list's filters offer every federal court and cause of action; through the stock
    per-option templates those selects cost more than the rest of the page together. Choices may be
    grouped ("Courts with cases", "All courts"). A value that is none of the choices (a hand-edited
    address) is shown back as typed, so the message about it has something to point at.
    """

    def render(self, name, value, attrs=None, renderer=None):
        current = {str(item) for item in (value if isinstance(value, list | tuple) else [value]) if item is not None}
        known = set()
        body = format_html_join("", "{}", ((self._group(group, current, known),) for group in self._groups()))
        unknown = sorted(current - known - {""})
        shown_back = format_html_join(
            "", '<option value="{}" selected>“{}” (not a choice)</option>', ((v, v) for v in unknown)
        )
        return format_html(
            "<select{}>{}{}</select>",
            flatatt(self.build_attrs(self.attrs, {**(attrs or {}), "name": name})),
            shown_back,
            body,
        )

    def _groups(self):
        """The choices as (group label or None, [(value, label), ...])."""
        loose = []
        for choice_value, label in self.choices:
            if isinstance(label, list | tuple):
                if loose:
                    yield None, loose
                    loose = []
                yield choice_value, label
            else:
                loose.append((choice_value, label))
        if loose:
            yield None, loose

    @staticmethod
    def _group(group, current, known):
        label, choices = group
        known.update(str(choice_value) for choice_value, _ in choices)
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((str(v), " selected" if str(v) in current else "", text) for v, text in choices),
        )
        return format_html('<optgroup label="{}">{}</optgroup>', label, options) if label else options
