"""Synthetic firm-scale data for load tests: realistic in shape, clearly labelled, never real matters.

Every case it makes has source "synthetic", and its parties' names end in a serial number. Rows go in
with PostgreSQL's COPY; the search triggers on cases are paused during the load and the vectors are
built once, set-wise, at the end (the docket-entry trigger stays on: it costs nothing extra per row).
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import connection, transaction
from django.utils import timezone

from cases.models import Case, CauseOfAction
from filings.models import EventType

from .synthetic_text import AGREEMENTS, FIRST, LAST, ORG_HEADS, ORG_TAILS, ROUTINE, entry_text

COURTS = [
    ("cand", "3"),
    ("cacd", "2"),
    ("nysd", "1"),
    ("ilnd", "1"),
    ("txsd", "4"),
    ("njd", "2"),
    ("dcd", "1"),
    ("mad", "1"),
    ("wawd", "2"),
    ("flsd", "0"),
    ("casd", "3"),
    ("gand", "1"),
    ("paed", "2"),
    ("ded", "1"),
]
NATURES = [
    "190 Contract: Other",
    "890 Other Statutory Actions",
    "360 P.I.: Other",
    "470 Racketeer/Corrupt Organization",
    "370 Other Fraud",
    "830 Patent",
    "840 Trademark",
    "410 Anti-Trust",
    "480 Consumer Credit",
]
REFRESH_SYNTHETIC = (
    "SELECT casetracker_case_search_refresh(ARRAY(SELECT id FROM cases_case WHERE source = 'synthetic'))"
)
CASE_TRIGGERS = [
    "cases_case.case_search_vector",
    "cases_caseparty.case_party_search",
    "cases_representation.representation_search",
    "cases_claim.claim_search",
    "cases_reliefsought.relief_search",
    "filings_chronologyfact.fact_search",
    "filings_docketentry.docket_entries_removed",
]


@dataclass(frozen=True)
class SeedSize:
    cases: int = 100_000
    entries: int = 1_000_000
    big_cases: int = 10
    big_size: int = 10_000
    seed: int = 20250121


@dataclass
class SeedReport:
    cases: int = 0
    parties: int = 0
    entries: int = 0
    claims: int = 0


def reserve_ids(table: str, count: int) -> range:
    """Take a block of ids from the table's sequence, so COPY can write keys the children refer to."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table])
        sequence = cursor.fetchone()[0]
        cursor.execute("SELECT nextval(%s)", [sequence])
        first = cursor.fetchone()[0]
        cursor.execute("SELECT setval(%s, %s)", [sequence, first + count])
    return range(first, first + count)


def copy_rows(table: str, columns: list[str], rows) -> int:
    count = 0
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def set_case_triggers(enabled: bool) -> None:
    """Pause or resume the case-vector triggers (inside the caller's transaction, so a failure undoes it)."""
    verb = "ENABLE" if enabled else "DISABLE"
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # ALTER TABLE refuses while deferred checks are queued
        for qualified in CASE_TRIGGERS:
            table, trigger = qualified.split(".")
            cursor.execute(f"ALTER TABLE {table} {verb} TRIGGER {trigger}")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")


SYNTHETIC_DELETES = [
    "DELETE FROM deadlines_deadline_assigned_to a USING deadlines_deadline d, cases_case c "
    "WHERE a.deadline_id = d.id AND d.case_id = c.id AND c.source = 'synthetic'",
    "DELETE FROM deadlines_unreaddate u USING cases_case c WHERE u.case_id = c.id AND c.source = 'synthetic'",
    "DELETE FROM deadlines_deadline d USING cases_case c WHERE d.case_id = c.id AND c.source = 'synthetic'",
    "DELETE FROM filings_docketentry d USING cases_case c WHERE d.case_id = c.id AND c.source = 'synthetic'",
    "DELETE FROM filings_chronologyfact f USING cases_case c WHERE f.case_id = c.id AND c.source = 'synthetic'",
    "DELETE FROM cases_claim_asserted_by a USING cases_claim m, cases_case c "
    "WHERE a.claim_id = m.id AND m.case_id = c.id AND c.source = 'synthetic'",
    "DELETE FROM cases_claim_asserted_against a USING cases_claim m, cases_case c "
    "WHERE a.claim_id = m.id AND m.case_id = c.id AND c.source = 'synthetic'",
    "DELETE FROM cases_reliefsought r USING cases_claim m, cases_case c "
    "WHERE r.claim_id = m.id AND m.case_id = c.id AND c.source = 'synthetic'",
    "DELETE FROM cases_claim m USING cases_case c WHERE m.case_id = c.id AND c.source = 'synthetic'",
    "DELETE FROM cases_representation r USING cases_caseparty p, cases_case c "
    "WHERE r.case_party_id = p.id AND p.case_id = c.id AND c.source = 'synthetic'",
    "DELETE FROM cases_caseparty p USING cases_case c WHERE p.case_id = c.id AND c.source = 'synthetic'",
    "DELETE FROM cases_case WHERE source = 'synthetic'",
    "DELETE FROM cases_party p WHERE p.name ~ ' #[0-9]+$' "
    "AND NOT EXISTS (SELECT 1 FROM cases_caseparty cp WHERE cp.party_id = p.id)",
]


