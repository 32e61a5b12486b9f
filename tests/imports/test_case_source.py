"""A case opened by an import says where it came from; an import never rewrites where a case came from."""

import pytest
from django.urls import reverse

from cases.models import Case, Court
from cases.services import case_create
from imports.services import docket_import

from .sheets import courtlistener_docket, json_bytes, sheet_import

pytestmark = pytest.mark.django_db


def courtlistener_import():
    return docket_import(content=json_bytes(courtlistener_docket()), file_name="cand_2.json")


def test_a_case_opened_from_a_sheet_records_its_source():
    """A PACER sheet opens a PACER case; a CourtListener docket a CourtListener one."""
    assert sheet_import("cacd").case.source == Case.Source.PACER
    assert courtlistener_import().case.source == Case.Source.COURTLISTENER
    assert set(Case.objects.values_list("source", flat=True)) == {"pacer", "courtlistener"}


def test_a_case_keeps_the_source_it_was_opened_from():
    """A case entered by hand stays "entered by hand" when a sheet updates it; a PACER case stays PACER."""
    by_hand = case_create(court=Court.objects.get(pk="cacd"), docket_number="2:06-cv-00350", case_name="LA Printex")
    assert sheet_import("cacd").case == by_hand
    by_hand.refresh_from_db()
    assert (by_hand.source, by_hand.case_name) == (Case.Source.MANUAL, "LA Printex Industries Inc v. Daffy's Inc")
    pacer = sheet_import("cand_2").case
    assert courtlistener_import().case == pacer
    pacer.refresh_from_db()
    assert pacer.source == Case.Source.PACER


def test_the_case_admin_page_shows_the_source(admin_client):
    """Beside the case's imports: "Source of the record: PACER docket sheet", or "Entered by hand"."""
    pacer = sheet_import("cacd").case
    page = admin_client.get(reverse("admin:cases_case_change", args=[pacer.pk])).content.decode()
    assert "Source of the record: PACER docket sheet." in page
    by_hand = case_create(court=Court.objects.get(pk="cand"), docket_number="3:08-cv-00177", case_name="Brady")
    page = admin_client.get(reverse("admin:cases_case_change", args=[by_hand.pk])).content.decode()
    assert "Source of the record: Entered by hand." in page
