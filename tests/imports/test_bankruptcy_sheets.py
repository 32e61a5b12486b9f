"""Every real bankruptcy sheet, imported exactly and again without change; PACER's court ids, odd counsel
blocks, adversary proceedings, bankruptcy roles and debtors' identifier lines."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from cases.docket_numbers import parse_docket_number
from cases.models import Case, CaseParty, Court, Representation
from imports.classify import party_role
from imports.services import docket_sheet_apply, docket_sheet_read

from .sheets import BANKRUPTCY, BANKRUPTCY_DOCKETS, bankruptcy_expected, bankruptcy_import, domain_snapshot

pytestmark = pytest.mark.django_db

# Read from each page's heading: "Adversary Proceeding #: ..." rather than "Bankruptcy Petition #: ...".
ADVERSARY = {"azb_31", "cacb_2", "canb_11", "mab_1", "nysb_13", "nysb_14", "nysb_19", "nysb_38"}
IDENTIFIER_LABELS = ("SSN / ITIN:", "Tax ID / EIN:")


def day(value):
    return datetime.date.fromisoformat(value) if value else None


def collapsed(text):
    return " ".join((text or "").split())


def nameless(sheet):
    """The counsel blocks juriscraper reads with no name: (party name, party type) for each."""
    return [(p["name"], p["type"]) for p in sheet["parties"] for a in p.get("attorneys", []) if not a["name"].strip()]


def test_every_bankruptcy_sheet_is_here():
    """The 36 sheets, each beside its JSON, are all the test reads."""
    assert len(BANKRUPTCY_DOCKETS) == 36
    assert all((BANKRUPTCY / f"{name}.json").is_file() for name in BANKRUPTCY_DOCKETS)


@pytest.mark.parametrize("name", BANKRUPTCY_DOCKETS)
def test_bankruptcy_sheet_is_imported_exactly_and_again_without_change(name):
    """Case, parties with roles, counsel less the nameless blocks, and every entry match the JSON; a second
    import of the same sheet changes nothing."""
    sheet = bankruptcy_expected(name)
    summary = bankruptcy_import(name)
    case = Case.objects.get()
    assert summary.case == case and summary.case_action == "created"
    assert_case_matches(case, sheet, pacer_court=name.split("_")[0], adversary=name in ADVERSARY)
    assert_parties_match(case, sheet)
    assert_counsel_match(case, sheet)
    assert_entries_match(case, sheet)
    assert len([w for w in summary.warnings if w.startswith("A counsel listing for")]) == len(nameless(sheet))
    before = domain_snapshot()
    again = bankruptcy_import(name)
    assert again.case_action == "unchanged" and (again.entries.added, again.entries.changed) == (0, 0)
    assert (again.parties.added, again.parties.changed, again.counsel.added, again.counsel.changed) == (0, 0, 0, 0)
    assert domain_snapshot() == before


def assert_case_matches(case, sheet, *, pacer_court, adversary):
    court = Court.objects.get(pk=case.court_id)
    assert pacer_court in (court.pk, court.pacer_id) and court.kind == "bankruptcy"
    number = parse_docket_number(sheet["docket_number"], kind="bankruptcy")
    assert (case.docket_number, case.case_name) == (number.normalized, sheet["case_name"])
    assert case.dn_case_type == (number.case_type or ("ap" if adversary else ""))
    assert (case.assigned_to, case.referred_to) == (sheet["assigned_to_str"], sheet["referred_to_str"])
    assert (case.cause, case.nature_of_suit) == (collapsed(sheet["cause"]), collapsed(sheet["nature_of_suit"]))
    assert (case.jury_demand, case.jurisdiction_basis) == (sheet["jury_demand"], sheet["jurisdiction"])
    assert case.demand == collapsed(sheet["demand"])
    assert (case.date_filed, case.date_terminated) == (day(sheet["date_filed"]), day(sheet["date_terminated"]))
    assert (case.date_converted, case.date_discharged) == (day(sheet["date_converted"]), day(sheet["date_discharged"]))
    assert case.status == ("terminated" if sheet["date_terminated"] else "open")


def assert_parties_match(case, sheet):
    """One CaseParty per name and role; a name listed twice under one role gives both wordings."""
    wanted = {}
    for p in sheet["parties"]:
        key = (collapsed(p["name"]), party_role(p["type"]))
        texts, date = wanted.get(key, ([], None))
        wanted[key] = ([*texts, p["type"]] if p["type"] not in texts else texts, date or day(p["date_terminated"]))
    expected = sorted((name, role, "; ".join(texts), date) for (name, role), (texts, date) in wanted.items())
    stored = CaseParty.objects.filter(case=case).values_list("party__name", "role", "role_text", "date_terminated")
    assert sorted(stored) == expected
    for link in CaseParty.objects.filter(case=case):
        assert not any(label in link.description for label in IDENTIFIER_LABELS)


def assert_counsel_match(case, sheet):
    listings = {
        (collapsed(p["name"]), party_role(p["type"]), collapsed(a["name"]))
        for p in sheet["parties"]
        for a in p.get("attorneys", [])
        if a["name"].strip()
    }
    appearances = Representation.objects.filter(case_party__case=case)
    stored = appearances.values_list("case_party__party__name", "case_party__role", "attorney__name")
    assert sorted(stored) == sorted(listings)


def assert_entries_match(case, sheet):
    entries = [
        (int(e["document_number"]) if e["document_number"] else None, day(e["date_filed"]), day(e["date_entered"]))
        + (e["description"], e["pacer_doc_id"] or "", e["pacer_seq_no"] or "")
        for e in sheet["docket_entries"]
    ]
    stored = case.docket_entries.order_by("sequence").values_list(
        "entry_number", "date_filed", "date_entered", "description", "pacer_doc_id", "pacer_seq_no"
    )
    assert list(stored) == entries


def test_a_nameless_counsel_block_is_skipped_with_a_note():
    """cacb_13's pro se debtor is followed by an empty block: the docket imports, and the summary says what was
    skipped, for whom and why."""
    summary = bankruptcy_import("cacb_13")
    assert (
        'Note: A counsel listing for "Richard Curry" (Debtor) was skipped: it names no attorney and holds nothing '
        "else." in summary.lines()
    )
    assert Representation.objects.filter(case_party__party__name="Richard Curry").count() == 1


def test_a_counsel_block_that_lost_its_name_is_skipped_and_the_rest_imported():
    """A block with a contact but no name is no attorney: the party and the other counsel are kept."""
    sheet = docket_sheet_read(content=(BANKRUPTCY / "cacb_13.html").read_bytes(), file_name="cacb_13.html")
    trustee = next(party for party in sheet.parties if party.role_text == "Trustee")
    trustee.counsel[0].name = " "
    summary = docket_sheet_apply(sheet=sheet)
    assert 'Note: A counsel listing for "Nancy K Curry" (Trustee) was skipped: it names no attorney.' in summary.lines()
    assert CaseParty.objects.filter(party__name="Nancy K Curry", role="trustee").exists()
    assert not Representation.objects.filter(case_party__party__name="Nancy K Curry").exists()
    assert Representation.objects.filter(case_party__party__name="Richard Curry").count() == 1


def test_an_adversary_proceedings_nature_of_suit_is_kept_whole():
    """nysb_19 lists four causes with their codes in 200 characters: all of them are stored."""
    bankruptcy_import("nysb_19")
    case = Case.objects.get()
    assert len(case.nature_of_suit) == 200 and case.nature_of_suit == bankruptcy_expected("nysb_19")["nature_of_suit"]
    assert case.nature_of_suit.endswith("; 14 Recovery of money/property - other")
    assert (case.docket_number, case.dn_case_type, case.dn_judge_initials) == ("09-01305", "ap", "smb")


@pytest.mark.parametrize(
    ("name", "number", "case_type"),
    [
        ("nyeb", "8:09-78584", ""),
        ("nyeb_4", "1:10-41177", ""),
        ("azb_31", "2:09-ap-00844", "ap"),
        ("azb_10", "2:08-bk-18814", "bk"),
        ("nysb_13", "09-01182", "ap"),
        ("canb_5", "08-42263", ""),
    ],
)
def test_bankruptcy_numbers_are_stored_in_one_form(name, number, case_type):
    """E.D.N.Y.'s all-dash numbers and the other bankruptcy forms are stored normalized, with the type."""
    bankruptcy_import(name)
    assert Case.objects.values_list("docket_number", "dn_case_type").get() == (number, case_type)


