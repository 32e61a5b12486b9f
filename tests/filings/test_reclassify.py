"""reclassify_entries: imported entries re-typed by the current classifier, never a type a person chose."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from cases.models import Case
from filings.models import DocketEntry, EventType
from filings.recorded import Source

from ..imports.sheets import sheet_import
from .factories import DocketEntryFactory

pytestmark = pytest.mark.django_db


def reclassify(*args) -> str:
    out = StringIO()
    call_command("reclassify_entries", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def roddy():
    """Roddy v. Babin imported, its clerk's "MOTION(S) REFERRED" notes typed Motion as the old classifier did."""
    sheet_import("lamd")
    referred = DocketEntry.objects.filter(description__startswith="MOTION(S) REFERRED")
    assert referred.count() == 6 and not referred.filter(event_type__isnull=False).exists()
    motion = EventType.objects.get(code="motion")
    DocketEntry.history.filter(id__in=referred.values("pk")).update(event_type=motion)  # as that import recorded it
    referred.update(event_type=motion)
    return Case.objects.get()


def test_dry_run_prints_the_changes_and_writes_nothing(roddy):
    """--dry-run lists each entry that would change, old type to new, and leaves the docket as it was."""
    before = list(DocketEntry.objects.values_list("pk", "event_type_id"))
    out = reclassify("--dry-run")
    assert out.count("motion -> (none)  MOTION(S) REFERRED") == 6
    assert "6 entries would be re-typed (dry run: nothing written)." in out
    assert list(DocketEntry.objects.values_list("pk", "event_type_id")) == before


def test_imported_types_are_corrected_once_and_told_to_the_seam(roddy, heard):
    """The importer's wrong types are fixed, with a history reason and one seam call; a second run has nothing to do."""
    assert "6 entries re-typed." in reclassify()
    assert not DocketEntry.objects.filter(description__startswith="MOTION(S) REFERRED", event_type__isnull=False)
    assert [(call.case, len(call.changed), call.source) for call in heard] == [(roddy, 6, Source.SERVICE)]
    entry = DocketEntry.objects.filter(description__startswith="MOTION(S) REFERRED").first()
    assert entry.history.first().history_change_reason == "Re-typed by the current docket classifier"
    assert "0 entries re-typed." in reclassify()


def test_a_type_a_person_chose_is_kept(roddy):
    """An imported entry a person re-typed (even to what the classifier calls wrong) keeps that type."""
    entry = DocketEntry.objects.filter(description__startswith="MOTION(S) REFERRED").first()
    entry.event_type = EventType.objects.get(code="notice")
    entry.save()  # the admin's save: a history record with no import reason
    assert "5 entries re-typed." in reclassify()
    entry.refresh_from_db()
    assert entry.event_type.code == "notice"


def test_entries_typed_in_by_hand_are_left_alone(roddy):
    """An entry a person recorded (no import key) is theirs, typed or not."""
    typed_in = DocketEntryFactory(
        case=roddy, sequence=900, entry_number=900, date_filed=datetime.date(2021, 5, 1), event_type=None
    )
    typed_in.description = "Joint MOTION to Continue by all parties."
    typed_in.save()
    reclassify()
    typed_in.refresh_from_db()
    assert typed_in.event_type is None
