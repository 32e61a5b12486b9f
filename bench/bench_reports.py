"""Report rendering at 1,000 and 10,000 docket entries, against a bare WeasyPrint table of the same rows.

    .venv/bin/python bench/bench_reports.py

For each size it prints wall time, pages and the peak RSS of every process involved: the bare table
renders in one fresh process (the floor); the report runs through the real pipeline, a Celery worker
with two child processes on Redis, timed from the request to the finished file. Rows are 200 characters.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://root@127.0.0.1:5432/ct_bench_reports")
BROKER_URL = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/14")
MEDIA = Path(tempfile.gettempdir()) / "casetracker-bench-media"
ENV = {
    **os.environ,
    "DATABASE_URL": DATABASE_URL,
    "CELERY_BROKER_URL": BROKER_URL,
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "bench-only-secret-key",
    "DJANGO_SECURE_SSL_REDIRECT": "0",
    "DJANGO_MEDIA_ROOT": str(MEDIA),
    "DJANGO_SETTINGS_MODULE": "casetracker.settings",
    "DJANGO_LOG_LEVEL": "WARNING",
}
SIZES = [int(size) for size in os.environ.get("BENCH_SIZES", "1000,10000").split(",")]
ROW = "ORDER granting in part and denying in part motion to dismiss; the parties shall meet and confer on a schedule for amended pleadings and file a joint case management statement within fourteen days."  # noqa: E501
FLOOR = """
import resource, sys, time
from weasyprint import HTML
rows = int(sys.argv[1]); text = sys.argv[2]
cells = "".join(f"<tr><td>{n}</td><td>Mar 4, 2024</td><td>{text}</td></tr>" for n in range(1, rows + 1))
started = time.perf_counter()
document = HTML(string=f"<table>{cells}</table>").render()
document.write_pdf()
print(time.perf_counter() - started, len(document.pages), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def setup_django():
    os.environ.update(ENV)
    import django

    create_database()
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=ENV, check=True)
    django.setup()


def create_database():
    import psycopg

    name = DATABASE_URL.rsplit("/", 1)[1]
    with psycopg.connect(DATABASE_URL.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def bench_case(rows: int):
    """A case with `rows` entries of 200 characters each, made once and kept in the bench database."""
    from cases.models import Case, Court
    from filings.models import DocketEntry

    number = f"9:24-cv-{rows:05d}"
    case, created = Case.objects.get_or_create(
        court=Court.objects.get(pk="cand"),
        docket_number=number,
        defaults={"case_name": f"Bench Docket of {rows:,} Entries v. Benchmark Corp.", "source": "synthetic"},
    )
    if created:
        DocketEntry.objects.bulk_create(
            (DocketEntry(case=case, sequence=n, entry_number=n, date_filed="2024-03-04", description=ROW[:200])
             for n in range(1, rows + 1)),
            batch_size=2000,
        )  # fmt: skip
    return case


def floor(rows: int) -> tuple[float, int, int]:
    out = subprocess.run(
        [sys.executable, "-c", FLOOR, str(rows), ROW[:200]], capture_output=True, text=True, check=True
    )
    wall, pages, rss = out.stdout.split()
    return float(wall), int(pages), int(rss)


def descendants(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    children = [int(child) for child in out.split()]
    return children + [grandchild for child in children for grandchild in descendants(child)]


def peak_rss_mib(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return 0
    line = next((line for line in status.splitlines() if line.startswith("VmHWM:")), "VmHWM: 0 kB")
    return int(line.split()[1]) // 1024


def report(rows: int, worker_pid: int) -> tuple[float, int, int]:
    from django.contrib.auth import get_user_model

    from reports.models import Report
    from reports.services import report_request

    user, _ = get_user_model().objects.get_or_create(username="bench", defaults={"is_superuser": True})
    case = bench_case(rows)
    peaks: dict[int, int] = {}
    started = time.perf_counter()
    request = report_request(case=case, user=user, options={"include_parties": True, "include_chronology": True})
    while True:
        for pid in [worker_pid, *descendants(worker_pid)]:
            peaks[pid] = max(peaks.get(pid, 0), peak_rss_mib(pid))
        done = Report.objects.get(pk=request.pk)
        if done.is_finished:
            break
        time.sleep(0.5)  # VmHWM keeps each process's peak, so sampling often would only steal CPU
    wall = time.perf_counter() - started
    if done.status != "ready":
        raise SystemExit(f"The {rows}-entry report failed: {done.error}")
    return wall, done.page_count, max(peaks.values())


def start_worker() -> subprocess.Popen:
    import redis

    redis.Redis.from_url(BROKER_URL).flushdb()
    log = open(Path(tempfile.gettempdir()) / "casetracker-bench-worker.log", "w")  # noqa: SIM115
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "casetracker", "worker", "-Q", "renders", "--concurrency", "2",
         "--loglevel", "WARNING", "--without-gossip", "--without-mingle"],
        cwd=ROOT, env=ENV, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    time.sleep(4)
    return worker


def main():
    setup_django()
    for rows in SIZES:
        bench_case(rows)
    print(f"{'rows':>7} {'what':<28} {'wall s':>8} {'pages':>6} {'peak RSS MiB':>13} {'× floor':>8}")
    worker = start_worker()
    try:
        for rows in SIZES:
            floor_wall, floor_pages, floor_rss = floor(rows)
            print(
                f"{rows:>7,} {'bare WeasyPrint table':<28} {floor_wall:8.1f} {floor_pages:6} {floor_rss:13}", flush=True
            )
            wall, pages, rss = report(rows, worker.pid)
            label = "report (worker, 2 children)"
            print(f"{rows:>7,} {label:<28} {wall:8.1f} {pages:6} {rss:13} {wall / floor_wall:8.2f}", flush=True)
    finally:
        worker.terminate()
        worker.wait(timeout=60)


if __name__ == "__main__":
    main()
