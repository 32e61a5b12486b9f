"""The admin, as an administrator uses it: every page renders, bad input is refused, nothing half-saved."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import User
from django.urls import reverse

from appeals.models import Appeal
from cases.models import Case, Claim
from casetracker.roles import DOMAIN_APPS

from ..cases.factories import AttorneyFactory, RepresentationFactory
from ..reports.factories import ReportFactory, ReportPartFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def every_record(reference_case):
    """The reference case, plus counsel, an attachment, an import record, a note, a report, a date that could not
    be read and a calendar feed, so each model has a row (the reference case's docket gives its deadline)."""
    from deadlines.models import CalendarFeed, UnreadDate
    from filings.models import DocketAttachment
    from imports.models import DocketImport
    from notes.models import Note

    RepresentationFactory(case_party=reference_case.case_parties.get(role="defendant"), attorney=AttorneyFactory())
    complaint = reference_case.docket_entries.order_by("sequence").first()
    DocketAttachment.objects.create(entry=complaint, number=1, description="Exhibit A")
    DocketImport.objects.create(case=reference_case, source="pacer_html", sha256="0" * 64)
    Note.objects.create(case=reference_case, entry=complaint, text="Called the clerk about the summons.")
    ReportPartFactory(report=ReportFactory(case=reference_case), index=0)
    UnreadDate.objects.create(case=reference_case, entry=complaint, phrase="Sentencing set for 5/22/20107")
    CalendarFeed.objects.create(user=User.objects.create_user("calendar-reader"))
    colleague = User.objects.create_user("colleague")
    reference_case.team.create(user=colleague, role="Associate")
    reference_case.screens.create(user=User.objects.create_user("lateral"), reason="Came from LinkedIn's counsel")
    reference_case.access_log.create(user=colleague, username="colleague", outcome="viewed", page="/cases/1/")
    appeal = Case.objects.create(court_id="ca9", docket_number="25-1234", case_name="Appellant v. Appellee")
    Appeal.objects.create(case=appeal, case_below=reference_case, link="docket", appeal_from="N.D. Cal.")
    return reference_case


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


# Rows that only speed something up, rebuilt from the rest whenever they are missing: no admin of their own.
CACHES = {apps.get_model("deadlines", "FeedEvent"), apps.get_model("cases", "CaseTally")}  # kept by the database


def registered_models():
    return [model for model in admin.site._registry if model._meta.app_label in DOMAIN_APPS]


@pytest.mark.parametrize("model", registered_models(), ids=lambda m: m._meta.label)
def test_every_admin_page_renders_for_the_administrator(admin_client, every_record, model):
    """Changelist, search, add, change and history pages of each model answer 200."""
    obj = model.objects.order_by("pk").first()
    assert obj is not None, f"no {model._meta.label} to open"
    for url in [
        admin_url(model, "changelist"),
        admin_url(model, "changelist") + "?q=LinkedIn",
        admin_url(model, "change", obj.pk),
        admin_url(model, "history", obj.pk),
    ]:
        assert admin_client.get(url).status_code == 200, url
    # Reports and notes are made from the case page, deadlines come from the docket, feeds from their user's page.
    made_elsewhere = {"report", "reportpart", "deadline", "unreaddate", "calendarfeed", "accesslogentry", "note"}
    made_elsewhere.add("appeal")  # recorded from its docket sheet
    expected_add = 403 if model._meta.model_name in made_elsewhere else 200
    assert admin_client.get(admin_url(model, "add")).status_code == expected_add


def test_every_domain_model_is_registered():
    """Nothing in cases or filings is left out of the admin, history tables aside."""

    models = {
        m
        for m in apps.get_models()
        if m._meta.app_label in DOMAIN_APPS and not m.__name__.startswith("Historical") and m not in CACHES
    }
    assert models == set(registered_models())


def test_case_list_filters_and_search(admin_client, every_record):
    """Filtering by court, status, cause and class action, and searching by party name, find the case."""
    url = admin_url(Case, "changelist")
    for query in [
        "?court__id__exact=cand",
        "?status__exact=terminated",
        "?is_class_action__exact=1",
        "?q=LinkedIn+Corporation",
        "?q=5:25-cv-00709",
    ]:
        response = admin_client.get(url + query)
        assert "De La Torre v. LinkedIn Corp." in response.content.decode(), query
    cause = every_record.claims.get(count_number=3).cause_of_action_id
    assert "De La Torre" in admin_client.get(f"{url}?claims__cause_of_action__id__exact={cause}").content.decode()
    assert "De La Torre" not in admin_client.get(url + "?status__exact=open").content.decode()


def case_form(**overrides):
    data = {
        "court": "cand",
        "docket_number": "3:25-cv-01234",
        "case_name": "Acme Widgets, Inc. v. Beta Corp.",
        "status": "open",
        "jury_demand": "",
        "access": "firm",
    }
    for prefix in ["case_parties", "claims", "docket_entries", "facts", "team", "screens"]:
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(overrides)
    return data


def test_adding_a_case_normalizes_its_docket_number(admin_client):
    """A number typed "3:25-CV-1234-ABC" is saved as "3:25-cv-01234" with initials ABC."""
    response = admin_client.post(admin_url(Case, "add"), case_form(docket_number="3:25-CV-1234-ABC"))
    assert response.status_code == 302
    case = Case.objects.get()
    assert (case.docket_number, case.dn_judge_initials, case.dn_sequence) == ("3:25-cv-01234", "ABC", 1234)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"docket_number": "5:25-cv-709"}, "A case with this docket number already exists in this court."),
        ({"docket_number": "twenty-five"}, "is not a docket number this court system uses"),
        (
            {"date_filed": "2025-01-21", "date_terminated": "2025-01-20", "status": "terminated"},
            "A case cannot terminate before it was filed.",
        ),
    ],
)
def test_bad_case_input_is_refused_clearly(admin_client, reference_case, overrides, message):
    """Duplicate, malformed and impossible input gets a message a person understands, and saves nothing."""
    before = Case.objects.count()
    response = admin_client.post(admin_url(Case, "add"), case_form(**overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Case.objects.count() == before


def test_dismissal_added_in_the_case_inline_runs_the_rule(admin_client):
    """A notice of voluntary dismissal added on the case page terminates the case and its claims."""
    from filings.models import EventType

    admin_client.post(admin_url(Case, "add"), case_form(date_filed="2025-01-21"))
    case = Case.objects.get()
    Claim.objects.create(case=case, count_number=1, cause_of_action_id=1)
    data = case_form(
        date_filed="2025-01-21",
        **{
            "claims-TOTAL_FORMS": "1",
            "claims-INITIAL_FORMS": "1",
            "claims-0-id": str(case.claims.get().pk),
            "claims-0-case": str(case.pk),
            "claims-0-count_number": "1",
            "claims-0-cause_of_action": "1",
            "claims-0-status": "pending",
            "docket_entries-TOTAL_FORMS": "1",
            "docket_entries-0-date_filed": "2025-01-30",
            "docket_entries-0-event_type": str(EventType.objects.get(code="notice_voluntary_dismissal").pk),
            "docket_entries-0-dismissal_prejudice": "without",
            "docket_entries-0-description": "NOTICE of voluntary dismissal without prejudice",
        },
    )
    response = admin_client.post(admin_url(Case, "change", case.pk), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    case.refresh_from_db()
    assert case.disposition == Case.Disposition.VOLUNTARY_WITHOUT_PREJUDICE
    assert case.claims.get().status == Claim.Status.DISMISSED_WITHOUT_PREJUDICE


def test_dismissal_before_filing_in_the_inline_is_refused_and_nothing_saved(admin_client, reference_case):
    """The rule's refusal shows on the form; the entry is not saved and the case is untouched."""
    from filings.models import DocketEntry, EventType

    open_case = Case.objects.create(
        court_id="cand", docket_number="3:25-cv-04321", case_name="X v. Y", date_filed="2025-03-01"
    )
    data = case_form(
        docket_number="3:25-cv-04321",
        case_name="X v. Y",
        date_filed="2025-03-01",
        **{
            "docket_entries-TOTAL_FORMS": "1",
            "docket_entries-0-date_filed": "2025-02-01",
            "docket_entries-0-event_type": str(EventType.objects.get(code="notice_voluntary_dismissal").pk),
            "docket_entries-0-dismissal_prejudice": "without",
            "docket_entries-0-description": "NOTICE",
        },
    )
    response = admin_client.post(admin_url(Case, "change", open_case.pk), data)
    assert response.status_code == 200
    assert "cannot end a case filed March 1, 2025" in response.content.decode()
    assert not DocketEntry.objects.filter(case=open_case).exists()


def test_apply_effects_action_uses_the_same_rule(admin_client, reference_case):
    """The admin action re-applies an entry's effect through the service."""
    from filings.models import DocketEntry

    Case.objects.filter(pk=reference_case.pk).update(status="open", date_terminated=None, disposition="")
    notice = DocketEntry.objects.get(event_type__code="notice_voluntary_dismissal")
    response = admin_client.post(
        admin_url(DocketEntry, "changelist"), {"action": "apply_effects", "_selected_action": [notice.pk]}, follow=True
    )
    assert "The effects were applied." in response.content.decode()
    assert Case.objects.get(pk=reference_case.pk).is_terminated


@pytest.mark.parametrize("user_fixture", ["paralegal", "attorney"])
def test_paralegals_and_attorneys_are_refused_the_admin(client, request, reference_case, user_fixture):
    """Only administrators reach the admin; others are sent to its login."""
    client.force_login(request.getfixturevalue(user_fixture))
    for url in [reverse("admin:index"), admin_url(Case, "changelist"), admin_url(Case, "change", reference_case.pk)]:
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url


def test_staff_paralegal_can_view_but_not_change(client, paralegal, reference_case):
    """Even given admin access, the Paralegal role is view-only."""
    paralegal.is_staff = True
    paralegal.save()
    client.force_login(paralegal)
    assert client.get(admin_url(Case, "change", reference_case.pk)).status_code == 200
    assert client.get(admin_url(Case, "add")).status_code == 403
    response = client.post(admin_url(Case, "change", reference_case.pk), case_form(case_name="Changed"))
    assert response.status_code == 403


def test_a_mangled_history_url_is_a_404_not_an_error(admin_client, reference_case):
    """A history link with a broken id answers 404."""
    assert admin_client.get("/admin/cases/case/1x/history/").status_code == 404
    assert admin_client.get(f"/admin/cases/case/{reference_case.pk}/history/abc/").status_code == 404


def inline_entry(prefix_index, entry=None, **fields):
    key = f"docket_entries-{prefix_index}-"
    data = {f"{key}id": str(entry.pk) if entry else "", f"{key}case": str(entry.case_id) if entry else ""}
    if entry:
        data.update({f"{key}sequence": str(entry.sequence), f"{key}date_filed": f"{entry.date_filed:%Y-%m-%d}"})
        data.update({f"{key}description": entry.description, f"{key}entry_number": str(entry.entry_number or "")})
    data.update({f"{key}{name}": value for name, value in fields.items()})
    return data


def test_the_case_pages_docket_inline_tells_the_seam_what_it_added_changed_and_removed(admin_client, heard):
    """One save of the case page: the new entry is announced by the service, the edits and deletion once after."""
    from filings.models import DocketEntry

    from ..filings.factories import DocketEntryFactory

    case = Case.objects.create(court_id="cand", docket_number="3:25-cv-01234", case_name="Acme Widgets, Inc. v. Beta")
    kept, dropped = DocketEntryFactory.create_batch(2, case=case)
    data = case_form(
        **{"docket_entries-TOTAL_FORMS": "3", "docket_entries-INITIAL_FORMS": "2"},
        **inline_entry(0, kept, description="ORDER, as corrected"),
        **inline_entry(1, dropped, DELETE="on"),
        **inline_entry(2, date_filed="2024-04-01", description="MINUTE ENTRY of a status conference"),
    )
    response = admin_client.post(admin_url(Case, "change", case.pk), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    added = DocketEntry.objects.get(description="MINUTE ENTRY of a status conference")
    assert [(c.added, c.changed, c.removed) for c in heard] == [((added,), (), ()), ((), (kept,), (dropped.pk,))]


def test_a_status_changed_on_the_case_page_is_told_to_the_seam(admin_client, heard):
    """Terminating a case by hand reaches the seam with the case as saved; other edits do not."""
    case = Case.objects.create(court_id="cand", docket_number="3:25-cv-01234", case_name="Acme Widgets, Inc. v. Beta")
    admin_client.post(admin_url(Case, "change", case.pk), case_form(short_name="Acme v. Beta"))
    assert heard == []
    terminated = case_form(date_filed="2025-01-02", date_terminated="2025-03-04", status="terminated")
    assert admin_client.post(admin_url(Case, "change", case.pk), terminated).status_code == 302
    assert [(c.case.pk, c.case.status, c.source) for c in heard] == [(case.pk, "terminated", "admin")]


def test_old_admin_addresses_of_imports_and_reports_redirect(admin_client):
    """Bookmarks from before imports and reports had apps of their own still arrive, query string and all."""
    for old, new in [
        ("/admin/filings/docketimport/add/", "/admin/imports/docketimport/add/"),
        ("/admin/filings/report/?status__exact=failed", "/admin/reports/report/?status__exact=failed"),
        ("/admin/filings/reportpart/3/change/", "/admin/reports/reportpart/3/change/"),
    ]:
        response = admin_client.get(old)
        assert (response.status_code, response["Location"]) == (301, new), old


def test_a_case_an_administrator_is_screened_from_is_a_404_in_the_admin(admin_client, administrator, reference_case):
    """Not listed, not found by search, not opened, no history, and the attempt is logged."""
    reference_case.screens.create(user=administrator, reason="Represented LinkedIn before joining the firm")
    listing = admin_client.get(admin_url(Case, "changelist") + "?q=LinkedIn").content.decode()
    assert "De La Torre" not in listing
    for view in ["change", "history", "delete"]:
        assert admin_client.get(admin_url(Case, view, reference_case.pk)).status_code == 404, view
    party = reference_case.case_parties.get(role="defendant").party
    assert admin_client.get(admin_url(party, "change", party.pk)).status_code == 404
    autocomplete = admin_client.get(
        "/admin/autocomplete/",
        {"app_label": "filings", "model_name": "docketentry", "field_name": "case", "term": "De La"},
    )
    assert "De La Torre" not in autocomplete.content.decode()
    assert reference_case.access_log.filter(username="administrator", outcome="refused").count() == 3


def test_administrators_staff_and_screen_a_matter_on_the_case_page(admin_client, administrator, reference_case):
    from django.contrib.auth.models import User

    from cases.models import Screen

    colleague, lateral = User.objects.create_user("colleague"), User.objects.create_user("lateral")
    client_party = reference_case.case_parties.get(role="plaintiff").party
    page = admin_client.get(admin_url(Case, "change", reference_case.pk)).content.decode()
    assert "Team (a restricted case is open to its team and to Administrators)" in page and "Screens (" in page
    data = case_change_form(admin_client, reference_case)
    data.update({
        "matter_number": "10234-0007", "client": str(client_party.pk), "responsible_attorney": str(administrator.pk),
        "access": "team", "team-TOTAL_FORMS": "1", "team-0-user": str(colleague.pk), "team-0-role": "Associate",
        "screens-TOTAL_FORMS": "1", "screens-0-user": str(lateral.pk), "screens-0-reason": "Came from opposing counsel",
        "screens-0-screened_on": "2025-02-03",
    })  # fmt: skip
    response = admin_client.post(admin_url(Case, "change", reference_case.pk), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    reference_case.refresh_from_db()
    assert (reference_case.matter_number, reference_case.client, reference_case.access) == (
        "10234-0007", client_party, "team"
    )  # fmt: skip
    assert Screen.objects.get(case=reference_case, user=lateral).created_by == administrator
    assert not Case.objects.for_user(lateral).exists()


def test_the_client_must_be_one_of_the_cases_parties(admin_client, reference_case):
    from cases.models import Party

    stranger = Party.objects.create(name="Unrelated Holdings LLC")
    data = case_change_form(admin_client, reference_case)
    data["client"] = str(stranger.pk)
    response = admin_client.post(admin_url(Case, "change", reference_case.pk), data)
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    reference_case.refresh_from_db()
    assert reference_case.client is None


def test_a_superusers_view_through_a_screen_is_logged(client, reference_case, django_user_model):
    root = django_user_model.objects.create_superuser("root-user", password="x")
    reference_case.screens.create(user=root, reason="Screened")
    client.force_login(root)
    assert client.get(admin_url(Case, "change", reference_case.pk)).status_code == 200
    assert reference_case.access_log.get(username="root-user").outcome == "override"


def case_change_form(client, case) -> dict:
    """What the case's change page posts as it stands: the case's fields and every inline's rows and management."""
    page = client.get(admin_url(Case, "change", case.pk))
    data = {}
    forms = [page.context["adminform"].form]
    for inline in page.context["inline_admin_formsets"]:
        formset = inline.formset
        forms += list(formset.forms)
        management = formset.management_form
        data.update({management.add_prefix(name): management[name].value() for name in management.fields})
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            if value is None or value is False or hasattr(value, "storage"):  # no file to post again
                continue
            data[form.add_prefix(name)] = "on" if value is True else value
    return data


def test_a_delete_that_reaches_a_hidden_matter_is_refused_without_naming_it(
    admin_client, administrator, reference_case
):
    """LinkedIn is a party to the reference case and to one the administrator is screened from."""
    from cases.models import CaseParty

    from ..cases.factories import CaseFactory

    linkedin = reference_case.case_parties.get(role="defendant").party
    walled = CaseFactory(case_name="Walled Matter Holdings v. LinkedIn Corp.")
    CaseParty.objects.create(case=walled, party=linkedin, role="defendant")
    walled.screens.create(user=administrator, reason="Conflict")
    url = admin_url(linkedin, "delete", linkedin.pk)
    page = admin_client.get(url).content.decode()
    assert "Records you may not see depend on this" in page and "Walled Matter" not in page
    admin_client.post(url, {"post": "yes"})
    assert CaseParty.objects.filter(case=walled, party=linkedin).exists()


def test_view_on_site_for_a_hidden_record_is_a_404(admin_client, administrator, reference_case):
    from django.contrib.contenttypes.models import ContentType

    shortcut = f"/admin/r/{ContentType.objects.get_for_model(Case).pk}/{reference_case.pk}/"
    assert admin_client.get(shortcut).status_code == 302
    reference_case.screens.create(user=administrator, reason="Conflict")
    assert admin_client.get(shortcut).status_code == 404
