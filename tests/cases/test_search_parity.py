"""Search finds a case by anything it holds, and both engines find the same cases for the same words.

PostgreSQL stems words and SQLite matches substrings, so the terms here are whole words, names and numbers, on
which the two must agree. The demo (the reference case and five imported dockets) is loaded on each engine.
"""

import json

import pytest
from django.core.management import call_command

from cases.models import Case
from cases.search import case_search

from ..helpers import manage

# A term and what it reaches on the reference case: none of them is in its name, number or parties' names.
ABOUT_THE_REFERENCE_CASE = {
    "InMail": "the class definition",
    "Microsoft": "the defendant's description",
    "Premium": "the claims' summaries",
    "AI training": "the chronology and the class definition",
    "25-00709": "the docket number without its office",
    "25-cv-709": "the docket number, unpadded, without its office",
    "Stored Communications Act": "a cause of action",
    "2707": "a relief's authority",
    "FAQ": "a chronology fact",
}
# Firm names, counsel, docket text, and words no case holds.
ELSEWHERE = ["Porteous", "Resch Polster", "Doniger Law Firm", "Daffy", "summons", "Zyxwvut", "09-00709"]

FOUND_ON_SQLITE = """
import json
from cases.models import Case
from cases.search import case_search
terms = json.loads({terms!r})
print(json.dumps({{t: sorted(case_search(Case.objects.all(), t).values_list("docket_number", flat=True).distinct())
                   for t in terms}}))
"""


def found(terms):
    return {
        term: sorted(case_search(Case.objects.all(), term).values_list("docket_number", flat=True).distinct())
        for term in terms
    }


@pytest.fixture
def demo_on_postgresql(db, settings):
    settings.DEBUG = True
    call_command("load_demo")


def test_the_reference_case_is_found_by_what_it_is_about(demo_on_postgresql):
    """Each term finds the reference case on PostgreSQL, through the field named beside it."""
    for term, field in ABOUT_THE_REFERENCE_CASE.items():
        assert "5:25-cv-00709" in found([term])[term], f"{term!r} should reach {field}"


def test_a_word_no_case_holds_finds_nothing(demo_on_postgresql):
    """The search narrows: an unknown word, or a docket number of another year, finds no case."""
    assert found(["Zyxwvut", "09-00709"]) == {"Zyxwvut": [], "09-00709": []}


@pytest.mark.slow
def test_both_engines_find_the_same_cases(demo_on_postgresql, embedded_demo):
    """Every term finds exactly the same demo cases on the embedded SQLite default as on PostgreSQL."""
    terms = [*ABOUT_THE_REFERENCE_CASE, *ELSEWHERE]
    script = FOUND_ON_SQLITE.format(terms=json.dumps(terms))
    on_sqlite = json.loads(manage("shell", "-c", script, env=embedded_demo).stdout.strip().splitlines()[-1])
    on_postgresql = found(terms)
    assert on_sqlite == on_postgresql
    assert all(on_postgresql[name] for name in ["Porteous", "Resch Polster", "Doniger Law Firm"])
