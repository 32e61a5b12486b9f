"""The list's filter choices, kept in each process's memory, and the empty filter form, kept in the cache: a change
is seen on the next request, and no user is offered what another user's cases say."""

import re

import pytest

from cases import choices, walls
from cases.models import CauseOfAction, Court

from .factories import CaseFactory

pytestmark = pytest.mark.django_db


def court_select(client) -> str:
    html = client.get("/").content.decode()
    return re.search(r'<select[^>]*name="court".*?</select>', html, re.S)[0]


def courts_first(client) -> list[str]:
    found = re.search(r'<optgroup label="Courts with cases">(.*?)</optgroup>', court_select(client))
    return re.findall(r'value="(\w+)"', found[1]) if found else []


def test_a_new_court_cause_or_case_is_offered_on_the_next_request(client, paralegal):
    client.force_login(paralegal)
    CaseFactory(court_id="cand")
    assert courts_first(client) == ["cand"]
    CaseFactory(court_id="nysd")
    assert courts_first(client) == ["cand", "nysd"]
    Court.objects.create(id="zzdemo", name="Demonstration District Court", citation="Z.Z. Demo", kind="district")
    assert 'value="zzdemo"' in court_select(client)
    CauseOfAction.objects.create(name="Promissory estoppel (demonstration)")
    assert "Promissory estoppel (demonstration)" in client.get("/").content.decode()


def test_a_changed_version_is_read_again_and_an_unchanged_one_is_not(django_assert_num_queries):
    first = choices.current()
    with django_assert_num_queries(0):
        assert choices.current() is first
    choices.version_renew()
    with django_assert_num_queries(3):  # courts, causes, the courts with cases
        assert choices.current()[:3] == first[:3]  # the same choices, read again under the new version


def test_a_user_from_whom_a_case_is_hidden_is_not_told_its_court(client, paralegal, attorney):
    """The screened user's court select is counted from their own cases, even after another user's request
    filled the cache with the firm's."""
    CaseFactory(court_id="cand")
    hidden = CaseFactory(court_id="nysd")
    walls.screen_add(hidden, paralegal, reason="Represented the defendant at a prior firm")
    client.force_login(attorney)
    assert courts_first(client) == ["cand", "nysd"]
    client.force_login(paralegal)
    assert courts_first(client) == ["cand"]
    client.force_login(attorney)
    assert courts_first(client) == ["cand", "nysd"]
