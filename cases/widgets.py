from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join


class FastSelect(forms.Select):
    """A select built in Python rather than from a template per option.

    The case list's filters offer every federal court and cause of action; through the stock
    per-option templates those selects cost more than the rest of the page together.
    """

    def render(self, name, value, attrs=None, renderer=None):
        current = {str(item) for item in (value if isinstance(value, list | tuple) else [value]) if item is not None}
        options = (
            (str(choice_value), " selected" if str(choice_value) in current else "", label)
            for choice_value, label in self.choices
        )
        return format_html(
            "<select{}>{}</select>",
            flatatt(self.build_attrs(self.attrs, {**(attrs or {}), "name": name})),
            format_html_join("", '<option value="{}"{}>{}</option>', options),
        )