def synthetic_delete() -> int:
    """Remove every synthetic case and what hangs off it, set-wise rather than by row-by-row cascades."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM cases_case WHERE source = 'synthetic'")
        count = cursor.fetchone()[0]
        set_case_triggers(False)
        for statement in SYNTHETIC_DELETES:
            cursor.execute(statement)
        set_case_triggers(True)
    return count


def matter_reference(case_id: int) -> str:
    """The contract a synthetic case is about, named in its docket text: a selective term for search tests."""
    return f"{AGREEMENTS[case_id % len(AGREEMENTS)]} No. SX-{case_id}"


class Seeder:
    """Generates one synthetic data set of the given size, deterministically from its seed."""

    def __init__(self, size: SeedSize):
        self.size = size
        self.rng = random.Random(size.seed)
        self.now = timezone.now()
        self.event_types = dict(EventType.objects.values_list("code", "id"))
        self.causes = list(CauseOfAction.objects.values_list("id", flat=True))
        self.report = SeedReport()

    @transaction.atomic
    def run(self) -> SeedReport:
        set_case_triggers(False)
        parties = self.seed_parties(max(self.size.cases // 2, 50))
        cases = self.seed_cases()
        self.seed_case_parties(cases, parties)
        self.seed_claims(cases)
        self.seed_entries(cases, parties)
        set_case_triggers(True)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT casetracker_case_search_refresh(ARRAY(SELECT id FROM cases_case WHERE source = 'synthetic'))"
            )
        return self.report

    def seed_parties(self, count: int) -> list[int]:
        ids = reserve_ids("cases_party", count)
        self.party_names = {pk: self.party_name(pk) for pk in ids}
        rows = ((pk, name, "organization" if pk % 3 else "person", "") for pk, name in self.party_names.items())
        self.report.parties = copy_rows("cases_party", ["id", "name", "kind", "description"], rows)
        return list(ids)

    def party_name(self, pk: int) -> str:
        pick = self.rng.choice
        if pk % 3:
            return f"{pick(ORG_HEADS)} {pick(ORG_TAILS)} #{pk}"
        return f"{pick(FIRST)} {pick(LAST)} #{pk}"

    def seed_cases(self) -> list[tuple[int, date, date | None]]:
        ids = reserve_ids("cases_case", self.size.cases)
        cases = [(pk, *self.case_dates()) for pk in ids]
        columns = [
            "id",
            "court_id",
            "docket_number",
            "dn_office",
            "dn_year",
            "dn_case_type",
            "dn_sequence",
            "dn_judge_initials",
            "case_name",
            "short_name",
            "division",
            "nature_of_suit",
            "cause",
            "jurisdiction_basis",
            "jury_demand",
            "assigned_to",
            "referred_to",
            "date_filed",
            "date_terminated",
            "status",
            "disposition",
            "is_class_action",
            "class_definition",
            "class_certification",
            "class_notes",
            "source",
            "created_at",
            "updated_at",
        ]
        self.report.cases = copy_rows("cases_case", columns, (self.case_row(n, *case) for n, case in enumerate(cases)))
        return cases

    def case_dates(self) -> tuple[date, date | None]:
        filed = date(2015, 1, 1) + timedelta(days=self.rng.randrange(3_900))
        if self.rng.random() < 0.55:
            return filed, min(filed + timedelta(days=self.rng.randrange(30, 1_500)), date(2026, 6, 30))
        return filed, None

    def case_row(self, n: int, pk: int, filed: date, terminated: date | None) -> tuple:
        court, office = COURTS[n % len(COURTS)]
        yy, sequence = filed.year % 100, 50_000 + n // len(COURTS) % 49_999
        docket = f"{office}:{yy:02d}-cv-{sequence:05d}"
        name = f"{self.rng.choice(LAST)} v. {self.rng.choice(ORG_HEADS)} {self.rng.choice(ORG_TAILS)}"
        status = Case.Status.TERMINATED if terminated else Case.Status.OPEN
        disposition = self.rng.choice(["settled", "vol_dismissed_wop", "judgment_defendant"]) if terminated else ""
        class_action = n % 7 == 0
        return (
            pk,
            court,
            docket,
            office,
            filed.year,
            "cv",
            sequence,
            "",
            name,
            "",
            "",
            self.rng.choice(NATURES),
            "28:1332 Diversity-Breach of Contract",
            "Diversity",
            self.rng.choice(["Plaintiff", "Both", "None"]),
            "",
            "",
            filed,
            terminated,
            status,
            disposition,
            class_action,
            "All persons similarly situated (synthetic)" if class_action else "",
            "not_certified" if class_action else "",
            "",
            "synthetic",
            self.now,
            self.now,
        )

    def seed_case_parties(self, cases, parties) -> None:
        rows = []
        for pk, _, _ in cases:
            plaintiff, defendant = self.rng.sample(parties, 2)
            rows += [(pk, plaintiff, "plaintiff", "", "", None), (pk, defendant, "defendant", "", "", None)]
        copy_rows(
            "cases_caseparty", ["case_id", "party_id", "role", "role_text", "description", "date_terminated"], rows
        )
        self.case_parties = {pk: (rows[i * 2][1], rows[i * 2 + 1][1]) for i, (pk, _, _) in enumerate(cases)}

    def seed_claims(self, cases) -> None:
        counts = [self.rng.randint(1, 3) for _ in cases]
        ids = iter(reserve_ids("cases_claim", sum(counts)))
        claims, links = [], []
        for (pk, _, terminated), count in zip(cases, counts, strict=True):
            for number in range(1, count + 1):
                claim = next(ids)
                status = ("dismissed_wop", terminated) if terminated else ("pending", None)
                claims.append((claim, pk, number, self.rng.choice(self.causes), "", *status))
                links.append((claim, *self.case_parties[pk]))
        columns = ["id", "case_id", "count_number", "cause_of_action_id", "summary", "status", "status_date"]
        self.report.claims = copy_rows("cases_claim", columns, claims)
        copy_rows("cases_claim_asserted_by", ["claim_id", "party_id"], ((c, p) for c, p, _ in links))
        copy_rows("cases_claim_asserted_against", ["claim_id", "party_id"], ((c, d) for c, _, d in links))

    def entry_counts(self, count: int) -> list[int]:
        big = min(self.size.big_cases, count)
        rest = max(self.size.entries - big * self.size.big_size, 0)
        small = count - big
        base, extra = divmod(rest, small) if small else (0, 0)
        return [self.size.big_size] * big + [base + (1 if n < extra else 0) for n in range(small)]

    def seed_entries(self, cases, parties) -> None:
        columns = [
            "case_id",
            "entry_number",
            "sequence",
            "date_filed",
            "date_entered",
            "event_type_id",
            "description",
            "filed_by_id",
            "page_count",
            "document",
            "dismissal_prejudice",
            "pacer_doc_id",
            "pacer_seq_no",
            "created_at",
            "import_key",
            "number_repeated",
        ]
        rows = (
            row
            for case, count in zip(cases, self.entry_counts(len(cases)), strict=True)
            for row in self.docket(case, count)
        )
        self.report.entries = copy_rows("filings_docketentry", columns, rows)

    def docket(self, case, count: int):
        pk, filed, terminated = case
        span = max(((terminated or date(2026, 6, 30)) - filed).days, 1)
        plaintiff, defendant = self.case_parties[pk]
        matter = matter_reference(pk)
        for number in range(1, count + 1):
            on = filed + timedelta(days=(number - 1) * span // max(count, 1))
            code = "complaint" if number == 1 else self.rng.choice(ROUTINE)
            filer = plaintiff if number == 1 else self.rng.choice((plaintiff, defendant, None))
            text = entry_text(code, number, self.rng, matter=matter, filer=self.party_names.get(filer, "the court"))
            yield (
                pk,
                number,
                number,
                on,
                on,
                self.event_types[code],
                text,
                filer,
                self.rng.randint(1, 40),
                "",
                "",
                "",
                "",
                self.now,
                "",
                False,
            )
