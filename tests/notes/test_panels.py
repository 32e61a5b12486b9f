"""The case page's notes and documents cost the same queries on a docket page of 1 annotated entry or 50."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from filings.models import DocketEntry

from ..filings.factories import DocketEntryFactory
from .factories import NoteFactory

pytestmark = pytest.mark.django_db


def annotated(entry, author):
    note = NoteFactory(case=entry.case, entry=entry, author=author, text=f"Check entry {entry.entry_number}.")
    NoteFactory(case=entry.case, entry=entry, annotates=note, author=author, text="Checked.")
    entry.attachments.create(number=1, description="Exhibit A", file=ContentFile(b"%PDF-1.7", name="a.pdf"))


def test_notes_and_attachments_add_no_query_per_entry(client, paralegal, django_assert_num_queries):
    """Each entry's notes, annotations and attachments come in one query each, however many entries show."""
    first = DocketEntryFactory()
    case = first.case
    annotated(first, paralegal)
    client.force_login(paralegal)
    client.get(case.get_absolute_url())  # warm the session and permission caches
    with CaptureQueriesContext(connection) as one:
        client.get(case.get_absolute_url())
    for entry in DocketEntry.objects.bulk_create(DocketEntryFactory.build(case=case) for _ in range(49)):
        annotated(entry, paralegal)
    with django_assert_num_queries(len(one.captured_queries)):
        page = client.get(case.get_absolute_url()).content.decode()
    assert page.count("Checked.") == 100  # under each entry, and in the Notes panel
