"""The floor for bench_load.py: the app's own settings (middleware, sessions, login), its URLs replaced by one view."""

from casetracker.settings import *  # noqa: F403

ROOT_URLCONF = "bench.bare_urls"
