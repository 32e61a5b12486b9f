"""Importing a docket: read a file into a DocketSheet, then apply the sheet to its case in one transaction.

The two halves stand apart, so a webhook or an API client can hand over a sheet without a file.
"""

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from cases.court_ids import court_aliases, court_find, unknown_court_message
from cases.docket_numbers import parse_docket_number
from cases.models import Case, Court
from cases.walls import refusal_log
from filings.recorded import Source, entries_recorded

from .mapper import Written, sheet_write
from .mapper.common import Tally, Writer
from .models import DocketImport
from .reading import sheet_read, text_read
from .restricted import sheet_scrub
from .sheet import DocketImportError, DocketSheet, printable, sheet_text_check

CASE_ACTIONS = {"created": "new case opened", "updated": "case details updated", "unchanged": "case details unchanged"}
SOURCE_NAMES = {
    DocketImport.Source.PACER: "PACER sheet",
    DocketImport.Source.PACER_APPELLATE: "PACER appellate docket",
    DocketImport.Source.ACMS: "ACMS appellate docket",
    DocketImport.Source.COURTLISTENER: "CourtListener docket",
}


@dataclass
class ImportSummary:
    case: Case
    case_action: str  # "created", "updated" or "unchanged": the case's own fields, not its parties or docket
    parties: Tally
    counsel: Tally
    entries: Tally
    record: DocketImport
    warnings: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # "Linked to the case below: ...", one line per appeal linked

    @property
    def case_action_text(self) -> str:
        return CASE_ACTIONS[self.case_action]

    @property
    def tallies(self) -> list[tuple[str, Tally]]:
        return [("Parties", self.parties), ("Counsel", self.counsel), ("Docket entries", self.entries)]

    def lines(self) -> list[str]:
        """The summary as a person reads it, one line each."""
        lines = [f"{self.case}: {self.case_action_text}."]
        for label, tally in self.tallies:
            lines.append(f"{label}: {tally.added} added, {tally.changed} changed, {tally.unchanged} unchanged")
        return lines + self.links + [f"Note: {warning}" for warning in self.warnings]


def docket_import(*, content: bytes, file_name: str = "", court_id: str = "", user=None) -> ImportSummary:
    """Import a PACER docket report (HTML) or a CourtListener docket (JSON) into its case.

    Re-importing a sheet changes nothing; a newer sheet adds what is new. Raises DocketImportError,
    having written nothing, when the file cannot be imported.
    """
    sheet = docket_sheet_read(content=content, file_name=file_name, court_id=court_id)
    sha256 = hashlib.sha256(content).hexdigest()
    return docket_sheet_apply(sheet=sheet, user=user, file_name=file_name, sha256=sha256)


def docket_sheet_read(*, content: bytes, file_name: str = "", court_id: str = "") -> DocketSheet:
    """Read a docket file into a DocketSheet of a known court, writing nothing. Raises DocketImportError."""
    text, kind = text_read(content)
    known = court_aliases()
    return sheet_read(text, kind, court_id=court_id.strip().lower(), file_name=file_name, known=known)


def docket_sheet_apply(*, sheet: DocketSheet, user=None, file_name: str = "", sha256: str = "") -> ImportSummary:
    """Bring the sheet's case up to date, in one transaction, and tell the docket's seam what changed.

    The docket's rules are not applied: the sheet's own dates and status stand. ``sha256`` names the file the
    sheet came from; a sheet handed over without a file is known by the digest of its contents.
    """
    sheet_scrub(sheet)  # a sheet handed over without a file has not been through a reader's scrub
    sheet_text_check(sheet)  # before any query: the database would fail on the text, not refuse it
    court = court_find(sheet.court_id)  # a sheet handed over without a file may spell the court as PACER does
    if court is None:
        raise DocketImportError(unknown_court_message(sheet.court_id, court_aliases()))
    sheet.court_id = court.pk
    _refuse_hidden_case(sheet, court=court, user=user)
    sha256 = sha256 or sheet_digest(sheet)
    writer = Writer(user, f"Imported {SOURCE_NAMES[sheet.source]} {sha256[:12]}")
    try:
        with transaction.atomic():
            written = sheet_write(sheet, court=court, writer=writer)
            record = _import_record(written, sheet=sheet, sha256=sha256, file_name=file_name, writer=writer)
            if written.entries_added or written.entries_changed or written.case_action != "unchanged":
                entries_recorded(
                    case=written.case,
                    added=written.entries_added,
                    changed=written.entries_changed,
                    source=Source.IMPORT,
                )
    except IntegrityError as error:
        # A constraint the row checks did not foresee, or two imports of one new case at the same moment.
        problem = str(error).splitlines()[0]
        raise DocketImportError(
            f"The database refused the sheet ({problem}). If another import of this case was running, "
            "import the file again."
        ) from error
    summary = ImportSummary(
        written.case, written.case_action, written.parties, written.counsel, written.entries, record, sheet.warnings
    )
    summary.links = written.links
    return summary


HIDDEN_CASE = "This sheet's case cannot be imported from your account. Ask an administrator to import it."


def _refuse_hidden_case(sheet: DocketSheet, *, court: Court, user) -> None:
    """An import into a case the user may not see is refused, in words that do not say whether it exists.

    The command runs without a user, as the operator of the server, and is not refused."""
    if user is None:
        return
    try:
        number = parse_docket_number(sheet.docket_number, kind=court.kind).normalized
    except ValidationError:
        return  # the mapper refuses it with the reason
    existing = Case.objects.filter(court=court, docket_number=number).values_list("pk", flat=True).first()
    if existing is not None and not Case.objects.for_user(user).filter(pk=existing).exists():
        refusal_log(user, existing, f"import of {sheet.docket_number}")
        raise DocketImportError(HIDDEN_CASE)


def sheet_digest(sheet: DocketSheet) -> str:
    """The SHA-256 of a sheet's contents, for a sheet that came without a file."""
    return hashlib.sha256(json.dumps(dataclasses.asdict(sheet), default=str, sort_keys=True).encode()).hexdigest()


def _import_record(written: Written, *, sheet: DocketSheet, sha256: str, file_name: str, writer: Writer):
    """Keep the import's record, and one version of the case in its history saying what the import did."""
    counts = {kind: getattr(written, kind).as_dict() for kind in ("parties", "counsel", "entries")}
    record = DocketImport.objects.create(
        case=written.case,
        imported_by=writer.user,
        source=sheet.source,
        file_name=printable(PurePath(file_name).name)[:255],  # a file system's name may hold any byte
        sha256=sha256,
        counts=counts,
    )
    Case.history.bulk_history_create(
        [written.case],
        update=written.case_action != "created",
        default_user=writer.user,
        default_change_reason=_history_reason(writer.reason, written.entries)[:100],  # the history field's size
    )
    return record


def _history_reason(reason: str, entries: Tally) -> str:
    return f"{reason}: {entries.added} entries added, {entries.changed} changed"
