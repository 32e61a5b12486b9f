"""Throughput under load: the app's pages against a bare Django view, under the same gunicorn, in one run.

    .venv/bin/python bench/bench_load.py       # seeds ct_bench on first use (see bench_pages.py)

Debug off, production settings, sessions and the cache in Redis (CACHE_URL), 100,000 cases and 1,000,000
docket entries. For each page gunicorn is started afresh with 2 workers and wrk runs twice on loopback
(`wrk -t2 -c4 -dNs --latency`): the first run starts with the workers' first requests ("fresh"), the second
with them warm. The floor is a bare view with the same middleware and session, the same 25 rows in a plain
table (bench/bare_urls.py), with and without the list's COUNT(*), measured in the same run.

BENCH_WRK_SECONDS sets the seconds per wrk run (15); BENCH_PGBOUNCER=1 puts a PgBouncer in transaction mode
between the app and PostgreSQL; DJANGO_DB_POOL=1 (passed on to the app) turns on Django's connection pool;
BENCH_PAGES picks pages by label prefix (e.g. "list,bare").
"""

import importlib
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_pages  # noqa: E402

ROOT = bench_pages.ROOT
SECONDS = int(os.environ.get("BENCH_WRK_SECONDS", "15"))
PORT = 8097
ENV = {**bench_pages.ENV, "CACHE_URL": os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/7")}
os.environ.update(ENV)
bench_pages.ENV.update(ENV)


def wait_listening(port, timeout=20.0):
    """Wait until gunicorn accepts connections, without sending a request (the first one is measured)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"gunicorn did not listen on {port}")


def gunicorn(settings_module):
    env = {**ENV, "DJANGO_SETTINGS_MODULE": settings_module}
    command = [sys.executable, "-m", "gunicorn", "casetracker.wsgi", "--config", "casetracker/gunicorn.conf.py"]
    command += ["--bind", f"127.0.0.1:{PORT}", "--workers", "2", "--access-logfile", "/dev/null"]
    server = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    wait_listening(PORT)
    time.sleep(1.5)  # both workers forked and booted; their first request is still to come
    return server


def wrk(url, cookie):
    command = ["wrk", "-t2", "-c4", f"-d{SECONDS}s", "--latency", "-H", f"Cookie: sessionid={cookie}"]
    out = subprocess.run([*command, f"http://127.0.0.1:{PORT}{url}"], capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out:
        raise RuntimeError(f"{url}: some responses were not 200:\n{out}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50, p99 = (milliseconds(re.search(rf"\s{p}%\s+([\d.]+\w+)", out).group(1)) for p in ("50", "99"))
    return rate, p50, p99


def milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def session_cookie():
    from django.conf import settings
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="paralegal")
    session = importlib.import_module(settings.SESSION_ENGINE).SessionStore()
    session.update({"_auth_user_id": str(user.pk), "_auth_user_backend": settings.AUTHENTICATION_BACKENDS[-1],
                    "_auth_user_hash": user.get_session_auth_hash()})  # fmt: skip
    session.create()
    return session.session_key


def pages():
    big, party, _ = bench_pages.sample_targets()
    from django.db.models import Count

    from deadlines.models import Deadline

    months = Deadline.objects.values_list("due_date__year", "due_date__month").annotate(n=Count("pk")).order_by("-n")
    busiest = months.first()
    found = [
        ("bare view", "bench.bare_settings", "/"),
        ("bare view + COUNT(*)", "bench.bare_settings", "/?count=1"),
        ("list, plain", "casetracker.settings", "/"),
        ("search, a party's name", "casetracker.settings", "/?" + urlencode({"q": party})),
        ("search, docket text (broad phrase)", "casetracker.settings", "/?q=%22compel+arbitration%22"),
        ("case page, 10,000-entry docket", "casetracker.settings", f"/cases/{big}/"),
        ("case page, docket keyword", "casetracker.settings", f"/cases/{big}/?q=transcript"),
    ]
    if busiest:
        found.append(("calendar, month", "casetracker.settings", f"/calendar/?month={busiest[0]}-{busiest[1]:02d}"))
    wanted = [prefix.strip() for prefix in os.environ.get("BENCH_PAGES", "").split(",") if prefix.strip()]
    return [page for page in found if not wanted or any(page[0].startswith(prefix) for prefix in wanted)]


def pgbouncer():
    """A PgBouncer in transaction mode in front of ct_bench, for BENCH_PGBOUNCER=1; returns its process."""
    folder = Path(tempfile.mkdtemp(prefix="bench-pgbouncer-"))
    name = bench_pages.DATABASE_URL.rsplit("/", 1)[1]
    (folder / "pgbouncer.ini").write_text(
        f"[databases]\n{name} = host=127.0.0.1 port=5432 dbname={name}\n[pgbouncer]\n"
        f"listen_addr = 127.0.0.1\nlisten_port = 6439\nauth_type = trust\nauth_file = {folder}/users.txt\n"
        f"pool_mode = transaction\ndefault_pool_size = 8\nunix_socket_dir = \nlogfile = \n"
    )
    (folder / "users.txt").write_text('"root" ""\n')
    folder.chmod(0o755)
    as_root = ["-u", "nobody"] if os.geteuid() == 0 else []  # it refuses to run as root
    process = subprocess.Popen(["pgbouncer", *as_root, str(folder / "pgbouncer.ini")], stderr=subprocess.DEVNULL)
    wait_listening(6439)
    ENV.update(DATABASE_URL=f"postgres://root@127.0.0.1:6439/{name}", DJANGO_DB_PGBOUNCER="1")
    return process


def main():
    bench_pages.prepare()
    import django

    django.setup()
    bouncer = pgbouncer() if os.environ.get("BENCH_PGBOUNCER") == "1" else None
    cookie = session_cookie()
    rows = []
    for label, settings_module, url in pages():
        server = gunicorn(settings_module)
        try:
            rows.append((label, wrk(url, cookie), wrk(url, cookie)))
        finally:
            server.terminate()
            server.wait()
        print(f"  measured {label}", flush=True)
    if bouncer:
        bouncer.terminate()
    report(rows)


def report(rows):
    floor = next((warm[0] for label, _, warm in rows if label == "bare view"), None)
    print(f"\ngunicorn, 2 workers, wrk -t2 -c4 -d{SECONDS}s --latency on loopback; fresh start, then warm")
    print("| page | fresh req/s | fresh p50 ms | fresh p99 ms | warm req/s | warm p50 ms | warm p99 ms | × bare |")
    print("|---|---|---|---|---|---|---|---|")
    for label, fresh, warm in rows:
        ratio = f"{warm[0] / floor:.2f}" if floor else "—"
        cells = " | ".join(f"{value:.1f}" for value in (*fresh, *warm))
        print(f"| {label} | {cells} | {ratio} |")


if __name__ == "__main__":
    main()
