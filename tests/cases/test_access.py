"""The one access rule: every model that holds case data reads through for_user, which follows case_rule."""

import pytest
from django.apps import apps
from django.contrib.auth.models import AnonymousUser
from django.db.models import Q

from appeals.models import Appeal
from cases import access
from casetracker.roles import ATTORNEY, DOMAIN_APPS
from deadlines.models import FeedEvent

from ..casetracker.factories import user_with_role
from ..filings.factories import ChronologyFactFactory, DocketEntryFactory
from ..reports.factories import ReportPartFactory
from .factories import CaseFactory, CasePartyFactory, ClaimFactory, RepresentationFactory

pytestmark = pytest.mark.django_db

# Catalogues and directories: they hold no one case's data.
NOT_CASE_DATA = {
    "cases.Court", "cases.CauseOfAction", "cases.LawFirm", "cases.Attorney", "cases.CaseTally", "filings.EventType",
    "deadlines.CourtRule", "deadlines.CourtClosure", "deadlines.CalendarFeed",
}  # fmt: skip


def case_data_models():
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label in DOMAIN_APPS
        and not model.__name__.startswith("Historical")
        and model._meta.label not in NOT_CASE_DATA
    ]


def a_case_with_everything():
    case = CaseFactory()
    link = CasePartyFactory(case=case)
    RepresentationFactory(case_party=link)
    ClaimFactory(case=case).relief.create(kind="damages")
    entry = DocketEntryFactory(case=case)
    entry.attachments.create(number=1)
    case.deadlines.create(key="set:1:0", kind="due", title="Joint status report", computed_date=entry.date_filed,
                          due_date=entry.date_filed, trigger_entry=entry)  # fmt: skip
    case.unread_dates.create(entry=entry, phrase="Status report due by 2/30/2024")
    FeedEvent.objects.create(deadline=case.deadlines.get(), sequence=0, text="BEGIN:VEVENT\r\nEND:VEVENT\r\n")
    ChronologyFactFactory(case=case)
    ReportPartFactory(report__case=case, index=0)
    case.imports.create(source="pacer_html", sha256="0" * 64)
    outsider = user_with_role(f"outsider-{case.pk}", ATTORNEY)
    case.team.create(user=outsider, role="Associate")
    case.screens.create(
        user=user_with_role(f"screened-{case.pk}", ATTORNEY), reason="Prior firm represented the other side"
    )
    case.access_log.create(user=outsider, username=outsider.username, outcome="viewed", page="/")
    case.notes.create(entry=entry, author=outsider, text="Called the clerk about the hearing date.")
    Appeal.objects.create(case=case, case_type="civil, private")
    return case


def case_of(row):
    """Walk from a row to its case the way its queryset does."""
    if row._meta.label == "cases.Case":
        return row
    path = type(row).objects.all().case_path
    for step in path.split("__"):
        row = getattr(row, step)
    return row


def test_every_model_of_case_data_has_for_user():
    """A new model holding case data cannot be read around the rule."""
    missing = [model._meta.label for model in case_data_models() if not hasattr(model.objects, "for_user")]
    assert missing == []


def test_a_user_without_a_role_reads_nothing(django_user_model):
    """Signed in with no role, or anonymous: every model's for_user is empty."""
    a_case_with_everything()
    for user in (django_user_model.objects.create_user("visitor"), AnonymousUser()):
        for model in case_data_models():
            assert not model.objects.for_user(user).exists(), (user, model._meta.label)


def test_roles_read_what_their_permissions_allow(paralegal, attorney):
    """A paralegal reads the docket but no reports; an attorney reads both."""
    a_case_with_everything()
    report_model = apps.get_model("reports", "Report")
    entry_model = apps.get_model("filings", "DocketEntry")
    assert entry_model.objects.for_user(paralegal).count() == 1
    assert not report_model.objects.for_user(paralegal).exists()
    assert report_model.objects.for_user(attorney).count() == 1


def test_narrowing_the_case_rule_narrows_every_model(administrator, monkeypatch):
    """When the rule admits one case, every model's rows of the other case disappear, parties included."""
    shown, hidden = a_case_with_everything(), a_case_with_everything()
    monkeypatch.setattr(access, "case_rule", lambda user: Q(pk=shown.pk))
    for model in case_data_models():
        if model._meta.label == "cases.Party":
            continue
        rows = list(model.objects.for_user(administrator))
        assert rows and {case_of(row).pk for row in rows} == {shown.pk}, model._meta.label
    parties = apps.get_model("cases", "Party").objects.for_user(administrator)
    assert set(parties) == {link.party for link in shown.case_parties.all()}
    assert not parties.filter(pk__in=hidden.case_parties.values("party_id")).exists()
