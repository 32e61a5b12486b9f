"""load_demo, checked fact by fact against tests/data/reference-case.md."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command

from cases.models import Case, CaseParty, Party, ReliefSought
from filings.models import ChronologyFact, DocketEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    call_command("load_demo")
    return Case.objects.get(court_id="cand", docket_number="5:25-cv-00709")


def test_caption_and_court(demo):
    """Caption, court, division, docket number and its parts are the reference's."""
    assert demo.case_name == "De La Torre v. LinkedIn Corporation"
    assert demo.short_name == "De La Torre v. LinkedIn Corp."
    assert demo.court.citation == "N.D. Cal."
    assert demo.division == "San Jose Division"
    assert (demo.dn_office, demo.dn_year, demo.dn_case_type, demo.dn_sequence) == ("5", 2025, "cv", 709)


def test_facts_the_sources_lack_are_blank(demo):
    """Judge, nature of suit, cause, jury demand and entry numbers are not invented."""
    assert (demo.assigned_to, demo.referred_to, demo.nature_of_suit, demo.cause, demo.jury_demand) == ("",) * 5
    assert not DocketEntry.objects.filter(case=demo, entry_number__isnull=False).exists()
    assert not demo.case_parties.filter(representations__isnull=False).exists()


def test_status_dates_and_disposition(demo):
    """Filed 2025-01-21, terminated 2025-01-30, voluntarily dismissed without prejudice."""
    assert demo.date_filed == datetime.date(2025, 1, 21)
    assert demo.date_terminated == datetime.date(2025, 1, 30)
    assert demo.get_disposition_display() == "Voluntarily dismissed without prejudice"


def test_class_action_never_certified(demo):
    """A putative class action, with the reference's class definition, never certified."""
    assert demo.is_class_action
    assert demo.class_certification == Case.Certification.NOT_CERTIFIED
    assert "LinkedIn Premium customers who sent or received InMail messages" in demo.class_definition
    assert "before September 18, 2024" in demo.class_definition
    assert "UK, the EEA and Switzerland" in demo.class_notes


def test_parties_and_roles(demo):
    """De La Torre sues as plaintiff and putative class representative; LinkedIn is the defendant."""
    roles = set(CaseParty.objects.filter(case=demo).values_list("party__name", "role"))
    assert roles == {("De La Torre", "plaintiff"), ("De La Torre", "class_rep"), ("LinkedIn Corporation", "defendant")}
    assert Party.objects.get(name="LinkedIn Corporation").description == "A subsidiary of Microsoft Corporation."
    plaintiff = CaseParty.objects.get(case=demo, role="plaintiff")
    assert plaintiff.description == "individually and on behalf of all others similarly situated"


def test_three_claims_with_statutes_and_relief(demo):
    """Breach of contract, the UCL and the SCA, each by the plaintiff against LinkedIn, with its relief."""
    claims = list(demo.claims.order_by("count_number").select_related("cause_of_action"))
    assert [c.cause_of_action.statute for c in claims] == [
        "",
        "Cal. Bus. & Prof. Code § 17200 et seq.",
        "18 U.S.C. § 2701 et seq.",
    ]
    for claim in claims:
        assert [p.name for p in claim.asserted_by.all()] == ["De La Torre"]
        assert [p.name for p in claim.asserted_against.all()] == ["LinkedIn Corporation"]
    assert [r.kind for r in claims[0].relief.all()] == ["damages"]
    assert [r.kind for r in claims[1].relief.all()] == ["damages", "restitution", "injunction"]
    sca = claims[2].relief.get()
    assert (sca.kind, sca.amount_per_person, sca.authority) == (
        ReliefSought.Kind.STATUTORY_DAMAGES,
        Decimal("1000.00"),
        "18 U.S.C. § 2707(c)",
    )


def test_the_two_docket_entries(demo):
    """The complaint (21 pages, 2025-01-21) and the notice of dismissal (2 pages, 2025-01-30), both by the plaintiff."""
    entries = list(demo.docket_entries.order_by("date_filed").select_related("event_type", "filed_by"))
    assert [(e.date_filed, e.event_type.code, e.page_count, e.filed_by.name) for e in entries] == [
        (datetime.date(2025, 1, 21), "complaint", 21, "De La Torre"),
        (datetime.date(2025, 1, 30), "notice_voluntary_dismissal", 2, "De La Torre"),
    ]
    assert entries[1].dismissal_prejudice == DocketEntry.Prejudice.WITHOUT


def test_chronology_keeps_each_date_at_its_precision(demo):
    """August 2024 is a month; the other facts are days; LinkedIn's statement is not a docket entry."""
    facts = [(f.date_display, f.date_precision) for f in ChronologyFact.objects.filter(case=demo)]
    assert facts == [
        ("August 2024", "month"),
        ("September 18, 2024", "day"),
        ("January 22, 2025", "day"),
        ("February 6, 2025", "day"),
    ]
    assert ChronologyFact.objects.filter(description__contains="false claims with no merit").exists()


def test_demo_users_log_in_with_their_roles(demo):
    """The three demo users log in with the README's passwords and hold their roles."""
    for username, password, group in [
        ("paralegal", "paralegal-demo", "Paralegal"),
        ("attorney", "attorney-demo", "Attorney"),
        ("admin", "admin-demo", "Administrator"),
    ]:
        user = authenticate(username=username, password=password)
        assert user is not None and list(user.groups.values_list("name", flat=True)) == [group]
    assert authenticate(username="admin", password="admin-demo").is_staff
    assert not authenticate(username="paralegal", password="paralegal-demo").is_staff


def test_running_it_twice_changes_nothing(demo):
    """A second run adds no row and changes no history."""
    from django.apps import apps

    def counts():
        return {
            m._meta.label: m.objects.count()
            for m in apps.get_models()
            if m._meta.app_label in {"cases", "filings", "imports", "reports", "auth"}
        }

    before = counts()
    call_command("load_demo")
    assert counts() == before
    assert before["imports.DocketImport"] == 5 and before["cases.Case"] == 6


def test_real_dockets_are_imported_beside_the_reference_case(demo):
    """Five real civil dockets from PACER are there to browse, each with its parties and entries."""
    imported = Case.objects.exclude(pk=demo.pk)
    assert sorted(imported.values_list("court_id", "docket_number")) == [
        ("cacd", "2:06-cv-00350"),
        ("cand", "3:08-cv-00177"),
        ("ilnd", "1:20-cv-04676"),
        ("lamd", "3:17-cv-01352"),
        ("njd", "2:18-cv-01510"),
    ]
    for case in imported:
        assert case.case_parties.exists() and case.docket_entries.exists() and case.imports.count() == 1
    assert DocketEntry.objects.filter(case__court_id="lamd").count() == 57


def test_refuses_to_run_with_debug_off(settings):
    """Published passwords never reach a production database by accident."""
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DJANGO_DEBUG=1"):
        call_command("load_demo")
