"""The importer records an appellate sheet's appeal and links it to its case below, imported before or after it.

The appeal is the real Ninth Circuit sheet ca9_1.html; the case below is a real district sheet with its court and
number edited to the District of Hawaii's 1:17-cv-00050 (tests/appeals/sheets.py says how).
"""

import pytest

from appeals.models import Appeal
from cases import walls
from cases.models import Case

from ..casetracker.factories import user_with_role
from .sheets import appellate_import, below_import

pytestmark = pytest.mark.django_db


def test_an_appeal_imported_after_its_case_below_is_linked_and_the_summary_says_so(paralegal):
    """The district case first, then the appeal: linked by the docket, "Linked to the case below" in the summary."""
    below = below_import(user=paralegal).case
    summary = appellate_import(user=paralegal)
    appeal = Appeal.objects.get(pk=summary.case.pk)
    assert (appeal.case_below, appeal.link) == (below, "docket")
    assert (appeal.originating_court_id, appeal.originating_docket_number) == ("hid", "1:17-cv-00050")
    assert appeal.case_type == "civil, united states" and appeal.originating_judge == "Derrick Kahala Watson"
    assert f"Linked to the case below: {below}" in summary.lines()
    assert appeal.history.first().history_user == paralegal


def test_a_case_below_imported_after_its_appeal_is_linked_then(paralegal):
    """The appeal first (unlinked), then the district case: the district import links it and says so."""
    appeal_case = appellate_import(user=paralegal).case
    assert Appeal.objects.get(pk=appeal_case.pk).case_below is None
    summary = below_import(user=paralegal)
    assert Appeal.objects.get(pk=appeal_case.pk).case_below == summary.case
    assert f"Linked to its appeal: {appeal_case}" in summary.lines()


def test_a_second_sheet_of_the_same_appeal_updates_it_in_place(paralegal):
    """ca9_2.html, a later sheet of No. 17-15589, changes the one appeal row and its case, adding nothing twice."""
    first = appellate_import(user=paralegal)
    below_import(user=paralegal)
    second = appellate_import("ca9_2.html", user=paralegal)
    assert second.case == first.case and Appeal.objects.count() == 1
    appeal = Appeal.objects.get()
    assert appeal.case_below.docket_number == "1:17-cv-00050" and appeal.link == "docket"
    assert "Linked to the case below" not in " ".join(second.lines())  # already linked: nothing new to say


def test_an_importer_who_may_not_see_the_case_below_is_not_told_of_it(attorney):
    """The appeal of a walled case is linked (and walled) all the same, but the summary names no hidden case."""
    below = below_import().case
    walls.case_restrict(below)
    summary = appellate_import(user=attorney)
    assert Appeal.objects.get(pk=summary.case.pk).case_below == below
    assert not any("Linked" in line for line in summary.lines())
    assert Case.objects.get(pk=summary.case.pk).is_restricted


def test_the_command_imports_as_the_operator_and_is_told_of_every_link():
    """With no user (the management command), the link is named."""
    below_import(user=user_with_role("clerk", "Paralegal"))
    assert any(line.startswith("Linked to the case below") for line in appellate_import().lines())
