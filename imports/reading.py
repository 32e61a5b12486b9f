"""From the bytes of an uploaded file to a DocketSheet of a known court, or a clear refusal. Nothing is written."""

import json
import re
from pathlib import PurePath

from django.conf import settings

from cases.court_ids import court_id_resolve, unknown_court_message
from cases.models import Court

from . import acms, appellate, courtlistener, pacer
from .page_kinds import other_kind_refuse
from .restricted import sheet_scrub
from .sheet import DocketImportError, DocketSheet

HTML, JSON = "html", "json"


def size_check(size: int) -> None:
    """Refuse a file larger than IMPORT_MAX_BYTES: the one check the upload form, the command and the reader share."""
    if size > settings.IMPORT_MAX_BYTES:
        largest = size_text(settings.IMPORT_MAX_BYTES)
        raise DocketImportError(f"The file is {size_text(size)}; the largest docket sheet accepted is {largest}.")


def text_read(content: bytes) -> tuple[str, str]:
    """Return (text, format) for a docket file, HTML or JSON, refusing empty, over-size and non-UTF-8 files."""
    size_check(len(content))
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocketImportError(
            f"The file is not UTF-8 text (byte 0x{content[error.start]:02x} at position {error.start} is not valid). "
            "Save the docket page again as UTF-8, as browsers do by default, and import that file."
        ) from None
    if not text.strip():  # after the byte-order mark, which a file of nothing else still begins with
        raise DocketImportError("The file is empty.")
    return text, text_format(text)


def text_format(text: str) -> str:
    first = text.lstrip()[:1]
    if first == "<":
        return HTML
    if first in "{[":
        return JSON
    raise DocketImportError(
        "This is neither a PACER docket report (an HTML page) nor an ACMS or CourtListener docket (JSON): "
        f'it begins "{text.lstrip()[:40]}".'
    )


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def sheet_read(text: str, kind: str, *, court_id: str, file_name: str, known: dict[str, str]) -> DocketSheet:
    """Parse the text into a DocketSheet of a known court, checking the court given against the sheet's.

    ``known`` is cases.court_ids.court_aliases(): every id that names a court (its own, and PACER's where that
    differs: "azb" for courts-db's "arb") to the Court's id. The sheet's court_id is always the Court's id."""
    if court_id and court_id_resolve(court_id, known) is None:
        raise DocketImportError(unknown_court_message(court_id, known))
    court_id = court_id_resolve(court_id, known) or ""
    read = _html_read if kind == HTML else _json_read
    sheet = read(text, court_id, file_name, known)
    sheet_scrub(sheet)  # no A-number leaves the reader, whichever reader it was
    return sheet


def _html_read(text: str, given: str, file_name: str, known: dict[str, str]) -> DocketSheet:
    """An appellate docket report, a district or bankruptcy one, or a refusal naming the kind of page it is.

    An appellate report's own marks come first: its "Case Summary" heading is not the district court's page. A
    page with neither kind's marks is appellate when the court it most links to is a court of appeals."""
    if appellate.has_own_marks(text):
        return _appellate_read(text, given, file_name, known, _appellate_courts())
    other_kind_refuse(text)
    if not pacer.has_own_marks(text):
        courts = _appellate_courts()
        if appellate.is_appellate_host(text, {court: name for court, (name, _) in courts.items()}, known):
            return _appellate_read(text, given, file_name, known, courts)
    return pacer.sheet_parse(text, court_choose(pacer.courts_named(text, known), given, file_name, known))


def _appellate_read(text: str, given: str, file_name: str, known: dict[str, str], courts: dict) -> DocketSheet:
    named = appellate.courts_named(text, {court: name for court, (name, _) in courts.items()}, known)
    sheet = appellate.sheet_parse(text, _appellate_court(court_choose(named, given, file_name, known), courts))
    return _origin_resolve(sheet, known)


def _json_read(text: str, given: str, file_name: str, known: dict[str, str]) -> DocketSheet:
    """An ACMS docket (which names no court of its own), or a CourtListener docket."""
    if acms.is_acms(_json_or_none(text)):
        courts = _appellate_courts()
        court_id = _appellate_court(court_choose([], given, file_name, known), courts)
        return acms.sheet_parse(text, court_id, zone=courts[court_id][1])
    sheet = courtlistener.sheet_parse(text)
    if sheet.court_id and sheet.court_id not in known:
        raise DocketImportError(f'The docket names the court "{sheet.court_id}", which this app does not know.')
    sheet.court_id = court_choose([sheet.court_id] if sheet.court_id else [], given, file_name, known)
    return sheet


def _json_or_none(text: str):
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None  # the CourtListener reader says what is wrong with it


def _appellate_courts() -> dict[str, tuple[str, str]]:
    """Each appellate court's id, with its name and time zone."""
    rows = Court.objects.filter(kind=Court.Kind.APPELLATE).order_by().values_list("pk", "name", "time_zone")
    return {pk: (name, zone) for pk, name, zone in rows}


def _appellate_court(court_id: str, courts: dict) -> str:
    """An appellate docket belongs to a court of appeals or an appellate panel: refuse any other court given."""
    if court_id not in courts:
        raise DocketImportError(
            f"This is an appellate docket, but {_court_label(court_id)} is not a court of appeals or a bankruptcy "
            'appellate panel. Give the appellate court: "ca9" for the Ninth Circuit, "bap9" for its Bankruptcy '
            "Appellate Panel."
        )
    return court_id


def _origin_resolve(sheet: DocketSheet, known: dict[str, str]) -> DocketSheet:
    """The court appealed from, as the Court table knows it ("azb" is "arb"); blank when it knows none."""
    sheet.appeal.originating_court_id = court_id_resolve(sheet.appeal.originating_court_id, known) or ""
    return sheet


def court_choose(named: list[str], given: str, file_name: str, known: dict[str, str]) -> str:
    """The court given, if the sheet does not contradict it; else the court the sheet names; else the file's prefix."""
    named = list(dict.fromkeys(known.get(court, court) for court in named))  # PACER's "azb" is the Court "arb"
    if given and named and given not in named:
        raise DocketImportError(
            f"The sheet is from {_court_label(named[0])}, but the court given is {_court_label(given)}. "
            "Check the file, or leave the court out to use the sheet's own."
        )
    if given or named:
        return given or named[0]
    prefix = re.match(r"[a-z0-9]+", PurePath(file_name).name.lower())
    if prefix and prefix[0] in known:
        return known[prefix[0]]
    raise DocketImportError(
        "The sheet does not say which court it is from, and its file name does not begin with a court id. "
        'Give the court: "cand" for the Northern District of California, for example.'
    )


def _court_label(court_id: str) -> str:
    court = Court.objects.filter(pk=court_id).first()
    return f"{court_id} ({court.citation or court.name})" if court else court_id
