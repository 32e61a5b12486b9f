"""An unreadable filter value is named in a message, shown back as typed, and only its own box is marked."""

import re

import pytest
from django.urls import reverse

from ..cases.factories import CaseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def list_page(client, paralegal):
    client.force_login(paralegal)

    def page(**params):
        response = client.get(reverse("cases:list"), params)
        assert response.status_code == 200
        return response, response.content.decode()

    return page


def message(html):
    return re.search(r'<li class="error">(.*?)</li>', html)[1]


def input_tag(html, name):
    return re.search(rf'<input[^>]*name="{name}"[^>]*>', html)[0]


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"is_class_action": "maybe"}, "Class action: “maybe” is not a choice"),
        ({"court": "zzz"}, "Court: Select a valid choice. zzz is not one"),
        ({"filed_from": "2025-13-45"}, "Filed: From “2025-13-45” is not a date"),
        ({"terminated_to": "soon"}, "Terminated: To “soon” is not a date"),
        (
            {"filed_from": "2025-02-01", "filed_to": "2025-01-01"},
            "Filed: The “from” date (2025-02-01) is after the “to” date (2025-01-01).",
        ),
    ],
)
def test_every_unreadable_value_is_named_and_lists_nothing(list_page, reference_case, params, named):
    """The message names the filter and the value; the list is empty rather than silently unfiltered."""
    response, html = list_page(**params)
    assert named in message(html)
    assert response.context["page"].paginator.count == 0
    assert "data-has-errors" in html  # the filters panel stays open on a phone


def test_a_bad_date_is_shown_back_and_only_its_box_is_marked(list_page):
    """The unreadable "from" is shown as typed, in a text box marked invalid; the good "to" stays a date box."""
    _, html = list_page(filed_from="2025-13-45", filed_to="2025-03-01")
    bad, good = input_tag(html, "filed_from"), input_tag(html, "filed_to")
    assert 'type="text"' in bad and 'value="2025-13-45"' in bad and 'aria-invalid="true"' in bad
    assert 'type="date"' in good and 'value="2025-03-01"' in good and 'aria-invalid="true"' not in good
    assert bad.count("type=") == 1 and good.count("type=") == 1


def test_a_reversed_range_marks_both_boxes(list_page):
    """Either end of a reversed range may be the mistake, so both are marked, each still a date box."""
    _, html = list_page(filed_from="2025-02-01", filed_to="2025-01-01")
    for name in ("filed_from", "filed_to"):
        assert 'aria-invalid="true"' in input_tag(html, name) and 'type="date"' in input_tag(html, name)


def test_an_unknown_court_is_shown_back_in_the_select(list_page):
    """The select shows the unreadable court as typed, selected, rather than falling back to "Any"."""
    _, html = list_page(court="zzz")
    assert '<option value="zzz" selected>“zzz” (not a choice)</option>' in html


def test_good_values_read_as_before(list_page, reference_case):
    """Yes, No, Any and an ordered range still filter."""
    assert list_page(is_class_action="true")[0].context["page"].paginator.count == 1
    assert list_page(is_class_action="false")[0].context["page"].paginator.count == 0
    assert list_page(is_class_action="")[0].context["page"].paginator.count == 1
    assert list_page(filed_from="2025-01-21", filed_to="2025-01-21")[0].context["page"].paginator.count == 1


def test_the_courts_of_the_users_cases_come_first(list_page, reference_case):
    """The court select opens with the courts the user has cases in; every other court follows."""
    CaseFactory(court_id="nysd")
    _, html = list_page()
    select = re.search(r'<select[^>]*name="court".*?</select>', html, re.S)[0]
    first_group = re.search(r'<optgroup label="Courts with cases">(.*?)</optgroup>', select)[1]
    assert re.findall(r'value="(\w+)"', first_group) == ["cand", "nysd"]
    rest = re.search(r'<optgroup label="All courts">(.*?)</optgroup>', select)[1]
    assert 'value="cand"' not in rest and 'value="cacd"' in rest


def test_each_date_box_has_a_visible_label(list_page):
    """ "From" and "To" are written beside the boxes, not only read to screen readers."""
    _, html = list_page()
    assert re.search(r'<span class="range-label">From</span><input[^>]*name="filed_from"', html)
    assert re.search(r'<span class="range-label">To</span><input[^>]*name="filed_to"', html)
