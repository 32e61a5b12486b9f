from django.apps import AppConfig


class DeadlinesConfig(AppConfig):
    """Court-rule deadlines and court-set dates, kept current from the docket through its seam."""

    name = "deadlines"
    verbose_name = "Deadlines and hearings"

    def ready(self):
        from cases.walls import access_changed  # app registry is ready here, not at import time
        from filings.recorded import receiver_register

        from .services import on_access_changed, on_entries_recorded

        receiver_register(on_entries_recorded)
        access_changed.connect(on_access_changed, dispatch_uid="deadlines-feeds-walls")
