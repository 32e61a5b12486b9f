from django.core.management.base import BaseCommand

from filings.reclassify import entries_reclassify, retypings


class Command(BaseCommand):
    help = (
        "Re-type imported docket entries with the current event classifier. Only types the importer (or this "
        "command) set, or none, change; a type a person chose is kept. --dry-run prints the changes only."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Print what would change; write nothing.")
        parser.add_argument("--case", type=int, action="append", dest="cases", help="Only this case id (repeatable).")

    def handle(self, *args, **options):
        retyped = list(retypings(case_ids=options["cases"]))
        for item in retyped:
            entry = item.entry
            number = f"No. {entry.entry_number}" if entry.entry_number else f"entry of {entry.date_filed}"
            self.stdout.write(
                f"case {entry.case_id} {number}: {item.old_code or '(none)'} -> {item.new_code or '(none)'}"
                f"  {_shown(entry.description)}"
            )
        if options["dry_run"]:
            self.stdout.write(f"{len(retyped)} entries would be re-typed (dry run: nothing written).")
            return
        self.stdout.write(f"{entries_reclassify(retyped=retyped)} entries re-typed.")


def _shown(text: str) -> str:
    """The text's start, on one line and without control characters that would reach the operator's terminal."""
    return "".join(ch for ch in " ".join(text.split()) if ch.isprintable())[:70]
