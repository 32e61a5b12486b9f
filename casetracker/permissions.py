"""Django's permissions, read from the shared cache: one cache read a request instead of two queries.

Used when the cache is shared by every process (``CACHE_URL``, see settings): a change to a group, its
permissions, or a user's groups or own permissions gives the cache's version a new value, now and again once
committed, so the next request of every process reads the permissions afresh. A user's active and superuser flags
are part of the key, since the user's row is read on every request anyway.
"""

import uuid

from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.db import transaction

VERSION = "casetracker:permissions:version"
SECONDS = 600


class CachedPermissionsBackend(ModelBackend):
    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            user_obj._perm_cache = self._shared_permissions(user_obj)
        return user_obj._perm_cache

    def _shared_permissions(self, user_obj) -> set[str]:
        key = f"casetracker:permissions:{user_obj.pk}:{user_obj.is_superuser:d}"
        found = cache.get_many([VERSION, key])
        version, kept = found.get(VERSION), found.get(key)
        if version is not None and kept is not None and kept[0] == version:
            return kept[1]
        permissions = super().get_all_permissions(user_obj)
        if version is None:
            version = uuid.uuid4().hex
            cache.add(VERSION, version, None)
        cache.set(key, (version, permissions), SECONDS)
        return permissions


def permissions_changed(**kwargs) -> None:
    """Who holds which permission changed: every process reads permissions again, now and once committed."""
    version_renew()
    transaction.on_commit(version_renew)


def version_renew() -> None:
    cache.set(VERSION, uuid.uuid4().hex, None)


def receivers_connect() -> None:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from django.db.models.signals import m2m_changed, post_delete, post_save

    user_model = get_user_model()
    for through in (user_model.groups.through, user_model.user_permissions.through, Group.permissions.through):
        m2m_changed.connect(permissions_changed, sender=through, dispatch_uid=f"permissions-{through.__name__}")
    for model in (Group, Permission):
        for signal in (post_save, post_delete):
            signal.connect(permissions_changed, sender=model, dispatch_uid=f"permissions-{model.__name__}")
