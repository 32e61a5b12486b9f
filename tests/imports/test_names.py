"""Names are matched as the database's unique constraints compare them, and stored without control characters.

Python and PostgreSQL lower-case some letters differently: "İ" is "i̇" (two code points) in Python and "i" in
PostgreSQL, and Python writes a final "Σ" as "ς" where PostgreSQL writes "σ".
"""

import pytest

from cases.models import Attorney, Case, LawFirm, Party
from cases.services import party_get_or_create
from imports.services import docket_import

from .sheets import courtlistener_docket, json_bytes

pytestmark = pytest.mark.django_db

PARTY = "İSTANBUL ΚΑΦΕΣ A.Ş."
ATTORNEY = "İLKER ΚΩΣΤΑΣ"
FIRM = "ΑΔΑΜΟΣ İŞ HUKUKU"


def docket_naming(docket_number: str, *, party: str = "", attorney: str = "", firm: str = "") -> bytes:
    """cand_2 under another docket number, with its first party, first attorney or that attorney's firm renamed."""
    docket = courtlistener_docket()
    docket["docket_number"] = docket_number
    docket["parties"][0]["name"] = party or docket["parties"][0]["name"]
    attorney_row = docket["attorneys"][0]
    attorney_row["name"] = attorney or attorney_row["name"]
    if firm:
        attorney_row["contact_raw"] = firm + attorney_row["contact_raw"][attorney_row["contact_raw"].index("\n") :]
    return json_bytes(docket)


def test_a_party_named_with_such_letters_is_one_party_in_every_case():
    """The second and third sheets naming the party (the third in lower case) import, and find the same row."""
    docket_import(content=docket_naming("3:08-cv-00177", party=PARTY), file_name="first.json")
    docket_import(content=docket_naming("3:08-cv-00178", party=PARTY), file_name="second.json")
    docket_import(content=docket_naming("3:08-cv-00179", party="istanbul καφεσ a.ş."), file_name="third.json")
    party = Party.objects.get(name=PARTY)
    assert party.case_roles.count() == 3 and Case.objects.count() == 3
    assert Party.objects.count() == 4


def test_an_attorney_named_with_such_letters_is_found_again():
    """Two cases and a re-import: one attorney row, appearing in both cases."""
    for number in ("3:08-cv-00177", "3:08-cv-00178", "3:08-cv-00178"):
        docket_import(content=docket_naming(number, attorney=ATTORNEY), file_name=f"{number}.json")
    attorney = Attorney.objects.get(name=ATTORNEY)
    assert attorney.firm.name == "Law Offices of Wayne Kreger"
    assert set(attorney.representations.values_list("case_party__case__docket_number", flat=True)) == {
        "3:08-cv-00177",
        "3:08-cv-00178",
    }
    assert Attorney.objects.count() == 16


def test_a_firm_named_with_such_letters_is_found_again():
    """Two cases: one firm row, and its attorney once."""
    for number in ("3:08-cv-00177", "3:08-cv-00178"):
        docket_import(content=docket_naming(number, attorney=ATTORNEY, firm=FIRM), file_name=f"{number}.json")
    assert Attorney.objects.get(name=ATTORNEY).firm == LawFirm.objects.get(name=FIRM)


def test_the_party_service_compares_as_the_constraint_does():
    """party_get_or_create finds the party the database would call a duplicate, in any case."""
    first = party_get_or_create(name=PARTY)
    assert party_get_or_create(name="istanbul  καφεσ a.ş.") == first
    assert party_get_or_create(name="ISTANBUL ΚΑΦΕΣ A.Ş.") == first


def test_control_characters_are_not_stored_in_names():
    """An escape sequence in a case, party or attorney name is taken out: the name is safe to print anywhere."""
    docket = courtlistener_docket()
    docket["case_name"] = "Brady\x1b[2J v. Deloitte & Touche LLP"
    docket["parties"][0]["name"] = "James\x07 Brady\x9b"
    docket["attorneys"][0]["name"] = "Wayne\x1b]0;owned\x07 Scott Kreger"
    docket_import(content=json_bytes(docket), file_name="cand_2.json")
    assert Case.objects.get().case_name == "Brady [2J v. Deloitte & Touche LLP"
    assert Party.objects.filter(name="James Brady").exists()
    assert Attorney.objects.filter(name="Wayne ]0;owned Scott Kreger").exists()
