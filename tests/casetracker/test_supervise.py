"""`make run`'s supervisor: the worker and beat are two processes, and one that dies is started again."""

import os
import signal
import subprocess
import sys
import time

import pytest

from ..helpers import ROOT

pytestmark = pytest.mark.slow
# Stands in for a Celery process: notes its pid in a file named by its role, then waits to be stopped.
CHILD = "import os, pathlib, sys, time; pathlib.Path(sys.argv[1]).write_text(str(os.getpid())); time.sleep(600)"


def wait_for(condition, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(0.05)
    raise AssertionError("timed out")


def pid_in(path):
    return lambda: path.exists() and path.read_text() and int(path.read_text())


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def supervisor(tmp_path):
    commands = [f"{sys.executable} -c '{CHILD}' {tmp_path / role}" for role in ("worker", "beat")]
    process = subprocess.Popen(
        [sys.executable, "-m", "casetracker.supervise", "--interval", "0.1", "--timeout", "5", *commands],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "casetracker.settings"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    yield process
    if process.poll() is None:
        process.kill()
        process.wait()


def test_a_killed_beat_is_started_again_and_the_worker_is_left_alone(supervisor, tmp_path):
    """SIGKILL on beat: a new beat process appears; the worker keeps its pid."""
    worker, beat = (wait_for(pid_in(tmp_path / role)) for role in ("worker", "beat"))
    (tmp_path / "beat").unlink()
    os.kill(beat, signal.SIGKILL)
    new_beat = wait_for(pid_in(tmp_path / "beat"))
    assert new_beat != beat and alive(new_beat)
    assert alive(worker) and int((tmp_path / "worker").read_text()) == worker


def test_stopping_the_supervisor_stops_what_it_runs(supervisor, tmp_path):
    """SIGTERM (what `make run` sends on exit) ends both children, and the supervisor with them."""
    children = [wait_for(pid_in(tmp_path / role)) for role in ("worker", "beat")]
    supervisor.send_signal(signal.SIGTERM)
    assert supervisor.wait(timeout=20) == 0
    assert not any(alive(pid) for pid in children)
    assert "starting it again" not in supervisor.stdout.read()


def test_make_run_supervises_a_worker_and_a_separate_beat():
    """The run recipe hands the Celery commands to the supervisor: a worker per queue, and beat on its own."""
    recipe = subprocess.run(["make", "-n", "run"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    supervised = recipe[recipe.index("casetracker.supervise") :]
    assert "celery -A casetracker worker" in supervised and "--beat" not in supervised
    assert "worker -Q renders " in supervised and "worker -Q default " in supervised  # a worker per queue
    assert "celery -A casetracker beat --schedule var/celerybeat-schedule" in supervised
