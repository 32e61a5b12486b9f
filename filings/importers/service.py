"""docket_import: one docket file in, one case brought up to date, in one transaction."""

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import PurePath

from django.conf import settings
from django.db import IntegrityError, transaction

from cases.models import Case, Court
from filings.models import DocketImport

from . import courtlistener, pacer
from .mapper import Written, sheet_write
from .mapper.common import Tally, Writer
from .reading import HTML, text_read
from .sheet import DocketImportError, DocketSheet

CASE_ACTIONS = {"created": "new case opened", "updated": "case details updated", "unchanged": "case details unchanged"}
SOURCE_NAMES = {DocketImport.Source.PACER: "PACER sheet", DocketImport.Source.COURTLISTENER: "CourtListener docket"}


@dataclass
class ImportSummary:
    case: Case
    case_action: str  # "created", "updated" or "unchanged": the case's own fields, not its parties or docket
    parties: Tally
    counsel: Tally
    entries: Tally
    record: DocketImport
    warnings: list[str] = field(default_factory=list)

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
        return lines + [f"Note: {warning}" for warning in self.warnings]


def docket_import(*, content: bytes, file_name: str = "", court_id: str = "", user=None) -> ImportSummary:
    """Import a PACER docket report (HTML) or a CourtListener docket (JSON) into its case.

    Re-importing a sheet changes nothing; a newer sheet adds what is new. Raises DocketImportError,
    having written nothing, when the file cannot be imported.
    """
    text, kind = text_read(content, max_bytes=settings.IMPORT_MAX_BYTES)
    known = set(Court.objects.order_by().values_list("pk", flat=True))
    sheet = sheet_read(text, kind, court_id=court_id.strip().lower(), file_name=file_name, known=known)
    sha256 = hashlib.sha256(content).hexdigest()
    writer = Writer(user, f"Imported {SOURCE_NAMES[sheet.source]} {sha256[:12]}")
    try:
        with transaction.atomic():
            written = sheet_write(sheet, court=Court.objects.get(pk=sheet.court_id), writer=writer)
            record = _import_record(written, sheet=sheet, sha256=sha256, file_name=file_name, writer=writer)
    except IntegrityError as error:
        # A constraint the row checks did not foresee, or two imports of one new case at the same moment.
        problem = str(error).splitlines()[0]
        raise DocketImportError(
            f"The database refused the sheet ({problem}). If another import of this case was running, "
            "import the file again."
        ) from error
    return ImportSummary(
        written.case, written.case_action, written.parties, written.counsel, written.entries, record, sheet.warnings
    )


def _import_record(written: Written, *, sheet: DocketSheet, sha256: str, file_name: str, writer: Writer):
    """Keep the import's record, and one version of the case in its history saying what the import did."""
    counts = {kind: getattr(written, kind).as_dict() for kind in ("parties", "counsel", "entries")}
    record = DocketImport.objects.create(
        case=written.case,
        imported_by=writer.user,
        source=sheet.source,
        file_name=PurePath(file_name).name[:255],
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


def sheet_read(text: str, kind: str, *, court_id: str, file_name: str, known: set[str]) -> DocketSheet:
    """Parse the text into a DocketSheet of a known court, checking the court given against the sheet's."""
    if court_id and court_id not in known:
        raise DocketImportError(
            f'"{court_id}" is not a court id this app knows. Use PACER\'s id for the court, as the Court '
            'table lists it: "cand" for the Northern District of California, "nysd" for the Southern District '
            "of New York."
        )
    if kind == HTML:
        named = pacer.courts_named(text, known)
        return pacer.sheet_parse(text, court_choose(named, court_id, file_name, known))
    sheet = courtlistener.sheet_parse(text)
    if sheet.court_id and sheet.court_id not in known:
        raise DocketImportError(f'The docket names the court "{sheet.court_id}", which this app does not know.')
    sheet.court_id = court_choose([sheet.court_id] if sheet.court_id else [], court_id, file_name, known)
    return sheet


def court_choose(named: list[str], given: str, file_name: str, known: set[str]) -> str:
    """The court given, if the sheet does not contradict it; else the court the sheet names; else the file's prefix."""
    if given and named and given not in named:
        raise DocketImportError(
            f"The sheet is from {_court_label(named[0])}, but the court given is {_court_label(given)}. "
            "Check the file, or leave the court out to use the sheet's own."
        )
    if given or named:
        return given or named[0]
    prefix = re.match(r"[a-z0-9]+", PurePath(file_name).name.lower())
    if prefix and prefix[0] in known:
        return prefix[0]
    raise DocketImportError(
        "The sheet does not say which court it is from, and its file name does not begin with a court id. "
        'Give the court: "cand" for the Northern District of California, for example.'
    )


def _court_label(court_id: str) -> str:
    court = Court.objects.filter(pk=court_id).first()
    return f"{court_id} ({court.citation or court.name})" if court else court_id
