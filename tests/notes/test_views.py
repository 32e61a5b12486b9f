"""Notes on the case page: who may write them, the walls, the 15-minute rule's message, and escaping."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cases import walls
from notes.models import Note

from ..cases.factories import CaseFactory
from ..filings.factories import DocketEntryFactory
from .factories import NoteFactory

pytestmark = pytest.mark.django_db
MARKUP = '<script>alert("note")</script><b>bold</b>'


@pytest.fixture
def paralegal_client(client, paralegal):
    client.force_login(paralegal)
    return client


def test_a_paralegal_adds_a_note_to_the_case_and_sees_it_on_the_case_page(paralegal_client, paralegal):
    """The panel's form saves a dated, signed note; the case page shows it in the Notes panel."""
    case = CaseFactory()
    response = paralegal_client.post(reverse("notes:add", args=[case.pk]), {"text": "Client called about timing."})
    note = Note.objects.get()
    assert response.url == f"{case.get_absolute_url()}#note-{note.pk}"
    assert (note.case, note.author, note.entry) == (case, paralegal, None)
    page = paralegal_client.get(case.get_absolute_url()).content.decode()
    assert 'id="notes"' in page and "Client called about timing." in page and "Your note is saved." in page


def test_a_note_on_an_entry_shows_under_the_entry(paralegal_client):
    """The add page names the entry; the note it saves shows in the entry's docket row."""
    entry = DocketEntryFactory(description="ORDER setting case management conference.")
    url = reverse("notes:add", args=[entry.case_id]) + f"?entry={entry.pk}"
    assert "ORDER setting case management conference." in paralegal_client.get(url).content.decode()
    paralegal_client.post(url, {"text": "Conference moved to the afternoon.", "entry": entry.pk})
    note = Note.objects.get()
    assert note.entry == entry
    page = paralegal_client.get(entry.case.get_absolute_url()).content.decode()
    row = page[page.index("ORDER setting case management conference.") :]
    assert "Conference moved to the afternoon." in row[: row.index("</td>")]


def test_an_entry_of_another_case_is_refused(paralegal_client):
    """A note cannot be hung on another case's entry, by the address or by the form."""
    case, other = CaseFactory(), DocketEntryFactory()
    url = reverse("notes:add", args=[case.pk])
    assert paralegal_client.get(f"{url}?entry={other.pk}").status_code == 404
    response = paralegal_client.post(url, {"text": "Misfiled.", "entry": other.pk})
    assert response.status_code == 200 and "That docket entry is not on this case." in response.content.decode()
    assert not Note.objects.exists()


def test_an_empty_note_is_refused_with_the_form_shown_again(paralegal_client):
    """A blank note saves nothing and says what is missing."""
    response = paralegal_client.post(reverse("notes:add", args=[CaseFactory().pk]), {"text": "   "})
    assert response.status_code == 200 and "This field is required." in response.content.decode()
    assert not Note.objects.exists()


def test_note_text_is_escaped_on_the_case_page_and_the_note_pages(paralegal_client, paralegal):
    """Markup in a note and its annotation shows as text and never runs."""
    note = NoteFactory(author=paralegal, text=MARKUP)
    NoteFactory(case=note.case, annotates=note, author=paralegal, text=MARKUP)
    for url in (note.case.get_absolute_url(), reverse("notes:annotate", args=[note.case_id, note.pk])):
        page = paralegal_client.get(url).content.decode()
        assert MARKUP not in page
        assert "&lt;script&gt;alert(&quot;note&quot;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;" in page


def test_its_author_edits_a_note_within_fifteen_minutes_then_is_sent_to_annotate(paralegal_client, paralegal):
    """Edit works at first; after 15 minutes the edit page says why not and opens the annotation form."""
    note = NoteFactory(author=paralegal, text="Hearing on the 4th.")
    edit = reverse("notes:edit", args=[note.case_id, note.pk])
    paralegal_client.post(edit, {"text": "Hearing on the 14th."})
    note.refresh_from_db()
    assert note.text == "Hearing on the 14th."
    Note.objects.filter(pk=note.pk).update(created_at=timezone.now() - timedelta(minutes=16))
    response = paralegal_client.post(edit, {"text": "Hearing on the 24th."}, follow=True)
    page = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("notes:annotate", args=[note.case_id, note.pk])
    assert "can no longer be edited" in page and "Add an annotation instead" in page
    note.refresh_from_db()
    assert note.text == "Hearing on the 14th."


def test_the_edit_link_shows_only_to_the_author_within_the_window(client, paralegal, attorney):
    """Others see Annotate, never Edit."""
    note = NoteFactory(author=paralegal)
    edit = reverse("notes:edit", args=[note.case_id, note.pk])
    client.force_login(paralegal)
    assert edit in client.get(note.case.get_absolute_url()).content.decode()
    client.force_login(attorney)
    page = client.get(note.case.get_absolute_url()).content.decode()
    assert edit not in page and reverse("notes:annotate", args=[note.case_id, note.pk]) in page


def test_anyone_who_sees_the_case_annotates_a_note(client, paralegal, attorney):
    """An attorney annotates a paralegal's note; the annotation shows under it."""
    note = NoteFactory(author=paralegal, text="Call the clerk.")
    client.force_login(attorney)
    client.post(reverse("notes:annotate", args=[note.case_id, note.pk]), {"text": "Done: May 2 at 10."})
    annotation = Note.objects.get(annotates=note)
    assert annotation.author == attorney
    page = client.get(note.case.get_absolute_url()).content.decode()
    assert page.index("Call the clerk.") < page.index("Done: May 2 at 10.")


def test_a_user_with_no_role_is_refused(client, django_user_model):
    """Without a role, every note page is a 403."""
    note = NoteFactory()
    client.force_login(django_user_model.objects.create_user("norole"))
    for name, args in [("notes:add", [note.case_id]), ("notes:edit", [note.case_id, note.pk]),
                       ("notes:annotate", [note.case_id, note.pk])]:  # fmt: skip
        assert client.get(reverse(name, args=args)).status_code == 403


def test_a_case_behind_a_wall_is_a_404_and_nothing_is_written(paralegal_client, paralegal):
    """A case restricted to a team the paralegal is not on: adding, editing and annotating are 404s."""
    note = NoteFactory(author=paralegal)
    walls.case_restrict(note.case)
    case_pk = note.case_id
    assert paralegal_client.post(reverse("notes:add", args=[case_pk]), {"text": "x"}).status_code == 404
    assert paralegal_client.post(reverse("notes:edit", args=[case_pk, note.pk]), {"text": "x"}).status_code == 404
    assert paralegal_client.post(reverse("notes:annotate", args=[case_pk, note.pk]), {"text": "x"}).status_code == 404
    assert Note.objects.count() == 1


def test_a_note_is_reached_only_through_its_own_case(paralegal_client):
    """A note's address under another case is a 404."""
    note, other = NoteFactory(), CaseFactory()
    assert paralegal_client.get(reverse("notes:annotate", args=[other.pk, note.pk])).status_code == 404