def test_debtors_identifier_lines_are_not_stored():
    """The SSN and EIN lines under a debtor are dropped from the description; the address stays."""
    bankruptcy_import("cacb_13")
    bankruptcy_import("kywb_238163")
    curry = CaseParty.objects.get(party__name="Richard Curry")
    assert curry.description == "3314 Seminole Ave Lynwood, CA 90262"
    prajna = CaseParty.objects.get(party__name="Prajna Group, Inc.")
    assert prajna.description == "9300 Shelbyville Road Suite 400 Louisville, KY 40222 JEFFERSON-KY"
    assert not CaseParty.objects.filter(description__iregex=r"SSN|ITIN|EIN|xxx-xx").exists()


def test_bankruptcy_details_show_on_the_case_page(client, paralegal):
    """An adversary proceeding shows its demand and kind; a case its discharge and conversion dates."""
    client.force_login(paralegal)
    for name in ("azb_31", "azb_42", "mieb_1"):
        bankruptcy_import(name)
    page = lambda number: client.get(Case.objects.get(docket_number=number).get_absolute_url()).content.decode()  # noqa: E731
    adversary, discharged, converted = page("2:09-ap-00844"), page("4:09-bk-26426"), page("04-69141")
    assert "<dt>Proceeding</dt><dd>Adversary proceeding</dd>" in adversary and "<dd>$11000</dd>" in adversary
    assert "<dt>Discharged</dt><dd>January 28, 2010</dd>" in discharged and "Adversary proceeding" not in discharged
    assert "<dt>Converted</dt><dd>May 23, 2005</dd>" in converted


