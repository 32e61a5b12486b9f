"""A web worker builds at start what its first request would otherwise build, so that request is as fast as the
next: checked in a fresh process, against the test database, before and after ``warm()``."""

import json

import pytest

from ..helpers import manage
from .test_gunicorn import shared_database_url

pytestmark = pytest.mark.django_db

PROBE = """
import json, sys
from django.template import engines
from django.urls import get_resolver
from django.utils import translation
from cases import choices
from casetracker.warmup import warm

def state():
    loader = engines["django"].engine.template_loaders[0]
    resolver = get_resolver()
    return {
        "templates": sorted(name for name in loader.get_template_cache if isinstance(name, str)),
        "views": sorted(name for name in sys.modules if name.endswith(".views") and name.split(".")[0] in
                        {"cases", "casefile", "filings", "deadlines", "imports", "notes", "reports", "appeals"}),
        "reverse_built": bool(resolver._reverse_dict),
        "catalogs": bool(getattr(translation.trans_real, "_translations", {})),
        "choices_kept": bool(choices._kept),
        "pdf_libraries": sorted({"weasyprint", "pypdf"} & set(sys.modules)),
    }

before = state()
warm()
print(json.dumps({"before": before, "after": state()}))
"""


def test_warming_builds_what_the_first_request_would(settings):
    env = {"DATABASE_URL": shared_database_url(), "DJANGO_LOG_LEVEL": "WARNING"}
    result = json.loads(manage("shell", "-c", PROBE, env=env).stdout.strip().splitlines()[-1])
    before, after = result["before"], result["after"]
    assert before["templates"] == [] and not before["reverse_built"] and not before["choices_kept"]
    assert {"base.html", "cases/case_list.html", "casefile/case_detail.html", "django/forms/widgets/input.html"} <= set(
        after["templates"]
    )
    assert {"cases.views", "casefile.views", "deadlines.views", "reports.views"} <= set(after["views"])
    assert after["reverse_built"] and after["catalogs"] and after["choices_kept"]
    assert after["pdf_libraries"] == []  # warming loads nothing the worker alone needs
