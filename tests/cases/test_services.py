import pytest
from django.core.exceptions import ValidationError

from cases.models import Case, CauseOfAction, Court, Party, ReliefSought
from cases.services import case_create, case_party_add, claim_create, party_get_or_create

from ..cases.factories import CaseFactory

pytestmark = pytest.mark.django_db


def test_case_create_normalizes_and_validates():
    """case_create stores the normalized number and refuses a malformed one, writing nothing."""
    case = case_create(
        court=Court.objects.get(pk="cand"), docket_number="5:25-CV-709", case_name="De La Torre v. LinkedIn Corporation"
    )
    assert case.docket_number == "5:25-cv-00709"
    with pytest.raises(ValidationError):
        case_create(court=Court.objects.get(pk="cand"), docket_number="5-25-709", case_name="Bad")
    assert Case.objects.count() == 1


def test_party_get_or_create_reuses_one_row_across_cases():
    """The same name, in any case or capitalization, is the same party."""
    first = party_get_or_create(name="LinkedIn  Corporation", kind=Party.Kind.ORGANIZATION)
    again = party_get_or_create(name="linkedin corporation")
    assert first == again
    assert first.name == "LinkedIn Corporation"


def test_case_party_add_is_idempotent():
    """Adding the same role twice keeps one link."""
    case, party = CaseFactory(), party_get_or_create(name="Acme Widgets, Inc.")
    case_party_add(case=case, party=party, role="defendant")
    case_party_add(case=case, party=party, role="defendant")
    assert case.case_parties.count() == 1


def test_claim_create_rolls_back_when_its_relief_is_invalid():
    """A count whose relief is invalid is not left half-written."""
    case = CaseFactory()
    cause = CauseOfAction.objects.get(name="Breach of contract")
    with pytest.raises(ValidationError):
        claim_create(
            case=case, count_number=1, cause_of_action=cause, relief=[{"kind": "restitution", "amount_per_person": 5}]
        )
    assert case.claims.count() == 0
    assert ReliefSought.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Morrison & Foerster LLP", "morrison and foerster"),
        ("MORRISON AND FOERSTER, L.L.P.", "morrison and foerster"),
        ("Morrison&Foerster", "morrison and foerster"),
        ("Porteous, Hainkel and Johnson, LLP", "porteous hainkel and johnson"),
        ("Smith, P.C.", "smith"),
        ("LLP", "llp"),
    ],
)
def test_a_firm_name_keys_without_case_punctuation_or_legal_form(name, key):
    from cases.models.parties import firm_key

    assert firm_key(name) == key


@pytest.mark.django_db
def test_firms_under_several_spellings_are_one_firm():
    """An import naming a stored firm another way finds it; new spellings of one new firm make one row."""
    from cases.models import LawFirm
    from cases.services import law_firms_get_or_create

    stored = LawFirm.objects.create(name="Morrison & Foerster LLP")
    firms = law_firms_get_or_create(
        firms={
            "MORRISON AND FOERSTER, L.L.P.": {},
            "Morrison & Foerster": {},
            "Resch Polster & Berger LLP": {"phone": "310-277-8300"},
            "Resch Polster and Berger, LLP": {},
        }
    )
    assert firms["MORRISON AND FOERSTER, L.L.P."] == stored and firms["Morrison & Foerster"] == stored
    assert firms["Resch Polster & Berger LLP"] == firms["Resch Polster and Berger, LLP"]
    assert LawFirm.objects.count() == 2
    assert LawFirm.objects.get(name="Resch Polster & Berger LLP").match_key == "resch polster and berger"
