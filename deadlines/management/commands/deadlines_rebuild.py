import time

from django.core.management.base import BaseCommand, CommandError

from cases.models import Case
from deadlines.services import deadlines_rebuild


class Command(BaseCommand):
    help = (
        "Recompute every case's deadlines and court-set dates from its docket and the rule catalogue. Safe to run "
        "again: what people did (done, vacated, overridden) stays."
    )

    def add_arguments(self, parser):
        parser.add_argument("--case", type=int, action="append", default=[], help="Only this case id (repeatable).")
        parser.add_argument("--batch", type=int, default=2000, help="Cases recomputed per transaction.")
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            help="Processes sharing the batches (PostgreSQL only); the machine's cores is a good number.",
        )

    def handle(self, *args, **options):
        cases = Case.objects.all()
        if options["case"]:
            cases = cases.filter(pk__in=options["case"])
            missing = set(options["case"]) - set(cases.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"No case with id {', '.join(map(str, sorted(missing)))}.")
        if options["batch"] < 1:
            raise CommandError("--batch must be at least 1.")
        started = time.perf_counter()
        workers = max(options["workers"], 1)
        result = deadlines_rebuild(cases=cases, batch=options["batch"], workers=workers, progress=self.progress)
        self.stdout.write(
            f"Deadlines: {result.created:,} created, {result.changed:,} changed, {result.vacated:,} vacated, "
            f"in {time.perf_counter() - started:.1f} s."
        )

    def progress(self, done: int, total: int) -> None:
        if done == total or done % 20_000 < 2000:
            self.stdout.write(f"  {done:,} of {total:,} cases", ending="\n")
