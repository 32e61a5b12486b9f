"""A web process loads no PDF library: the renderer and the joiner are the worker's alone."""

import json

from ..helpers import embedded_env, manage

PDF_LIBRARIES = ("weasyprint", "pypdf", "reportlab")
# Load the URL configuration (and so every view it names), every app's views module and the admin, then send
# a report job the way a web request does; print which PDF libraries came along.
PROBE = """
import importlib, json, sys
from django.apps import apps
from django.urls import get_resolver
get_resolver().url_patterns
for app in apps.get_app_configs():
    try:
        importlib.import_module(f"{app.name}.views")
    except ModuleNotFoundError as error:
        if error.name != f"{app.name}.views":
            raise
from reports.dispatch import PLAN, send
assert send(PLAN, 1)
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules} & {%s})))
"""


def test_the_web_process_never_imports_a_pdf_library(tmp_path):
    """URL configuration, views, admin and sending a report job leave WeasyPrint, pypdf and ReportLab unloaded."""
    names = ", ".join(repr(name) for name in PDF_LIBRARIES)
    result = manage("shell", "-c", PROBE % names, env=embedded_env(tmp_path))
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_the_probe_sees_a_pdf_library_when_one_is_loaded(tmp_path):
    """The check has teeth: loading the worker's task module brings the libraries in."""
    probe = "import sys, reports.tasks; print(sorted(n for n in ('weasyprint', 'pypdf') if n in sys.modules))"
    result = manage("shell", "-c", probe, env=embedded_env(tmp_path))
    assert result.stdout.strip().splitlines()[-1] == "['pypdf', 'weasyprint']", result.stdout
