from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class CasesConfig(AppConfig):
    name = "cases"
    verbose_name = "Cases, parties and claims"

    def ready(self):
        from casetracker.warmup import warmer_register

        from . import choices
        from .models import Case, CauseOfAction, Court

        # A new or removed case, or one moved to another court, may change which courts hold cases.
        for model in (Court, CauseOfAction, Case):
            for signal in (post_save, post_delete):
                signal.connect(choices.changed, sender=model, dispatch_uid=f"choices-{model.__name__}")
        warmer_register(choices.current)  # a web worker's first list offers its choices without reading them