@pytest.mark.parametrize(
    ("role_text", "role"),
    [
        ("Debtor", "debtor"),
        ("Joint Debtor", "debtor"),
        ("Debtor In Possession", "debtor"),
        ("Creditor", "creditor"),
        ("Petitioning Creditor", "creditor"),
        ("Creditor Committee", "creditor"),
        ("Official Committee of Unsecured Creditors", "creditor"),
        ("Trustee", "trustee"),
        ("U.S. Trustee", "trustee"),
        ("Assistant U.S. Trustee", "trustee"),
        ("Liquidating Trustee", "trustee"),
        ("Successor Trustee", "trustee"),
        ("Plaintiff", "plaintiff"),
        ("Defendant", "defendant"),
        ("Counter-Claimant", "counter_claimant"),
        ("Counter-Defendant", "counter_defendant"),
        ("3rd Party Plaintiff", "third_party_plaintiff"),
        ("3rd Pty Defendant", "third_party_defendant"),
        ("Intervenor-Defendant", "intervenor"),
        ("Equity Committee", "other"),
        ("Debtor's Attorney", "other"),
    ],
)
def test_bankruptcy_party_types_map_to_roles(role_text, role):
    """Each type the bankruptcy sheets use maps to the role it plainly means; the wording is kept beside it."""
    assert party_role(role_text) == role


def test_the_command_accepts_pacers_court_id(capsys):
    """--court azb is the court the table calls arb."""
    call_command("import_docket", str(BANKRUPTCY / "azb_10.html"), court="azb")
    assert Case.objects.get().court_id == "arb"
    assert "new case opened" in capsys.readouterr().out


def test_the_upload_form_accepts_pacers_court_id(client, paralegal):
    """A file named without a court, with the court typed as PACER spells it, imports into that court."""
    client.force_login(paralegal)
    upload = SimpleUploadedFile("docket.html", (BANKRUPTCY / "azb_31.html").read_bytes(), "text/html")
    response = client.post(reverse("imports:upload"), {"file": upload, "court": " AZB "})
    case = Case.objects.get()
    assert response.status_code == 302 and case.court_id == "arb"


def test_an_unknown_court_given_to_the_upload_form_names_the_nearest(client, paralegal):
    """A mistyped court is refused, nothing written, with the nearest known ids and the usual help."""
    client.force_login(paralegal)
    upload = SimpleUploadedFile("docket.html", (BANKRUPTCY / "azb_31.html").read_bytes(), "text/html")
    page = client.post(reverse("imports:upload"), {"file": upload, "court": "cnad"}).content.decode()
    assert "&quot;cnad&quot; is not a court id this app knows. Did you mean &quot;cand&quot; (N.D. Cal.)" in page
    assert "Use PACER&#x27;s id for the court" in page
    assert not Case.objects.exists()
