"""Everything a web worker would otherwise build on its first request, built when it starts instead.

gunicorn calls ``warm`` in each worker once it has loaded the app (``post_worker_init`` in
casetracker/gunicorn.conf.py), so the first request a worker answers is as fast as its second: the URL
configuration and every view it names, the translation catalogs, every template compiled, the static files'
manifest, the object storage's client, the database connection and the cache's connection, and what apps
register.
"""

import logging
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_backends
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connections
from django.template import TemplateSyntaxError, engines
from django.urls import URLResolver, get_resolver
from django.utils import translation

log = logging.getLogger(__name__)
# What apps add (``warmer_register`` in their AppConfig.ready()): reads their pages share, kept in memory.
warmers = []


def warmer_register(warmer) -> None:
    if warmer not in warmers:
        warmers.append(warmer)


def warm() -> float:
    """Load and build what the first request would; returns the seconds it took."""
    started = time.perf_counter()
    translation.activate(settings.LANGUAGE_CODE)
    resolvers_populate(get_resolver())
    translation.gettext("Cases")  # reads the catalogs of every installed app
    templates_compile()
    staticfiles_storage.base_url  # noqa: B018 - opening the storage reads the manifest, where there is one
    get_backends()
    getattr(default_storage, "connection", None)  # object storage: its client (boto3) is built, nothing is sent
    cache.get("casetracker:warmup")
    for alias in connections:
        connections[alias].ensure_connection()
    for warmer in warmers:
        warmer()
    seconds = time.perf_counter() - started
    log.info("Web worker warmed in %.2f s", seconds)
    return seconds


def resolvers_populate(resolver: URLResolver) -> None:
    """Import every URL configuration and view, and build the tables ``reverse()`` reads, at every level."""
    resolver.reverse_dict  # noqa: B018 - reading it builds it
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            resolvers_populate(pattern)


def templates_compile() -> int:
    """Compile every template the engines can find (the cached loader keeps them); returns how many."""
    compiled = 0
    for engine in engines.all():
        for folder in engine.template_dirs:
            for path in Path(folder).rglob("*.html"):
                try:
                    engine.get_template(str(path.relative_to(folder)))
                except TemplateSyntaxError:
                    continue  # a fragment of a third-party app that only compiles inside its parent
                compiled += 1
    return compiled
