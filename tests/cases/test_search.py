"""The stored tsvectors stay current whichever way a record is written (PostgreSQL triggers)."""

import pytest
from django.contrib.postgres.search import SearchQuery

from cases.models import Case, CauseOfAction, Party, ReliefSought
from cases.search import DocketMatch
from filings.models import DocketEntry

from ..cases.factories import AttorneyFactory, CaseFactory, CasePartyFactory, ClaimFactory, RepresentationFactory
from ..filings.factories import ChronologyFactFactory, DocketEntryFactory

pytestmark = pytest.mark.django_db


def finds(word):
    return list(Case.objects.filter(search_vector=SearchQuery(word, config="english")).values_list("pk", flat=True))


def test_case_vector_follows_its_name_and_number():
    """Creating and renaming a case updates its vector."""
    case = CaseFactory(case_name="Fabrikam v. Tailspin Toys")
    assert finds("Fabrikam") == [case.pk]
    Case.objects.filter(pk=case.pk).update(case_name="Wingtip v. Tailspin Toys")
    assert finds("Fabrikam") == [] and finds("Wingtip") == [case.pk]


def test_party_added_renamed_and_removed():
    """Adding a party, renaming it, and removing it from the case each update the case's vector."""
    link = CasePartyFactory(party__name="Proseware Holdings")
    assert finds("Proseware") == [link.case_id]
    Party.objects.filter(pk=link.party_id).update(name="Litware Holdings")
    assert finds("Proseware") == [] and finds("Litware") == [link.case_id]
    link.delete()
    assert finds("Litware") == []


def test_counsel_and_firm_renames_reach_the_case():
    """An attorney or firm rename updates every case they appear in."""
    rep = RepresentationFactory(attorney=AttorneyFactory(name="Rosalind Achebe", firm__name="Quill Harrow LLP"))
    case_id = rep.case_party.case_id
    assert finds("Achebe") == [case_id] and finds("Harrow") == [case_id]
    rep.attorney.firm.name = "Quill Barrow LLP"
    rep.attorney.firm.save()
    assert finds("Barrow") == [case_id]
    rep.delete()
    assert finds("Achebe") == []


def test_what_a_case_is_about_reaches_its_vector():
    """The class definition, a party's description, a claim, its relief and a chronology fact each find the case,
    and stop finding it once changed or removed."""
    case = CaseFactory(class_definition="Everyone who bought a Gribbleton kettle")
    assert finds("Gribbleton") == [case.pk]
    Case.objects.filter(pk=case.pk).update(class_definition="")
    assert finds("Gribbleton") == []
    link = CasePartyFactory(case=case, party__description="a subsidiary of Vantablue Holdings")
    assert finds("Vantablue") == [case.pk]
    Party.objects.filter(pk=link.party_id).update(description="")
    assert finds("Vantablue") == []
    claim = ClaimFactory(case=case, summary="Misuse of Quorvex subscribers' messages")
    relief = ReliefSought.objects.create(claim=claim, kind="damages", description="Treble Marrowind damages")
    assert finds("Quorvex") == [case.pk] and finds("Marrowind") == [case.pk]
    relief.delete()
    assert finds("Marrowind") == []
    ChronologyFactFactory(case=case, description="The Ostrander memo circulates")
    assert finds("Ostrander") == [case.pk]


def test_a_cause_of_actions_rename_reaches_its_cases():
    """Renaming a cause of action re-indexes the cases that plead it."""
    claim = ClaimFactory(cause_of_action=CauseOfAction.objects.create(name="Trespass to Zantic chattels"))
    assert finds("Zantic") == [claim.case_id]
    CauseOfAction.objects.filter(pk=claim.cause_of_action_id).update(name="Conversion")
    assert finds("Zantic") == []


def docket_finds(words):
    return list(Case.objects.filter(DocketMatch(words)).values_list("pk", flat=True))


def test_docket_text_reaches_its_case_vector_on_insert_edit_and_delete():
    """Adding, bulk-adding, editing and deleting entries keep the case's docket vector exact."""
    entry = DocketEntryFactory(description="MOTION to compel arbitration")
    case_id = entry.case_id
    DocketEntry.objects.bulk_create(
        [
            DocketEntryFactory.build(case=entry.case, description="Transcript of hearing", sequence=900 + n)
            for n in range(3)
        ]
    )
    assert docket_finds("arbitration") == [case_id] and docket_finds("transcript hearing") == [case_id]
    assert docket_finds('"compel arbitration"') == [case_id]
    DocketEntry.objects.filter(pk=entry.pk).update(description="MOTION to strike")
    assert docket_finds("arbitration") == [] and docket_finds("strike") == [case_id]
    DocketEntry.objects.filter(case_id=case_id, description__startswith="Transcript").delete()
    assert docket_finds("transcript") == []
