"""What the appeals app does when something below it changes: a case's walls move, or a case below is deleted."""

from django.db.models.signals import pre_delete
from django.dispatch import receiver

from cases.models import Case
from cases.walls import access_changed

from .services import appeals_below_deleted
from .walls import appeals_follow


@receiver(access_changed, sender=Case, dispatch_uid="appeals-follow-the-case-below")
def on_access_changed(sender, case, **kwargs) -> None:
    """Sent after the commit that moved the walls: the appeals linked to the case follow, in a transaction."""
    appeals_follow(case)


@receiver(pre_delete, sender=Case, dispatch_uid="appeals-unlinked-from-a-deleted-case")
def on_case_deleted(sender, instance, **kwargs) -> None:
    """Unlinked before the database would set the link to nothing and keep saying how it was made."""
    appeals_below_deleted(instance)
