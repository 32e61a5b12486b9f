from django.apps import AppConfig
from django.db.models.signals import post_migrate

from .roles import sync_roles_after_migrate


class CasetrackerConfig(AppConfig):
    """The project itself: after every migration, each role holds exactly the permissions roles.py gives it."""

    name = "casetracker"
    verbose_name = "Casetracker"

    def ready(self):
        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="casetracker.sync_roles")
        from .permissions import receivers_connect

        receivers_connect()  # kept permissions are read again once a group or a user's permissions change
