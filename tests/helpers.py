"""Running manage.py in a child process, with an environment of the test's choosing."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, env=None, timeout=300, check=True):
    """Run `python manage.py ARGS` with the given environment on top of this one's."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def embedded_env(tmp_path):
    """The embedded default: an SQLite file, the file-based broker, debug on."""
    return {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'casetracker.sqlite3'}",
        "CELERY_BROKER_URL": "filesystem://",
        "CASETRACKER_VAR_DIR": str(tmp_path / "var"),
        "DJANGO_DEBUG": "1",
        "DJANGO_SECRET_KEY": "",
    }


def restore_reference_data():
    """Put back what migrations seed (courts, causes, event types, court rules, roles) after a transactional test's
    flush."""
    from importlib import import_module

    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.models import ContentType

    from casetracker.roles import sync_role_groups

    ContentType.objects.clear_cache()
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    for module, function in [
        ("cases.migrations.0002_load_federal_courts", "load"),
        ("cases.migrations.0003_seed_causes_of_action", "seed"),
        ("cases.migrations.0007_court_time_zones_and_attorney_users", "zones_set"),
        ("filings.migrations.0002_seed_event_types", "seed"),
        ("deadlines.migrations.0002_seed_rules", "seed"),
    ]:
        getattr(import_module(module), function)(apps, None)
    sync_role_groups()
