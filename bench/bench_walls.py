"""What matter walls cost the case list and search, at firm scale (ct_bench, as bench_pages.py seeds it).

    .venv/bin/python bench/bench_walls.py

Restricts 1,000 synthetic cases (the paralegal on the team of 10 of them) and puts 200 screens in place (20 of
them screening the paralegal), then times the list and searches as the paralegal, in one process, two ways in
alternating rounds: through the rule as it was before walls (every case, no subquery) and through the rule
with walls. Prints p50/p95 of each and the ratio (target: walls within 1.10 of before). The walls are removed
at the end, so the other benchmarks see the data as seeded.
"""

import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_pages import REPEAT, percentile, prepare, sample_targets  # noqa: E402  (the same database and settings)

RESTRICTED, SCREENS, ROUNDS = 1_000, 200, 4


def walls_build():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from cases.models import Case, MatterMember, Screen

    walls_remove()
    chosen = Case.objects.filter(source="synthetic").order_by("?").values_list("pk", flat=True)
    synthetic = list(chosen[: RESTRICTED + SCREENS])
    restricted, screened = synthetic[:RESTRICTED], synthetic[RESTRICTED:]
    Case.objects.filter(pk__in=restricted).update(access=Case.Access.TEAM)
    paralegal = get_user_model().objects.get(username="paralegal")
    others = [get_user_model().objects.get_or_create(username=f"bench-lawyer-{n}")[0] for n in range(10)]
    for user in others:
        user.groups.add(Group.objects.get(name="Attorney"))
    MatterMember.objects.bulk_create(MatterMember(case_id=pk, user=paralegal) for pk in restricted[:10])
    MatterMember.objects.bulk_create(MatterMember(case_id=pk, user=others[n % 10]) for n, pk in enumerate(restricted))
    users = [paralegal] * 20 + [others[n % 10] for n in range(SCREENS - 20)]
    Screen.objects.bulk_create(
        Screen(case_id=pk, user=user, reason="bench") for pk, user in zip(screened, users, strict=True)
    )
    print(f"walls: {RESTRICTED:,} restricted cases, {SCREENS} screens (20 of the paralegal's)", flush=True)


def walls_remove():
    from django.db import connection

    from cases.models import Case, MatterMember, Screen

    Screen.objects.filter(reason="bench").delete()
    MatterMember.objects.all().delete()
    Case.objects.filter(access=Case.Access.TEAM).update(access=Case.Access.FIRM)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE cases_case")


def timed(client, url, rounds):
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        assert client.get(url).status_code == 200, url
        times.append((time.perf_counter() - started) * 1000)
    return times


def compare(urls):
    from django.db.models import Q
    from django.test import Client

    from cases import access

    walled_rule = access.case_rule
    before_rule = lambda user: Q() if user.is_active and user.has_perm(access.VIEW_CASE) else None  # noqa: E731
    client = Client()
    assert client.login(username="paralegal", password="paralegal-demo")
    print(f"\n{REPEAT} requests per page each way, in {ROUNDS} alternating rounds (ms):")
    print(f"{'page':<44} {'before p50':>10} {'walls p50':>10} {'before p95':>10} {'walls p95':>10} {'ratio':>6}")
    for label, url in urls:
        before, walled = [], []
        client.get(url)
        for _ in range(ROUNDS):
            access.case_rule = before_rule
            before += timed(client, url, REPEAT // ROUNDS)
            access.case_rule = walled_rule
            walled += timed(client, url, REPEAT // ROUNDS)
        ratio = statistics.median(walled) / statistics.median(before)
        print(
            f"{label:<44} {statistics.median(before):10.1f} {statistics.median(walled):10.1f} "
            f"{percentile(before, 0.95):10.1f} {percentile(walled, 0.95):10.1f} {ratio:6.2f}",
            flush=True,
        )
    access.case_rule = walled_rule


def main():
    prepare()
    _, party, matter = sample_targets()
    walls_build()
    try:
        compare([
            ("list, plain (100,000 cases)", "/"),
            ("list, filtered (court, status, class action)", "/?court=cand&status=open&is_class_action=true"),
            ("list, filtered and sorted by name", "/?status=terminated&filed_from=2020-01-01&sort=name"),
            ("search, a party's name", "/?" + urlencode({"q": party})),
            ("search, docket text (a contract reference)", "/?" + urlencode({"q": matter})),
        ])  # fmt: skip
    finally:
        walls_remove()


if __name__ == "__main__":
    main()
