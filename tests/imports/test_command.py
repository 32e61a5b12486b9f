"""What import_docket prints reaches an operator's terminal: no control character from a sheet gets there."""

import pytest
from django.core.management import CommandError, call_command

from cases.models import Court
from cases.services import case_create

from .sheets import courtlistener_docket, json_bytes

pytestmark = pytest.mark.django_db

CLEAR_SCREEN, SET_TITLE = "\x1b[2J", "\x1b]0;owned\x07"


def test_the_summary_and_notes_hold_no_control_characters(tmp_path, capsys):
    """A case name and a party name holding escape sequences print without them, the words kept."""
    docket = courtlistener_docket()
    docket["case_name"] = f"Brady{CLEAR_SCREEN} v. Deloitte & Touche LLP"
    docket["parties"][0]["name"] = f"James{SET_TITLE} Brady"
    docket["parties"][0]["attorneys"].append({"attorney_id": 1, "docket_id": docket["id"], "role": 2})
    path = tmp_path / "cand_2.json"
    path.write_bytes(json_bytes(docket))
    call_command("import_docket", str(path))
    out = capsys.readouterr().out
    assert "Brady [2J v. Deloitte & Touche LLP, No. 3:08-cv-00177 (cand): new case opened." in out
    assert "Note: James]0;owned Brady: attorney 1 is not in the file's attorneys list." in out
    assert "\x1b" not in out and "\x07" not in out


def test_a_stored_name_holding_control_characters_prints_without_them(tmp_path, capsys):
    """A short name typed in by hand with an escape sequence is printed in the summary without it."""
    case_create(
        court=Court.objects.get(pk="cand"),
        docket_number="3:08-cv-00177",
        case_name="Brady v. Deloitte & Touche LLP",
        short_name=f"{CLEAR_SCREEN}Brady\x9b31m",
    )
    path = tmp_path / "cand_2.json"
    path.write_bytes(json_bytes(courtlistener_docket()))
    call_command("import_docket", str(path))
    out = capsys.readouterr().out
    assert out.startswith("[2JBrady31m, No. 3:08-cv-00177 (cand): case details updated.")
    assert "\x1b" not in out and "\x9b" not in out


def test_a_refusal_quoting_the_file_holds_no_control_characters(tmp_path):
    """The refusal quotes the file's first words; the escape sequence in them is left out."""
    path = tmp_path / "notes.txt"
    path.write_bytes(f"{CLEAR_SCREEN}{SET_TITLE}Docket 5:25-cv-00709".encode())
    with pytest.raises(CommandError) as refusal:
        call_command("import_docket", str(path))
    assert 'it begins "[2J]0;ownedDocket 5:25-cv-00709"' in str(refusal.value)
    assert "\x1b" not in str(refusal.value) and "\x07" not in str(refusal.value)
