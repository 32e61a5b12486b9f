"""seed_synthetic: firm-scale data, clearly labelled, searchable, and safe to run again."""

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count
from django.urls import reverse

from cases.models import Case, CaseParty, Claim
from devdata.synthetic import matter_reference
from filings.models import DocketEntry

pytestmark = pytest.mark.django_db

SMALL = {"cases": 120, "entries": 1_500, "big_cases": 2, "big_size": 400}


def test_seeds_exactly_the_sizes_asked_for_and_labels_them(reference_case):
    """120 cases, 1,500 entries with two 400-entry dockets, every case marked synthetic; real data untouched."""
    call_command("seed_synthetic", **SMALL)
    synthetic = Case.objects.filter(source=Case.Source.SYNTHETIC)
    assert synthetic.count() == 120
    assert DocketEntry.objects.filter(case__source="synthetic").count() == 1_500
    sizes = sorted(synthetic.annotate(n=Count("docket_entries")).values_list("n", flat=True), reverse=True)
    assert sizes[:2] == [400, 400] and sum(sizes) == 1_500
    assert CaseParty.objects.filter(case__source="synthetic").count() == 240
    assert Claim.objects.filter(case__source="synthetic").exists()
    assert all(
        "(synthetic)" in text
        for text in DocketEntry.objects.filter(case__source="synthetic").values_list("description", flat=True)[:50]
    )
    assert Case.objects.get(pk=reference_case.pk).source == Case.Source.MANUAL


def test_seeded_dockets_have_their_calendar():
    """Every synthetic complaint gives its Rule 4(m) day and every "set for" a hearing, as an import would."""
    from deadlines.models import Deadline

    call_command("seed_synthetic", **SMALL)
    synthetic = Deadline.objects.filter(case__source="synthetic")
    assert synthetic.filter(rule__key="frcp-4-m").count() == 120
    assert synthetic.filter(kind="hearing").count() > 100


def test_seeded_cases_are_valid_and_searchable(client, paralegal):
    """Seeded rows obey the model's rules and the search finds a case by its party and its docket text."""
    call_command("seed_synthetic", **SMALL)
    case = Case.objects.filter(source="synthetic").order_by("pk")[7]
    case.full_clean()
    party = case.case_parties.first().party.name
    client.force_login(paralegal)
    for query in [party, matter_reference(case.pk)]:
        found = client.get(reverse("cases:list"), {"q": query}).context["page"].object_list
        assert case in list(found), query


def test_refuses_to_double_up_and_replaces_on_request():
    """A second run stops with a message; --replace swaps the set for a new one."""
    call_command("seed_synthetic", **SMALL)
    with pytest.raises(CommandError, match="--replace"):
        call_command("seed_synthetic", **SMALL)
    call_command("seed_synthetic", replace=True, **{**SMALL, "cases": 60, "entries": 900})
    assert Case.objects.filter(source="synthetic").count() == 60
    assert DocketEntry.objects.count() == 900
