from django.apps import AppConfig


class CasefileConfig(AppConfig):
    """The pages that show a whole case, composed from the panels of the apps below."""

    name = "casefile"
    verbose_name = "Case file"
