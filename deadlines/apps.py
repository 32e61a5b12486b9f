from django.apps import AppConfig


class DeadlinesConfig(AppConfig):
    """Court-rule deadlines and court-set dates, kept current from the docket through its seam."""

    name = "deadlines"
    verbose_name = "Deadlines and hearings"

    def ready(self):
        from filings.recorded import receiver_register  # app registry is ready here, not at import time

        from .services import on_entries_recorded

        receiver_register(on_entries_recorded)
