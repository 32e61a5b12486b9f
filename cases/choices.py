"""The case list's filter choices: the active courts, the causes of action, and which courts hold any case at all.

Each web process keeps them in memory, under a version token kept in the shared cache: a change to a court, a
cause of action or a case's court gives the token a new value (``cases.apps`` connects the receivers), and
every process reads its choices again within a second (the process that made the change, at once). They are read
again after ``SECONDS`` in any case, so a bulk load that sends no signal is seen soon enough. The empty filter form,
built from them alone, is kept beside them (``fragment``).

Nothing kept here depends on who is asking. A user from whom some case is hidden gets the courts of their own
cases counted afresh (``cases.filters.court_choices``), so the list never reveals where a hidden case is.
"""

import time
import uuid
from typing import NamedTuple

from django.core.cache import cache
from django.db import models, transaction
from django.db.models import Exists, OuterRef, Value, When

from .models import Case, CauseOfAction, Court

VERSION = "cases:choices:version"
SECONDS = 300
VERSION_SECONDS = 1.0  # another process's change is seen within this
# Trial courts first, then the courts that hear their appeals, then bankruptcy and special courts: typing
# "middle louisiana" finds the district court before its bankruptcy court.
COURT_KINDS = ["district", "appellate", "bankruptcy", "special"]


class Choices(NamedTuple):
    courts: list[tuple[str, str, str, str]]  # (id, citation, name, PACER id) of each active court
    causes: list[tuple[int, str]]
    courts_with_cases: frozenset[str]
    version: str = ""  # the version token they were read under


_kept: dict[str, tuple] = {}  # what this process holds: the choices, the version read, fragments


def current() -> Choices:
    """The choices as they stand: the version token from the shared cache (read again at most every
    ``VERSION_SECONDS``; at once after this process's own change), then memory."""
    version = version_read()
    kept = _kept.get("choices")
    if kept and kept[0] == version and time.monotonic() - kept[1] < SECONDS:
        return kept[2]
    choices = Choices(active_courts_read(), causes_read(), frozenset(courts_with_cases(Case.objects.all())), version)
    _kept["choices"] = (version, time.monotonic(), choices)
    return choices


def version_read() -> str:
    read = _kept.get("version")
    if read and time.monotonic() - read[1] < VERSION_SECONDS:
        return read[0]
    version = cache.get(VERSION)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION, version, None)
        version = cache.get(VERSION, version)
    _kept["version"] = (version, time.monotonic())
    return version


def fragment(name: str, render) -> str:
    """A piece of a page built from the choices alone (the empty filter form), kept in memory for their version."""
    version = current().version
    kept = _kept.get(f"fragment:{name}")
    if kept and kept[0] == version:
        return kept[1]
    html = render()
    _kept[f"fragment:{name}"] = (version, html)
    return html


def active_courts_read() -> list[tuple[str, str, str, str]]:
    """Active courts: district, appellate, bankruptcy, special, each by citation."""
    ranks = [When(kind=kind, then=Value(index)) for index, kind in enumerate(COURT_KINDS)]
    rank = models.Case(*ranks, default=Value(len(COURT_KINDS)))
    courts = Court.objects.filter(is_active=True).order_by(rank, "citation")
    return [tuple(row) for row in courts.values_list("id", "citation", "name", "pacer_id")]


def causes_read() -> list[tuple[int, str]]:
    return [tuple(row) for row in CauseOfAction.objects.values_list("id", "name")]


def courts_with_cases(cases) -> set[str]:
    """The courts where any of ``cases`` is: one index probe per court (EXISTS), not a scan of every case."""
    return set(Court.objects.filter(Exists(cases.filter(court_id=OuterRef("pk")))).values_list("pk", flat=True))


def changed(**kwargs):
    """A court, a cause of action or a case changed: every process reads the choices again, now (this transaction
    sees its own change) and once it is committed (another process may have read the choices in between)."""
    version_renew()
    transaction.on_commit(version_renew)


def version_renew() -> None:
    cache.set(VERSION, uuid.uuid4().hex, None)
    _kept.pop("version", None)  # this process sees its own change on its next read


def forget() -> None:
    """Drop this process's choices, as a fresh process starts (the tests start each test so)."""
    _kept.clear()
