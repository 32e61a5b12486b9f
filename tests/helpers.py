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
        env={**os.environ, **(env or {})},
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
