import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from cases.models import Case, Claim, Court, Party, ReliefSought

from ..cases.factories import CaseFactory, CasePartyFactory, ClaimFactory, PartyFactory

pytestmark = pytest.mark.django_db


def test_federal_courts_come_from_courts_db():
    """The Court table holds the federal courts, with PACER ids and citation forms."""
    cand = Court.objects.get(pk="cand")
    assert cand.name == "United States District Court for the Northern District of California"
    assert cand.citation == "N.D. Cal."
    assert Court.objects.filter(kind=Court.Kind.DISTRICT, is_active=True).count() >= 90
    assert Court.objects.filter(pk__in=["alnb", "jpml", "dcd", "ca9"]).count() == 4


def test_clean_normalizes_the_docket_number_and_fills_its_parts():
    """A number typed as "5:25-CV-709-EJD" is stored as "5:25-cv-00709" with its parts."""
    case = Case(court_id="cand", docket_number="5:25-CV-709-EJD", case_name="A v. B")
    case.full_clean()
    assert case.docket_number == "5:25-cv-00709"
    assert (case.dn_office, case.dn_year, case.dn_case_type, case.dn_sequence) == ("5", 2025, "cv", 709)
    assert case.dn_judge_initials == "EJD"


def test_malformed_docket_number_is_refused_on_its_field():
    """full_clean puts the malformed-number message on the docket number field."""
    with pytest.raises(ValidationError) as error:
        Case(court_id="cand", docket_number="not a number", case_name="A v. B").full_clean()
    assert "docket_number" in error.value.message_dict


def test_docket_number_is_unique_within_a_court_in_the_database():
    """The database refuses a second case with the same number in the same court."""
    CaseFactory(docket_number="5:25-cv-00709")
    with pytest.raises(IntegrityError), transaction.atomic():
        Case.objects.create(court_id="cand", docket_number="5:25-cv-00709", case_name="Copy")


def test_duplicate_docket_number_gets_a_clear_validation_message():
    """full_clean says the number exists already, before the database has to."""
    CaseFactory(docket_number="5:25-cv-00709")
    with pytest.raises(ValidationError) as error:
        Case(court_id="cand", docket_number="5:25-cv-709", case_name="Copy").full_clean()
    assert "already exists" in str(error.value)


def test_same_docket_number_is_allowed_in_another_court():
    """Docket numbers repeat across courts; uniqueness is per court."""
    CaseFactory(docket_number="5:25-cv-00709")
    Case(court_id="cacd", docket_number="5:25-cv-00709", case_name="Other court").full_clean()


def test_case_cannot_terminate_before_it_was_filed():
    """Both the database and validation refuse a termination before filing."""
    case = CaseFactory(date_filed=datetime.date(2025, 1, 21))
    case.status, case.date_terminated = Case.Status.TERMINATED, datetime.date(2025, 1, 20)
    with pytest.raises(ValidationError) as error:
        case.full_clean()
    assert "cannot terminate before it was filed" in str(error.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        case.save()


def test_terminated_status_and_date_go_together():
    """A terminated case needs its date, and an open one cannot have one."""
    case = CaseFactory()
    case.status = Case.Status.TERMINATED
    with pytest.raises(IntegrityError), transaction.atomic():
        case.save()
    case.status, case.date_terminated = Case.Status.OPEN, datetime.date(2025, 1, 30)
    with pytest.raises(IntegrityError), transaction.atomic():
        case.save()


def test_only_terminated_cases_have_a_disposition():
    """An open case with a disposition is refused."""
    case = CaseFactory()
    case.disposition = Case.Disposition.SETTLED
    with pytest.raises(ValidationError, match="Only a terminated case has a disposition"):
        case.full_clean()


def test_party_names_are_unique_whatever_their_case():
    """The same party in two cases is one row: a second "linkedin corporation" is refused."""
    PartyFactory(name="LinkedIn Corporation")
    with pytest.raises(IntegrityError), transaction.atomic():
        Party.objects.create(name="linkedin corporation")


def test_a_party_holds_each_role_once_per_case():
    """The same party cannot be listed twice as plaintiff in one case."""
    link = CasePartyFactory(role="plaintiff")
    with pytest.raises(ValidationError, match="already has this role"):
        type(link)(case=link.case, party=link.party, role="plaintiff").full_clean()


def test_a_resolved_claim_needs_its_date():
    """A dismissed count without the date it was dismissed is refused by the database."""
    claim = ClaimFactory()
    claim.status = Claim.Status.DISMISSED_WITHOUT_PREJUDICE
    with pytest.raises(IntegrityError), transaction.atomic():
        claim.save()


def test_count_numbers_are_unique_within_a_case():
    """A case cannot have two Count 1s."""
    claim = ClaimFactory(count_number=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        ClaimFactory(case=claim.case, count_number=1)


def test_only_statutory_damages_have_an_amount_per_person():
    """An amount per person on restitution is refused."""
    relief = ReliefSought(claim=ClaimFactory(), kind=ReliefSought.Kind.RESTITUTION, amount_per_person=1000)
    with pytest.raises(ValidationError, match="Only statutory damages"):
        relief.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        relief.save()


def test_for_user_scopes_cases_to_those_with_view_permission(paralegal, django_user_model):
    """A user with no role sees no cases; a paralegal sees them all."""
    CaseFactory()
    outsider = django_user_model.objects.create_user("outsider")
    assert Case.objects.for_user(outsider).count() == 0
    assert Case.objects.for_user(paralegal).count() == 1


@pytest.mark.parametrize(
    ("name", "caption"),
    [
        ("District Court, M.D. Louisiana", "United States District Court for the Middle District of Louisiana"),
        ("District Court, D. Massachusetts", "United States District Court for the District of Massachusetts"),
        ("District Court, D. New Hampshire", "United States District Court for the District of New Hampshire"),
        (
            "United States District Court for the Northern District of California",
            "United States District Court for the Northern District of California",
        ),
        ("Court of Appeals for the Ninth Circuit", "United States Court of Appeals for the Ninth Circuit"),
        ("District Court, Canal Zone", "District Court, Canal Zone"),
        ("United States Bankruptcy Court, D. Arizona", "United States Bankruptcy Court for the District of Arizona"),
        (
            "United States Bankruptcy Court, S.D. New York",
            "United States Bankruptcy Court for the Southern District of New York",
        ),
        (
            "United States Bankruptcy Court, Northern Mariana Islands",
            "United States Bankruptcy Court, Northern Mariana Islands",
        ),
    ],
)
def test_a_court_is_captioned_in_full_whatever_form_its_name_takes(name, caption):
    """Court papers write the court out; the short form courts-db stores is expanded, any other name kept."""
    assert Court(id="x", name=name).caption_name == caption
