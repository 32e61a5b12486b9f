"""Django's template engine, with every rendered page passed through ``display_safe``.

Applied to the whole output of each template the site renders (pages, the admin, form widgets, error pages and
the PDF's HTML), so no template, include or ``format_html`` in Python can forget it.
"""

from django.template.backends.django import DjangoTemplates, Template
from django.utils.safestring import mark_safe

from .text import display_safe


class DisplaySafeTemplate(Template):
    def render(self, context=None, request=None):
        # The markers are plain ASCII with no markup characters: what was safe HTML stays safe.
        return mark_safe(display_safe(super().render(context, request)))  # noqa: S308


class DisplaySafeTemplates(DjangoTemplates):
    def from_string(self, template_code):
        return DisplaySafeTemplate(self.engine.from_string(template_code), self)

    def get_template(self, template_name):
        return DisplaySafeTemplate(super().get_template(template_name).template, self)
