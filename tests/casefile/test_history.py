"""Who changed what, and when, is kept for every record, and can be seen and reverted."""

import pytest
from django.urls import reverse

from cases.models import Case

pytestmark = pytest.mark.django_db


def test_admin_change_is_recorded_with_its_user(admin_client, administrator, reference_case):
    """Changing the caption through the admin writes a history row naming the administrator."""
    url = reverse("admin:cases_case_change", args=[reference_case.pk])
    page = admin_client.get(url)
    form = page.context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data["is_class_action"] = "on"
    for formset in page.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        data.update({management.add_prefix(k): v for k, v in management.initial.items()})
        for inline_form in formset.formset.forms:
            for name in inline_form.fields:
                value = inline_form[name].value()
                if value not in (None, False) and not hasattr(value, "field"):
                    data[inline_form.add_prefix(name)] = [str(v) for v in value] if isinstance(value, list) else value
    data["case_name"] = "De La Torre v. LinkedIn Corporation (amended caption)"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    latest = Case.history.filter(id=reference_case.pk).latest("history_date")
    assert latest.history_user == administrator
    assert latest.history_type == "~"
    delta = latest.diff_against(latest.prev_record)
    assert [(c.field, c.new) for c in delta.changes] == [
        ("case_name", "De La Torre v. LinkedIn Corporation (amended caption)")
    ]


def test_history_page_lists_the_changes_and_offers_a_revert(admin_client, reference_case):
    """The history view lists the versions; an earlier version opens as a revert form."""
    first = Case.history.filter(id=reference_case.pk).earliest("history_date")
    listing = admin_client.get(reverse("admin:cases_case_history", args=[reference_case.pk]))
    assert listing.status_code == 200
    revert = admin_client.get(reverse("admin:cases_case_simple_history", args=[reference_case.pk, first.history_id]))
    assert revert.status_code == 200
    assert "Revert" in revert.content.decode()


def test_deletes_are_kept_in_history(reference_case):
    """Deleting a chronology fact leaves a deletion record behind."""
    from filings.models import ChronologyFact

    fact = reference_case.facts.first()
    fact_id = fact.pk
    fact.delete()
    assert ChronologyFact.history.filter(id=fact_id, history_type="-").exists()
