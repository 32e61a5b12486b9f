"""From the bytes of an uploaded file to a DocketSheet of a known court, or a clear refusal. Nothing is written."""

import re
from pathlib import PurePath

from django.conf import settings

from cases.models import Court

from . import courtlistener, pacer
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
        "This is neither a PACER docket report (an HTML page) nor a CourtListener docket (JSON): "
        f'it begins "{text.lstrip()[:40]}".'
    )


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


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
