"""Real Celery worker processes against Redis and the test database: a pytest plugin, loaded by tests/conftest.py."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection

from ..helpers import ROOT

STALE_SECONDS = 3
ALL_QUEUES = "renders,default"


class Worker:
    """A `celery worker` child process; its log is kept for the test's failure output."""

    def __init__(self, env: dict, log: Path, *args: str, wait: bool = True):
        self.log = log
        self.terminated = False
        if "--beat" in args:  # beat keeps its schedule in a file: the test's own folder, never the repository
            args = (*args, "--schedule", str(log.with_suffix(".beat-schedule")))
        if "-Q" not in args:  # a test's worker does every kind of work unless it names its queues
            args = (*args, "-Q", ALL_QUEUES)
        command = [sys.executable, "-m", "celery", "-A", "casetracker", "worker", "--loglevel", "INFO",
                   "--without-gossip", "--without-mingle", *args]  # fmt: skip
        self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
        if wait:  # a test starting several workers may wait for them all at once (`wait_for("ready.")`)
            self.wait_for("ready.")

    def wait_for(self, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.log.read_text(errors="replace"):
                return
            if self.process.poll() is not None:
                raise AssertionError(f"The worker exited:\n{self.log.read_text()}")
            time.sleep(0.2)
        raise AssertionError(f"The worker never said {text!r}:\n{self.log.read_text()}")

    def children(self) -> list[int]:
        out = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True).stdout
        return [int(pid) for pid in out.split()]

    def kill(self) -> None:
        for pid in [*self.children(), self.process.pid]:
            os.kill(pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def terminate(self) -> None:
        """Ask for a warm shutdown, once."""
        if self.process.poll() is None and not self.terminated:
            self.process.send_signal(signal.SIGTERM)
            self.terminated = True

    def stop(self) -> None:
        self.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.kill()


def child_env(broker_url: str, **extra) -> dict:
    database = connection.settings_dict
    url = (
        f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/{database['NAME']}"
    )
    return {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DATABASE_URL": url,
        "CELERY_BROKER_URL": broker_url,
        "DJANGO_MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "REPORT_STALE_SECONDS": str(STALE_SECONDS),
        **extra,
    }


@pytest.fixture
def stale_seconds(settings):
    """The test process and its workers give a silent worker the same short time."""
    settings.REPORT_STALE_SECONDS = STALE_SECONDS
    return STALE_SECONDS


@pytest.fixture
def clean_broker():
    """An empty queue in this suite's own Redis database."""
    redis.Redis.from_url(settings.CELERY_BROKER_URL).flushdb()
    return settings.CELERY_BROKER_URL


@pytest.fixture
def start_worker(tmp_path, clean_broker, stale_seconds):
    workers = []

    def start(*args, broker_url=None, wait=True, **env):
        log = tmp_path / f"worker-{len(workers)}.log"
        worker = Worker(child_env(broker_url or clean_broker, **env), log, *args, wait=wait)
        workers.append(worker)
        return worker

    yield start
    for worker in workers:  # all shut down at once: each takes seconds
        worker.terminate()
    for worker in workers:
        worker.stop()


def wait_until(check, timeout: float = 90, interval: float = 0.3, message: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"Timed out waiting for {message}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
