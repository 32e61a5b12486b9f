"""The case list's search finds a case by a word of its notes or their annotations, on both engines."""

import pytest

from ..cases.factories import CaseFactory
from ..helpers import manage
from .factories import NoteFactory

SEARCHED = """
from django.test import Client
from cases.models import Case
from notes.models import Note
case = Case.objects.get(docket_number="5:25-cv-00709")
note = Note.objects.create(case=case, text="Opposing counsel mentioned a Zephyrine settlement offer.")
Note.objects.create(case=case, annotates=note, text="Offer withdrawn by Quillfeather.")
client = Client()
assert client.login(username="paralegal", password="paralegal-demo")
for word in ["Zephyrine", "quillfeather", "Nowherezzz"]:
    print(word, "De La Torre v. LinkedIn" in client.get("/", {"q": word}).content.decode())
"""


@pytest.fixture
def paralegal_client(client, paralegal):
    client.force_login(paralegal)
    return client


@pytest.mark.django_db
def test_a_word_of_a_note_or_an_annotation_finds_its_case_on_postgresql(paralegal_client):
    """A note's word and an annotation's word each find the case, and only that case."""
    case, other = CaseFactory(case_name="Harborview Logistics v. Acme"), CaseFactory(case_name="Stonebridge v. Acme")
    note = NoteFactory(case=case, text="Opposing counsel mentioned a settlement offer from Zephyrine Capital.")
    NoteFactory(case=case, annotates=note, text="Quillfeather withdrew the offer.")
    for word in ("Zephyrine", "quillfeather", '"settlement offer"'):
        page = paralegal_client.get("/", {"q": word}).content.decode()
        assert case.case_name in page and other.case_name not in page, word


@pytest.mark.slow
def test_a_word_of_a_note_finds_its_case_on_the_embedded_default(embedded_demo):
    """On SQLite, too: the note's word and the annotation's find the reference case; a word of neither does not."""
    result = manage("shell", "-c", SEARCHED, env=embedded_demo)
    assert result.stdout.strip().splitlines()[-3:] == ["Zephyrine True", "quillfeather True", "Nowherezzz False"]


@pytest.mark.django_db
def test_a_search_reads_the_notes_in_one_query_however_many_match(paralegal_client, django_assert_max_num_queries):
    """The notes' part of a search is one read of their index: thirty matching notes cost what one does."""
    case = CaseFactory(case_name="Harborview Logistics v. Acme")
    NoteFactory(case=case, text="Zephyrine called.")
    with django_assert_max_num_queries(100) as one:
        paralegal_client.get("/", {"q": "Zephyrine"})
    for n in range(30):
        NoteFactory(case=CaseFactory(case_name=f"Case {n} v. Acme"), text="Zephyrine again.")
    with django_assert_max_num_queries(len(one.captured_queries)):
        page = paralegal_client.get("/", {"q": "Zephyrine"}).content.decode()
    assert "31 cases" in page
