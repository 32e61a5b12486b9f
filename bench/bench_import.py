"""Import every real docket sheet (district, bankruptcy, appellate) into an empty database, in one run; print
each sheet's time, and per kind the median and the slowest.

    .venv/bin/python bench/bench_import.py

It recreates its own database, ct_bench_import (BENCH_DATABASE_URL overrides), migrates it, then
imports every sheet in tests/data/pacer-dockets/ (district sheets at the top, bankruptcy/ and appellate/ below,
ACMS dockets as `.acms_json`) and devdata/data/dockets/ once, in name order, as `import_docket` does.
The two pages that are not dockets are refused, as they should be, and timed all the same.
Targets: 60 s for all on 2 cores, 1 s for any sheet of up to 200 entries.

Then it measures what keeping the calendar costs: all sheets imported into an emptied database three times
with the deadlines receiver on the docket's seam and three times without it, alternating, medians compared
(target: no more than 20% more).

The longest real sheet has 57 entries, so it then times two synthetic dockets of 200 and 2,000
entries (the CourtListener fixture's entries repeated with new numbers and dates), each imported
fresh and then again, to show how the time grows with the entries.
"""

import datetime
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHEETS = ROOT / "tests" / "data" / "pacer-dockets"
DEMO_SHEETS = ROOT / "devdata" / "data" / "dockets"  # five of the sheets ship with the demo and are kept there
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://root@127.0.0.1:5432/ct_bench_import")


def database_recreate(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def django_setup() -> None:
    os.environ.update(
        DATABASE_URL=DATABASE_URL,
        DJANGO_DEBUG="0",  # no query log kept in memory while timing
        DJANGO_SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "bench-only-secret-key"),
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casetracker.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def sheet_paths() -> list[Path]:
    district = [*SHEETS.glob("*.html"), *DEMO_SHEETS.glob("*.html")]
    bankruptcy = list((SHEETS / "bankruptcy").glob("*.html"))
    appellate = [*(SHEETS / "appellate").glob("*.html"), *(SHEETS / "appellate").glob("*.acms_json")]
    return sorted(district, key=lambda p: p.stem) + sorted(bankruptcy) + sorted(appellate)


def sheet_kind(path: Path) -> str:
    return path.parent.name if path.parent.name in ("bankruptcy", "appellate") else "district"


def kinds_summary(paths: list[Path], results: list) -> None:
    import statistics

    print(f"{'kind':<11} {'sheets':>6} {'imported':>8} {'refused':>7} {'median ms':>9}  slowest")
    for kind in ("district", "bankruptcy", "appellate", "all"):
        rows = [r for p, r in zip(paths, results, strict=True) if kind in ("all", sheet_kind(p))]
        if not rows:
            continue
        imported = sum(1 for r in rows if r[2] == "imported")
        median = statistics.median(r[1] for r in rows) * 1000
        name, seconds, _, entries = max(rows, key=lambda r: r[1])
        print(
            f"{kind:<11} {len(rows):>6} {imported:>8} {len(rows) - imported:>7} {median:>9.1f}  "
            f"{name} {seconds * 1000:.0f} ms ({entries} entries)"
        )
    print()


def sheet_import(path: Path) -> tuple[float, str, int]:
    from imports.services import docket_import
    from imports.sheet import DocketImportError

    started = time.perf_counter()
    try:
        summary = docket_import(content=path.read_bytes(), file_name=path.name)
    except DocketImportError:
        return time.perf_counter() - started, "refused", 0
    return time.perf_counter() - started, "imported", summary.entries.added


def synthetic_docket(entries: int) -> bytes:
    """tests/data/courtlistener/cand_2.json with `entries` entries and its own docket number."""
    docket = json.loads((ROOT / "tests" / "data" / "courtlistener" / "cand_2.json").read_text(encoding="utf-8"))
    model = docket["docket_entries"]
    start = datetime.date(2008, 1, 10)
    docket["docket_number"] = f"3:08-cv-{entries:05d}"
    docket["docket_entries"] = [
        {
            **model[number % len(model)],
            "entry_number": number,
            "pacer_sequence_number": number,
            "date_filed": str(start + datetime.timedelta(days=number // 3)),
            "recap_documents": [],
        }
        for number in range(1, entries + 1)
    ]
    return json.dumps(docket).encode()


def synthetic_timings() -> None:
    from imports.services import docket_import

    for entries in (200, 2000):
        content = synthetic_docket(entries)
        for attempt in ("first import", "re-import"):
            started = time.perf_counter()
            docket_import(content=content, file_name=f"synthetic-{entries}.json")
            print(f"synthetic {entries:>5} entries, {attempt:<12} {(time.perf_counter() - started) * 1000:8.1f} ms")


def all_imported(paths: list[Path]) -> float:
    from cases.models import Case

    Case.objects.all().delete()
    started = time.perf_counter()
    for path in paths:
        sheet_import(path)
    return time.perf_counter() - started


def calendar_overhead(paths: list[Path]) -> None:
    """All sheets imported with and without the calendar's receiver on the seam, alternating; medians."""
    import statistics

    from deadlines.services import on_entries_recorded
    from filings.recorded import receiver_register, receiver_unregister

    with_calendar, without = [], []
    for _ in range(3):
        receiver_unregister(on_entries_recorded)
        without.append(all_imported(paths))
        receiver_register(on_entries_recorded)
        with_calendar.append(all_imported(paths))
    on, off = statistics.median(with_calendar), statistics.median(without)
    added = (on / off - 1) * 100
    print(f"all sheets with the calendar kept {on:.2f} s, without {off:.2f} s: +{added:.0f}% (target 20%)\n")


def main() -> None:
    database_recreate(DATABASE_URL)
    django_setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    paths = sheet_paths()
    results = [(path.name, *sheet_import(path)) for path in paths]
    for (name, seconds, outcome, entries), path in zip(results, paths, strict=True):
        print(f"{sheet_kind(path):<10} {name:<24} {seconds * 1000:8.1f} ms  {outcome:<8} {entries:4d} entries")
    total = sum(seconds for _, seconds, _, _ in results)
    name, seconds, _, entries = max(results, key=lambda result: result[1])
    print(f"\n{len(results)} sheets in {total:.2f} s (target 60 s)")
    print(f"slowest: {name}, {seconds * 1000:.0f} ms for {entries} entries (target 1 s)\n")
    kinds_summary(paths, results)
    calendar_overhead(paths)
    synthetic_timings()


if __name__ == "__main__":
    main()
