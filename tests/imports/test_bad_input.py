"""Bad input: a clear message, a non-zero exit from the command, and nothing written."""

import html
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from cases.models import Case
from imports.models import DocketImport

from ..helpers import manage
from .sheets import COURTLISTENER, courtlistener_docket, domain_snapshot, json_bytes, sheet_bytes

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


def courtlistener_with(change) -> bytes:
    docket = courtlistener_docket()
    change(docket)
    return json_bytes(docket)


def cacd_with_party_named(name: str) -> bytes:
    return sheet_bytes("cacd").replace(b"<B>Daffy&#039;s Inc</B>", f"<B>{name}</B>".encode())


def firm_named(docket: dict, firm: str) -> None:
    """The first attorney's contact block begins with the firm's name."""
    attorney = docket["attorneys"][0]
    attorney["contact_raw"] = firm + attorney["contact_raw"][attorney["contact_raw"].index("\n") :]


LONG_NAME = "Acme " * 60 + "Holdings"  # 308 characters; the name fields hold 300
# json.dumps escapes the NUL and the lone surrogate (\u0000, \ud800), as a JSON file written by another program may.
HOSTILE_FILES = {
    "byte-order mark only": ("cand_2.json", b"\xef\xbb\xbf", "The file is empty."),
    "byte-order mark and blanks": ("cand_2.json", b"\xef\xbb\xbf \r\n\t", "The file is empty."),
    "5,000-digit integer": (
        "cand_2.json",
        b'{"docket_number": "3:08-cv-00177", "id": ' + b"7" * 5000 + b"}",
        "The file is not valid JSON: it holds a number of more than 4300 digits.",
    ),
    "deep nesting": (
        "cand_2.json",
        b'{"docket_number": "3:08-cv-00177", "tags": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        "The file is not valid JSON: its lists or objects are nested too deeply to read.",
    ),
    "NUL character": (
        "cand_2.json",
        courtlistener_with(lambda docket: docket.update(case_name="Brady v. Deloitte\x00 & Touche LLP")),
        "The sheet's case name holds a NUL character (U+0000), which the database cannot store: \"Brady v. Deloitte",
    ),
    "unpaired surrogate": (
        "cand_2.json",
        courtlistener_with(lambda docket: docket["parties"][1].update(name="Sarah \ud800Cavanagh")),
        "The sheet's party 2, name holds an unpaired surrogate (U+D800), which the database cannot store: "
        '"Sarah Cavanagh"',
    ),
    "party name over 300 characters (PACER)": (
        "cacd.html",
        cacd_with_party_named(LONG_NAME),
        'The party "Acme Acme',
    ),
    "party name over 300 characters (CourtListener)": (
        "cand_2.json",
        courtlistener_with(lambda docket: docket["parties"][2].update(name=LONG_NAME)),
        "cannot be saved: Ensure this value has at most 300 characters (it has 308).",
    ),
    "firm name over 300 characters": (
        "cand_2.json",
        courtlistener_with(lambda docket: firm_named(docket, LONG_NAME)),
        'The law firm "Acme Acme',
    ),
    "blank party name": (
        "cand_2.json",
        courtlistener_with(lambda docket: docket["parties"][3].update(name="  ")),
        'A party on the sheet has no name (listed as "Defendant").',
    ),
}

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
    **{kind: (name, content, [], message) for kind, (name, content, message) in HOSTILE_FILES.items()},
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


UPLOADS = {"admin": "admin:imports_docketimport_add", "site": "imports:upload"}


@pytest.mark.parametrize("kind", HOSTILE_FILES, ids=HOSTILE_FILES.keys())
@pytest.mark.parametrize("upload", UPLOADS.values(), ids=UPLOADS.keys())
def test_hostile_upload_is_refused_on_the_form_and_nothing_is_written(admin_client, upload, kind):
    """The admin's upload and the site's show the message on the form, never a server error; nothing is written."""
    file_name, content, message = HOSTILE_FILES[kind]
    before = domain_snapshot()
    response = admin_client.post(reverse(upload), {"file": SimpleUploadedFile(file_name, content), "court": ""})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Nothing was imported." in page and html.escape(message) in page
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
