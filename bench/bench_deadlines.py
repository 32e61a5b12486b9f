"""The calendar at firm scale, on the synthetic data (ct_bench, as bench_pages.py seeds it), production settings.

    .venv/bin/python bench/bench_deadlines.py      # run bench/bench_pages.py once first, to seed ct_bench

Prints: `deadlines_rebuild --workers 2` from scratch over every docket entry (target 120 s for 1,000,000) and
again over an unchanged calendar; p50/p95 of the firm calendar's month and agenda, My calendar and the 10,000-entry case
page (target p50 50 ms); and a user's ICS feed of 2,000 items, built (target 1 s) and then served from storage
(target p50 150 ms).
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_pages import ENV, REPEAT, percentile  # noqa: E402  (the same database and settings)

FEED_ITEMS = 2_000


def django_ready():
    os.environ.update(ENV)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def rebuild_timed(label: str) -> None:
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "manage.py", "deadlines_rebuild", "--batch", "2000", "--workers", "2"],
        cwd=ROOT, env=ENV, check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]  # fmt: skip
    print(f"{label:<44} {time.perf_counter() - started:7.1f} s   {out}", flush=True)


def calendar_cleared() -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM filings_docketentry")
        entries = cursor.fetchone()[0]
        cursor.execute(
            "TRUNCATE deadlines_deadline, deadlines_deadline_assigned_to, deadlines_historicaldeadline, "
            "deadlines_historicaldeadline_assigned_to, deadlines_unreaddate, deadlines_calendarfeed, "
            "deadlines_feedevent CASCADE"
        )
    return entries


def analyzed() -> None:
    """Fresh planner statistics and visibility after a third of a million rows arrived, as autovacuum gives them
    soon after."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE deadlines_deadline")


def feed_user():
    """An attorney with 2,000 deadlines assigned, and a fresh feed."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from deadlines.models import CalendarFeed, Deadline, FeedEvent

    user, _ = get_user_model().objects.get_or_create(username="bench-attorney")
    user.groups.add(Group.objects.get(name="Attorney"))
    through = Deadline.assigned_to.through
    through.objects.filter(user=user).delete()
    ids = Deadline.objects.filter(case__source="synthetic").order_by("pk").values_list("pk", flat=True)[:FEED_ITEMS]
    through.objects.bulk_create(through(deadline_id=pk, user=user) for pk in ids)
    CalendarFeed.objects.filter(user=user).delete()
    FeedEvent.objects.filter(deadline_id__in=ids).delete()  # built from nothing, as a new subscriber's is
    return user, CalendarFeed.objects.create(user=user)


def feed_timed() -> None:
    from django.test import Client

    from deadlines.feeds import feed_build
    from deadlines.models import CalendarFeed
    from deadlines.services import deadline_status_set, feed_items

    user, feed = feed_user()
    started = time.perf_counter()
    body = feed_build(feed, feed_items(user), site="https://docket.example.com")
    built = time.perf_counter() - started
    print(f"\nfeed of {body.count(b'BEGIN:VEVENT'):,} items: built in {built * 1000:.0f} ms ({len(body) / 1e6:.1f} MB)")
    deadline_status_set(deadline=feed_items(user).first(), user=user, status="done")
    started = time.perf_counter()
    feed_build(feed, feed_items(user), site="https://docket.example.com")
    print(f"one item marked done, the feed rebuilt in {(time.perf_counter() - started) * 1000:.0f} ms (target 1 s)")
    client, url = Client(), f"/calendar/feed/{CalendarFeed.objects.get(user=user).token}.ics"
    timed(client, [("feed, served as stored", url)])


def timed(client, urls) -> None:
    for label, url in urls:
        assert client.get(url).status_code == 200, url
        times = []
        for _ in range(REPEAT):
            started = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        print(f"{label:<44} {statistics.median(times):7.1f} {percentile(times, 0.95):7.1f}", flush=True)


def pages_timed() -> None:
    from django.db.models import Count
    from django.test import Client

    from cases.models import Case
    from deadlines.models import Deadline

    busiest = Deadline.objects.values_list("due_date__year", "due_date__month").annotate(n=Count("pk")).order_by("-n")
    year, month, items = busiest[0]
    big = Case.objects.annotate(n=Count("docket_entries")).filter(n__gte=10_000).values_list("pk", flat=True)[0]
    client = Client()
    assert client.login(username="paralegal", password="paralegal-demo")
    print(f"\nIn-process server time, {REPEAT} requests each after a warm-up (ms); busiest month {year}-{month:02d}, "
          f"{items:,} items:")  # fmt: skip
    print(f"{'page':<44} {'p50':>7} {'p95':>7}")
    timed(client, [
        ("calendar, month (the busiest)", f"/calendar/?month={year}-{month:02d}"),
        ("calendar, agenda", "/calendar/?view=agenda"),
        ("calendar, agenda of one court and kind", "/calendar/?view=agenda&court=cand&kind=hearing"),
        ("case page, 10,000-entry docket", f"/cases/{big}/"),
    ])  # fmt: skip


def main():
    django_ready()
    entries = calendar_cleared()
    print(f"deadlines_rebuild over {entries:,} docket entries:")
    rebuild_timed("from scratch")
    rebuild_timed("again, nothing changed")
    analyzed()
    pages_timed()
    feed_timed()


if __name__ == "__main__":
    main()
