"""Reads from a read replica, by configuration (``DATABASE_REPLICA_URL``), without showing anyone stale data.

A replica runs behind its primary by a moment. So only a request that writes nothing reads from it, and only while
its user has written nothing lately: once a user's request has changed anything (any method but GET and HEAD), their
reads stay on the primary for ``DATABASE_REPLICA_PIN_SECONDS``, well beyond the replica's lag. Reads inside a
transaction stay on the primary, which holds the transaction's own writes. Sessions, users, permissions and lockouts
are always read from the primary. Workers, commands and every write use the primary. Without the setting there is no
router and no middleware: every read is the primary's.
"""

from contextvars import ContextVar

from django.conf import settings
from django.db import connections

REPLICA = "replica"
# Who is signed in, with which permissions, and who is locked out: always as the primary has it, so a sign-out, a
# revoked role or a lockout holds at once.
PRIMARY_ONLY = {"sessions", "auth", "axes"}
PIN_COOKIE = "casetracker_primary"
_replica_reads: ContextVar[bool] = ContextVar("replica_reads", default=False)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if model._meta.app_label in PRIMARY_ONLY:
            return "default"
        if _replica_reads.get() and not connections["default"].in_atomic_block:
            return REPLICA
        return "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, first, second, **hints):
        return True  # the replica is a copy of the primary: any two rows may be related

    def allow_migrate(self, db, app_label, **hints):
        return db == "default"


class ReplicaReadsMiddleware:
    """A reading request of a user who has not written lately reads from the replica; a writing one pins the
    user's reads to the primary for a while (a cookie: forging it only sends one's own reads to the primary)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reading = request.method in ("GET", "HEAD")
        token = _replica_reads.set(reading and PIN_COOKIE not in request.COOKIES)
        try:
            response = self.get_response(request)
        finally:
            _replica_reads.reset(token)
        if not reading:
            seconds = settings.DATABASE_REPLICA_PIN_SECONDS
            response.set_cookie(PIN_COOKIE, "1", max_age=seconds, httponly=True, secure=request.is_secure(),
                                samesite="Lax")  # fmt: skip
        return response
