"""Production settings for the gunicorn processes the tests start, with static files found without collectstatic."""

from casetracker.settings import *  # noqa: F403
from casetracker.settings import STORAGES

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
