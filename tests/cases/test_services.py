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
