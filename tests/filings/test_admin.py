"""The docket entry admin: every add, change and delete goes through the docket's seam."""

import pytest
from django.urls import reverse

from filings.models import DocketEntry, EventType
from filings.recorded import Source

from ..cases.factories import CaseFactory
from .factories import DocketEntryFactory

pytestmark = pytest.mark.django_db


def entry_form(case, **overrides):
    data = {
        "case": str(case.pk),
        "date_filed": "2024-03-05",
        "event_type": str(EventType.objects.get(code="order").pk),
        "description": "ORDER setting a case management conference",
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
    }
    return {**data, **overrides}


def test_an_entry_added_in_the_admin_is_announced_as_added(admin_client, heard):
    """The add page records through the service: the seam hears the new entry, from the admin."""
    case = CaseFactory()
    response = admin_client.post(reverse("admin:filings_docketentry_add"), entry_form(case))
    assert response.status_code == 302
    entry = DocketEntry.objects.get(case=case)
    assert [(change.added, change.source) for change in heard] == [((entry,), Source.ADMIN)]


def test_an_entry_changed_in_the_admin_is_announced_as_changed(admin_client, heard):
    """Saving an entry's change page announces that entry as changed."""
    entry = DocketEntryFactory()
    url = reverse("admin:filings_docketentry_change", args=[entry.pk])
    data = entry_form(entry.case, sequence=str(entry.sequence), description="ORDER, as corrected")
    assert admin_client.post(url, data).status_code == 302
    assert [(change.changed[0].description, change.added) for change in heard] == [("ORDER, as corrected", ())]


def test_entries_deleted_in_the_admin_are_announced_as_removed(admin_client, heard):
    """One deleted on its page, two with the list's delete action: each case hears the ids it lost."""
    first, second, third = DocketEntryFactory.create_batch(3, case=CaseFactory())
    admin_client.post(reverse("admin:filings_docketentry_delete", args=[first.pk]), {"post": "yes"})
    changelist = reverse("admin:filings_docketentry_changelist")
    admin_client.post(
        changelist, {"action": "delete_selected", "_selected_action": [second.pk, third.pk], "post": "yes"}
    )
    assert [sorted(change.removed) for change in heard] == [[first.pk], sorted([second.pk, third.pk])]
    assert not DocketEntry.objects.exists()


def test_the_apply_effects_action_announces_the_entries_it_applied(admin_client, reference_case, heard):
    """Re-applying a dismissal terminates the case again and tells the seam which entry did it."""
    from cases.models import Case

    Case.objects.filter(pk=reference_case.pk).update(status="open", date_terminated=None, disposition="")
    notice = DocketEntry.objects.get(event_type__code="notice_voluntary_dismissal")
    admin_client.post(
        reverse("admin:filings_docketentry_changelist"), {"action": "apply_effects", "_selected_action": [notice.pk]}
    )
    assert [(change.changed, change.case.is_terminated) for change in heard] == [((notice,), True)]


def test_an_entrys_stored_document_is_named_but_never_linked(admin_client):
    """The admin shows the document's name; a link to its place in storage would skip the download's checks."""
    from django.core.files.base import ContentFile

    entry = DocketEntryFactory()
    entry.document.save("complaint.pdf", ContentFile(b"%PDF-1.4 filed complaint"), save=True)
    page = admin_client.get(reverse("admin:filings_docketentry_change", args=[entry.pk])).content.decode()
    assert entry.document.name in page
    assert f'href="{entry.document.url}"' not in page and "/media/" not in page
