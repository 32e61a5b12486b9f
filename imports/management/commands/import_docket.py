from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from imports.reading import size_check
from imports.services import docket_import
from imports.sheet import DocketImportError, printable


class Command(BaseCommand):
    help = (
        "Import a docket sheet into its case: a PACER docket report (district, bankruptcy or appellate) saved as "
        "HTML, or an ACMS appellate docket or a CourtListener REST API v4 docket saved as JSON. Safe to run again: "
        "a newer sheet adds only what is new."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The HTML or JSON file.")
        parser.add_argument(
            "--court",
            default="",
            help='PACER\'s court id, e.g. "cand". Checked against the court the sheet names; when left out, the '
            "sheet's own court is used, else the file name's prefix (cand_2.html is from cand).",
        )
        parser.add_argument("--user", default="", help="The username the import is recorded under in history.")

    def handle(self, *args, **options):
        path = Path(options["path"])
        if not path.is_file():
            raise CommandError(printable(f"No such file: {path}"))
        try:
            size_check(path.stat().st_size)  # before reading a huge file into memory
            summary = docket_import(
                content=path.read_bytes(),
                file_name=path.name,
                court_id=options["court"],
                user=self._user(options["user"]),
            )
        except DocketImportError as error:
            raise CommandError(printable(f"{path.name}: nothing was imported. {error}")) from None
        for line in summary.lines():
            self.stdout.write(printable(line))  # a sheet's names reach the operator's terminal: no escape sequences

    def _user(self, username):
        if not username:
            return None
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        return user
