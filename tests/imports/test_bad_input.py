"""Bad input: a clear message, a non-zero exit from the command, and nothing written."""

import json

import pytest
from django.core.management import CommandError, call_command

from cases.models import Case
from imports.models import DocketImport

from ..helpers import manage
from .sheets import COURTLISTENER, domain_snapshot, sheet_bytes

pytestmark = pytest.mark.django_db


def cacd_cut_short():
    content = sheet_bytes("cacd")
    return content[: len(content) * 2 // 3]


def courtlistener_with_bad_page_count():
    """Valid up to the last entry, whose main document claims -3 pages: the case and parties are written first."""
    docket = json.loads((COURTLISTENER / "cand_2.json").read_text(encoding="utf-8"))
    docket["docket_entries"][-1]["recap_documents"][0]["page_count"] = -3
    return json.dumps(docket).encode()


def courtlistener_with_attachment_twice():
    """Attachment 1 of entry 2 listed twice: the database's one-number-per-entry constraint refuses it."""
    docket = json.loads((COURTLISTENER / "cand_2.json").read_text(encoding="utf-8"))
    documents = docket["docket_entries"][1]["recap_documents"]
    documents.append(dict(documents[-1]))
    return json.dumps(docket).encode()


BAD_FILES = {
    "empty": ("cacd.html", b"", [], "The file is empty."),
    "blank": ("cacd.html", b" \n\t\n", [], "The file is empty."),
    "not utf-8": ("cacd.html", sheet_bytes("cacd").replace(b"Daffy", b"Daff\xe9"), [], "is not UTF-8 text"),
    "truncated html": ("cacd.html", cacd_cut_short(), [], "the file looks truncated"),
    "recap page": ("canb_1.html", sheet_bytes("canb_1"), [], "a page of the RECAP browser extension"),
    "pacer error page": ("dcd_2.html", sheet_bytes("dcd_2"), [], 'error page ("Invalid date_from: 12/13/219")'),
    "unknown court": ("cacd.html", sheet_bytes("cacd"), ["--court", "zzzd"], '"zzzd" is not a court id'),
    "contradicting court": (
        "cacd.html",
        sheet_bytes("cacd"),
        ["--court", "cand"],
        "The sheet is from cacd (C.D. Cal.)",
    ),
    "no court to be found": ("docket.html", sheet_bytes("gasd"), [], "does not say which court it is from"),
    "malformed json": ("cand_2.json", (COURTLISTENER / "cand_2.json").read_bytes()[:900], [], "not valid JSON"),
    "json not a docket": ("results.json", b'{"count": 0, "results": []}', [], "not a CourtListener docket"),
    "plain text": ("notes.txt", b"Docket 5:25-cv-00709", [], "neither a PACER docket report"),
    "fails midway": ("cand_2.json", courtlistener_with_bad_page_count(), [], "Entry No. 3 cannot be saved"),
    "database refuses": (
        "cand_2.json",
        courtlistener_with_attachment_twice(),
        [],
        'The database refused the sheet (duplicate key value violates unique constraint "docket_attachment_number',
    ),
}


@pytest.mark.parametrize("case", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_bad_file_is_refused_with_a_message_and_nothing_is_written(tmp_path, case):
    """`import_docket` stops with a message naming the problem (exit status 1), and the database is as it was."""
    file_name, content, options, message = case
    path = tmp_path / file_name
    path.write_bytes(content)
    before = domain_snapshot()
    with pytest.raises(CommandError) as refusal:
        call_command("import_docket", str(path), *options)
    assert refusal.value.returncode == 1  # what manage.py exits with
    assert str(refusal.value).startswith(f"{file_name}: nothing was imported.") and message in str(refusal.value)
    assert domain_snapshot() == before
    assert not DocketImport.objects.exists() and not Case.history.exists()


def test_over_the_size_cap_is_refused(tmp_path, settings):
    """A file larger than IMPORT_MAX_BYTES is refused, saying both sizes."""
    settings.IMPORT_MAX_BYTES = 20 * 1024
    path = tmp_path / "cacd.html"
    path.write_bytes(sheet_bytes("cacd"))
    with pytest.raises(CommandError, match="The file is 31 KB; the largest docket sheet accepted is 20 KB."):
        call_command("import_docket", str(path))
    assert not Case.objects.exists()


def test_a_sheet_naming_no_court_imports_with_the_court_given(tmp_path, capsys):
    """gasd's page names no court id; given --court gasd, it imports."""
    path = tmp_path / "docket.html"
    path.write_bytes(sheet_bytes("gasd"))
    call_command("import_docket", str(path), "--court", "gasd")
    assert Case.objects.get().court_id == "gasd"
    assert "new case opened" in capsys.readouterr().out


@pytest.mark.slow
def test_manage_py_exits_non_zero_on_bad_input(tmp_path):
    """Run as a real process, the command exits 1 and prints the refusal on stderr."""
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    result = manage("import_docket", str(path), check=False)
    assert result.returncode == 1
    assert "empty.html: nothing was imported. The file is empty." in result.stderr
