"""Reverting through the admin's history is a change: it takes the right to change that record."""

import pytest
from django.urls import reverse

from cases.models import Case, Party
from casetracker.roles import PARALEGAL
from devdata.demo import DEMO_CHANGE_REASON
from imports.models import DocketImport

from .factories import user_with_role

pytestmark = pytest.mark.django_db


def revert_url(record, version):
    opts = record._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_simple_history", args=[record.pk, version.history_id])


def form_data(page, **changes):
    """What the revert form on the page posts, with some values changed."""
    form = page.context["adminform"].form
    return {**{name: form[name].value() or "" for name in form.fields}, **changes}


def test_a_view_only_staff_user_cannot_revert_a_case(client, reference_case):
    """A paralegal with staff status may open a version, but posting it is refused and the case stays as it was."""
    paralegal = user_with_role("staff-paralegal", PARALEGAL, is_staff=True)
    client.force_login(paralegal)
    before = (reference_case.case_name, reference_case.assigned_to)
    version = reference_case.history.earliest("history_date")
    url = revert_url(reference_case, version)
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()  # no Revert button
    response = client.post(url, form_data(page, case_name="Rewritten v. Through History", assigned_to="Judge Nobody"))
    assert response.status_code == 403
    reference_case.refresh_from_db()
    assert (reference_case.case_name, reference_case.assigned_to) == before


def test_an_administrator_cannot_rewrite_a_read_only_import_record(admin_client, reference_case, administrator):
    """Import records are read-only in the admin, and their history cannot be used to change one either."""
    record = DocketImport.objects.create(
        case=reference_case, imported_by=administrator, source="pacer_html", file_name="cand.html", sha256="a" * 64
    )
    version = record.history.get()
    data = {"case": reference_case.pk, "source": "courtlistener_json", "file_name": "forged.json", "sha256": "b" * 64}
    response = admin_client.post(revert_url(record, version), data)
    assert response.status_code == 403
    record.refresh_from_db()
    assert (record.file_name, record.source) == ("cand.html", "pacer_html")


def test_an_administrator_reverts_a_case_to_an_earlier_version(admin_client, reference_case):
    """With change permission the revert form saves the version, as before."""
    version = reference_case.history.earliest("history_date")
    Case.objects.filter(pk=reference_case.pk).update(case_name="A later, wrong caption")
    page = admin_client.get(revert_url(reference_case, version))
    response = admin_client.post(revert_url(reference_case, version), form_data(page, _save="Revert"))
    assert response.status_code == 302, page.context["adminform"].form.errors
    reference_case.refresh_from_db()
    assert reference_case.case_name == version.case_name


def test_a_record_outside_the_admin_scope_has_no_history_form(admin_client, reference_case):
    """A version of a record the admin's queryset does not hold, or a mangled id, is a 404."""
    version = reference_case.history.earliest("history_date")
    missing = reverse("admin:cases_case_simple_history", args=[reference_case.pk + 1000, version.history_id])
    assert admin_client.get(missing).status_code == 404
    mangled = reverse("admin:cases_case_simple_history", args=["not-a-number", version.history_id])
    assert admin_client.get(mangled).status_code == 404


def history_page(client, record) -> str:
    opts = record._meta
    return client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[record.pk])).content.decode()


def test_the_history_shows_labels_not_codes(admin_client, reference_case):
    """The dismissal's changes read as the forms show them: "Open → Terminated" and the disposition's label."""
    page = history_page(admin_client, reference_case)
    assert "<strong>Status:</strong> Open&nbsp;&rarr; Terminated" in page
    assert "<strong>Disposition:</strong> —&nbsp;&rarr; Voluntarily dismissed without prejudice" in page
    assert "vol_dismissed_wop" not in page


def test_the_history_names_a_related_row_and_never_says_none(admin_client, reference_case):
    """A party swapped shows both parties' names and the role's labels; no version says its user is "None"."""
    defendant = reference_case.case_parties.get(role="defendant")
    defendant.party = Party.objects.create(name="Microsoft Corporation", kind="organization")
    defendant.role = "intervenor"
    defendant.save()
    page = history_page(admin_client, defendant)
    assert "<strong>Party:</strong> LinkedIn Corporation&nbsp;&rarr; Microsoft Corporation" in page
    assert "<strong>Role:</strong> Defendant&nbsp;&rarr; Intervenor" in page
    assert "None" not in page
    assert "not recorded" in page and DEMO_CHANGE_REASON in page  # the demo's own version says what wrote it
