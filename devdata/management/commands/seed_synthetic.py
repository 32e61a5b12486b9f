import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from cases.models import Case
from deadlines.services import deadlines_rebuild
from devdata.synthetic import Seeder, SeedSize, synthetic_delete


class Command(BaseCommand):
    help = (
        "Generate SYNTHETIC firm-scale data (default: 100,000 cases and 1,000,000 docket entries, ten of them "
        "10,000-entry dockets) for load tests. Every case is labelled synthetic. PostgreSQL only."
    )

    def add_arguments(self, parser):
        defaults = SeedSize()
        parser.add_argument("--cases", type=int, default=defaults.cases)
        parser.add_argument("--entries", type=int, default=defaults.entries)
        parser.add_argument("--big-cases", type=int, default=defaults.big_cases, help="Cases given --big-size entries.")
        parser.add_argument("--big-size", type=int, default=defaults.big_size)
        parser.add_argument("--seed", type=int, default=defaults.seed, help="The same seed gives the same data.")
        parser.add_argument("--replace", action="store_true", help="Delete the synthetic data already there first.")
        parser.add_argument("--workers", type=int, default=1, help="Processes that compute the calendar afterwards.")

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError(
                "seed_synthetic loads with PostgreSQL's COPY; set DATABASE_URL to a PostgreSQL database."
            )
        size = SeedSize(*(options[key] for key in ("cases", "entries", "big_cases", "big_size", "seed")))
        if min(size.cases, size.entries, size.big_cases, size.big_size) < 0 or size.cases < 2:
            raise CommandError("Sizes must be positive, with at least 2 cases.")
        existing = Case.objects.filter(source=Case.Source.SYNTHETIC).count()
        if existing and not options["replace"]:
            raise CommandError(f"{existing:,} synthetic cases are already here. Pass --replace to make a new set.")
        started = time.perf_counter()
        with transaction.atomic():
            if existing:
                self.stdout.write(f"Deleted {synthetic_delete():,} synthetic cases.")
            report = Seeder(size).run()
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"SYNTHETIC data: {report.cases:,} cases, {report.parties:,} parties, {report.claims:,} claims, "
            f"{report.entries:,} docket entries in {elapsed:.1f} s."
        )
        started = time.perf_counter()
        synthetic = Case.objects.filter(source=Case.Source.SYNTHETIC)
        calendar = deadlines_rebuild(cases=synthetic, workers=options["workers"])
        self.stdout.write(
            f"Their calendar: {calendar.created:,} deadlines and hearings in {time.perf_counter() - started:.1f} s."
        )
