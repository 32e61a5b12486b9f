"""Server times of the case pages at firm scale, on PostgreSQL, with production settings.

    .venv/bin/python bench/bench_pages.py            # seeds ct_bench on first use (about 80 s)

Prints p50/p95 of in-process request times (the full Django stack: middleware, queries, templates)
for the plain list, a filtered list, two full-text searches and the 10,000-entry case page, then
throughput and latency under gunicorn with wrk on loopback, bounded to a few seconds per URL.
"""

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://root@127.0.0.1:5432/ct_bench")
STATIC_ROOT = Path(tempfile.gettempdir()) / "casetracker-bench-static"
ENV = {
    **os.environ,
    "DATABASE_URL": DATABASE_URL,
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "bench-only-secret-key",
    "DJANGO_SECURE_SSL_REDIRECT": "0",
    "DJANGO_ALLOWED_HOSTS": "testserver,127.0.0.1",
    "DJANGO_STATIC_ROOT": str(STATIC_ROOT),
    "DJANGO_LOG_LEVEL": "WARNING",
    "DJANGO_SETTINGS_MODULE": "casetracker.settings",
}
REPEAT = int(os.environ.get("BENCH_REPEAT", "40"))
WRK_SECONDS = int(os.environ.get("BENCH_WRK_SECONDS", "10"))


def manage(*args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=ENV, check=True)


def create_database():
    import psycopg

    name = DATABASE_URL.rsplit("/", 1)[1]
    with psycopg.connect(DATABASE_URL.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def prepare():
    create_database()
    manage("migrate", "--noinput", "-v0")
    manage("load_demo", "--allow-published-passwords")
    import django

    os.environ.update(ENV)
    sys.path.insert(0, str(ROOT))
    django.setup()
    from cases.models import Case

    if not Case.objects.filter(source="synthetic").exists():
        print("Seeding 100,000 synthetic cases and 1,000,000 docket entries...", flush=True)
        manage("seed_synthetic", "--workers", "2")
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    manage("collectstatic", "--noinput", "-v0")


def sample_targets():
    """A 10,000-entry case, and a party name and a contract reference from ordinary synthetic cases."""
    from django.db.models import Count

    from cases.models import Case
    from devdata.synthetic import matter_reference

    synthetic = Case.objects.filter(source="synthetic").order_by("pk")
    big = synthetic.annotate(n=Count("docket_entries")).filter(n__gte=10_000).values_list("pk", flat=True)[0]
    middle = synthetic[synthetic.count() // 2]
    party = middle.case_parties.select_related("party").first().party.name
    return big, party, matter_reference(synthetic[synthetic.count() // 3].pk)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def time_in_process(urls):
    from django.test import Client

    client = Client()
    assert client.login(username="paralegal", password="paralegal-demo")
    print(f"\nIn-process server time, {REPEAT} requests each after a warm-up (ms):")
    print(f"{'page':<44} {'p50':>7} {'p95':>7}")
    for label, url in urls:
        assert client.get(url).status_code == 200, url
        times = []
        for _ in range(REPEAT):
            started = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        print(f"{label:<44} {statistics.median(times):7.1f} {percentile(times, 0.95):7.1f}", flush=True)


def session_cookie():
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    user = get_user_model().objects.get(username="paralegal")
    session = SessionStore()
    session.update({"_auth_user_id": str(user.pk), "_auth_user_backend": "django.contrib.auth.backends.ModelBackend",
                    "_auth_user_hash": user.get_session_auth_hash()})  # fmt: skip
    session.create()
    return session.session_key


def time_under_gunicorn(urls):
    port = "8099"
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "casetracker.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        cwd=ROOT,
        env=ENV,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(3)
        cookie = f"Cookie: sessionid={session_cookie()}"
        print(f"\ngunicorn (2 workers) under wrk -t2 -c4 -d{WRK_SECONDS}s on loopback:")
        print(f"{'page':<44} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7}")
        for label, url in urls:
            out = subprocess.run(
                ["wrk", "-t2", "-c4", f"-d{WRK_SECONDS}s", "--latency", "-H", cookie, f"http://127.0.0.1:{port}{url}"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            rate = re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)
            p50, p99 = (re.search(rf"\s{p}%\s+([\d.]+\w+)", out).group(1) for p in ("50", "99"))
            print(f"{label:<44} {float(rate):7.1f} {p50:>7} {p99:>7}", flush=True)
    finally:
        server.terminate()
        server.wait()


def main():
    prepare()
    big, party, matter = sample_targets()
    urls = [
        ("list, plain (100,000 cases)", "/"),
        ("list, filtered (court, status, class action)", "/?court=cand&status=open&is_class_action=true"),
        ("list, filtered and sorted by name", "/?status=terminated&filed_from=2020-01-01&sort=name"),
        ("search, a party's name", "/?" + urlencode({"q": party})),
        ("search, docket text (a contract reference)", "/?" + urlencode({"q": matter})),
        ("search, a phrase in most dockets (stress)", "/?q=%22compel+arbitration%22"),
        ("case page, 10,000-entry docket", f"/cases/{big}/"),
        ("case page, 10,000-entry docket, page 150", f"/cases/{big}/?page=150"),
        ("case page, docket keyword filter", f"/cases/{big}/?q=transcript"),
    ]
    print(f"party searched: {party!r}; contract reference searched: {matter!r}")
    time_in_process(urls)
    time_under_gunicorn([urls[0], urls[3], urls[6]])


if __name__ == "__main__":
    main()
