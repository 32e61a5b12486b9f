"""Three cases behind different walls, marked in every record, and a user of every kind: for the authorization
matrix (tests/casetracker/test_authorization_matrix.py) and the matter-wall browser test (tests/browser/test_walls.py).

- open: open to the firm;
- walled: restricted to its team (the paralegal "member");
- screened: open to the firm, but the attorney "screened", the Administrator "screened_admin" and the superuser are
  screened from it.

Each case's caption, party, counsel, firm, docket entry, attachment (and its PDF), chronology fact, claim, relief,
deadlines, unreadable date, notes and annotations, docket import and report carry words found nowhere else
(``marked``).
"""

import hashlib
from dataclasses import dataclass
from datetime import date
from functools import cache

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from appeals.models import Appeal
from cases import walls
from cases.models import Attorney, Case, CauseOfAction, Court
from casetracker.roles import ADMINISTRATOR, ATTORNEY, PARALEGAL
from deadlines.feeds import feed_build
from deadlines.models import CalendarFeed, CourtClosure, CourtRule
from deadlines.services import feed_items
from filings.models import EventType
from notes.models import Note

from ..cases.factories import (
    AttorneyFactory,
    CaseFactory,
    CasePartyFactory,
    ClaimFactory,
    LawFirmFactory,
    PartyFactory,
    RepresentationFactory,
)
from ..filings.factories import ChronologyFactFactory, DocketEntryFactory
from ..reports.factories import ReportFactory, ReportPartFactory
from .factories import user_with_role

CASES = ("open", "walled", "screened")
TOKENS = {"open": "Xqopen", "walled": "Xqwall", "screened": "Xqscr"}
DOCKETS = {"open": "3:31-cv-07101", "walled": "3:31-cv-07202", "screened": "3:31-cv-07303"}
COUNSEL_USER = {"open": "attorney", "walled": "nonmember", "screened": "screened"}  # counsel of record, as users
SCREENED_KINDS = ("screened", "screened_admin", "superuser")
DAY = date(2031, 3, 12)  # every deadline of every case falls on this day
DEADLINES_PER_CASE = 3
SHARED_PARTY = "Northwind Traders LLC"  # a defendant in all three cases


@cache
def marked_pdf(key: str) -> bytes:
    """A small real PDF for the case's ready report."""
    from weasyprint import HTML  # the test process may load the renderer; the web process never does

    return HTML(string=f"<h1>Docket report</h1><p>{marked(key, 'report')}</p>").write_pdf()


def search_word(case: str, what: str) -> str:
    return f"Sk{TOKENS[case][2:]}{what}"


def marked(case: str, what: str) -> str:
    """A marker word that must never reach anyone who may not see the case, and a word to search the record by
    (search boxes echo what was searched, so a marker is never searched for itself)."""
    return f"{TOKENS[case]}{what} {search_word(case, what)}"


def marked_parties(case: Case, key: str) -> dict:
    party = PartyFactory(name=f"{marked(key, 'party')} LLC")
    link = CasePartyFactory(case=case, party=party)
    counsel = AttorneyFactory(name=marked(key, "counsel"), firm=LawFirmFactory(name=f"{marked(key, 'firm')} LLP"))
    claim = ClaimFactory(case=case, summary=marked(key, "claim"))
    claim.asserted_by.add(party)
    return {
        "cases.Party": party.pk,
        "cases.CaseParty": link.pk,
        "cases.Attorney": counsel.pk,
        "cases.LawFirm": counsel.firm_id,
        "cases.Representation": RepresentationFactory(case_party=link, attorney=counsel).pk,
        "cases.Claim": claim.pk,
        "cases.ReliefSought": claim.relief.create(kind="damages", description=marked(key, "relief")).pk,
    }


def marked_docket(case: Case, key: str) -> dict:
    entry = DocketEntryFactory(case=case, description=f"ORDER re {marked(key, 'entry')}.")
    deadlines = [
        case.deadlines.create(key=f"set:{entry.pk}:{n}", kind="due", title=f"{marked(key, 'deadline')} brief {n}",
                              computed_date=DAY, due_date=DAY, trigger_entry=entry)
        for n in range(DEADLINES_PER_CASE)
    ]  # fmt: skip
    return {
        "filings.DocketEntry": entry.pk,
        "filings.DocketAttachment": entry.attachments.create(
            number=1,
            description=marked(key, "attachment"),
            file=ContentFile(marked_pdf(key), name=f"{key}-exhibit.pdf"),
        ).pk,
        "filings.ChronologyFact": ChronologyFactFactory(case=case, description=marked(key, "fact")).pk,
        "deadlines.Deadline": deadlines[0].pk,
        "deadlines.UnreadDate": case.unread_dates.create(entry=entry, phrase=f"{marked(key, 'unread')} 2/30/31").pk,
    }


def marked_notes(case: Case, key: str) -> dict:
    """A note on the case and one on its entry, each annotated: all four carry the case's marker words."""
    entry = case.docket_entries.get()
    note = Note.objects.create(case=case, text=f"{marked(key, 'note')} call the clerk")
    on_entry = Note.objects.create(case=case, entry=entry, text=f"{marked(key, 'entrynote')} exhibit missing")
    for parent in (note, on_entry):
        Note.objects.create(case=case, entry=parent.entry, annotates=parent, text=f"{marked(key, 'annotation')} done")
    return {"notes.Note": note.pk}


def marked_records(case: Case, key: str) -> dict:
    sheet = case.imports.create(
        source="pacer_html", sha256=hashlib.sha256(key.encode()).hexdigest(), file_name=f"{TOKENS[key]}sheet.html"
    )
    pdf = marked_pdf(key)
    report = ReportFactory(case=case, ready=True, file=ContentFile(pdf, name=f"{key}.pdf"), file_size=len(pdf))
    log = case.access_log.create(username="records-clerk", outcome="viewed", page="/")
    # Each case is also an appeal (of no case below), so that the appeal's panel, link pages and admin are walked.
    appeal = Appeal.objects.create(case=case, case_type=marked(key, "appeal"), originating_docket_number="1:30-cv-1")
    return {
        "appeals.Appeal": appeal.pk,
        "imports.DocketImport": sheet.pk,
        "reports.Report": report.pk,
        "reports.ReportPart": ReportPartFactory(report=report, index=0).pk,
        "cases.AccessLogEntry": log.pk,
    }


def marked_case(key: str) -> tuple[Case, dict]:
    """A case whose every record carries its marker words, and the pk of its row of each model."""
    case = CaseFactory(case_name=f"{marked(key, 'caption')} Holdings v. Acme Widgets, Inc.", docket_number=DOCKETS[key])
    rows = {"cases.Case": case.pk, **marked_parties(case, key), **marked_docket(case, key), **marked_notes(case, key)}
    return case, {**rows, **marked_records(case, key)}


def people() -> dict:
    users = {
        "anonymous": None,
        "norole": get_user_model().objects.create_user("norole", password="pw-norole"),
        "superuser": get_user_model().objects.create_superuser("root", password="pw-root"),
    }
    for kind, role in [("paralegal", PARALEGAL), ("attorney", ATTORNEY), ("nonmember", ATTORNEY),
                       ("member", PARALEGAL), ("screened", ATTORNEY)]:  # fmt: skip
        users[kind] = user_with_role(kind, role)
    for kind in ("administrator", "screened_admin"):
        users[kind] = user_with_role(kind, ADMINISTRATOR, is_staff=True)
    return users


@dataclass
class World:
    cases: dict
    rows: dict  # case key -> model label -> pk of that case's row
    shared: dict  # model label -> pk of a row that belongs to no case
    users: dict  # kind -> user (None for anonymous)


def shared_rows(users: dict, cases: dict) -> dict:
    """A row of each model that belongs to no case, each catalogue row saved once so its history has a version."""
    axes = apps.get_app_config("axes")
    seen = {"user_agent": "test", "ip_address": "10.0.0.9", "username": "paralegal", "http_accept": "*/*",
            "path_info": "/accounts/login/"}  # fmt: skip
    attempt = axes.get_model("AccessAttempt").objects.create(**seen, get_data="", post_data="", failures_since_start=1)
    shared = {
        "auth.User": users["screened"].pk,
        "auth.Group": Group.objects.get(name=PARALEGAL).pk,
        "axes.AccessAttempt": attempt.pk,
        "axes.AccessLog": axes.get_model("AccessLog").objects.create(**seen).pk,
        "axes.AccessFailureLog": axes.get_model("AccessFailureLog").objects.create(**seen).pk,
        "deadlines.CalendarFeed": CalendarFeed.objects.get(user=users["attorney"]).pk,
    }
    catalogues = {
        "cases.Court": Court.objects.get(pk="cand"),
        "cases.CauseOfAction": CauseOfAction.objects.first(),
        "filings.EventType": EventType.objects.get(code="order"),
        "deadlines.CourtRule": CourtRule.objects.first(),
        "deadlines.CourtClosure": CourtClosure.objects.first(),
    }
    for label, row in catalogues.items():
        row.save()
        shared[label] = row.pk
    everywhere = PartyFactory(name=SHARED_PARTY)  # a party of every case: its page lists what one may see
    for case in cases.values():
        CasePartyFactory(case=case, party=everywhere, role="defendant")
    return {**shared, "shared party": everywhere.pk}


def feeds_built(users: dict, cases: dict) -> None:
    """Each user with a role is assigned each case's first deadline, and has a feed built before the walls go up:
    the walls must make those stored feeds stale, or the stored copy would still hold the hidden cases."""
    for kind, user in users.items():
        if kind in ("anonymous", "norole"):
            continue
        for case in cases.values():
            case.deadlines.order_by("pk").first().assigned_to.add(user)
        feed_build(CalendarFeed.objects.create(user=user), feed_items(user), site="http://testserver")


def walls_built(users: dict, cases: dict, rows: dict) -> None:
    """The walled case restricted to its team; three users screened from the screened case. The other cases get a
    team member and a screen too (of users whom they change nothing for), so every case has a row of each."""
    walls.case_restrict(cases["walled"])
    teams = {"open": "attorney", "walled": "member", "screened": "paralegal"}
    for key, kind in teams.items():
        walls.team_add(cases[key], [users[kind]], role="Associate")
    for kind in SCREENED_KINDS:
        walls.screen_add(cases["screened"], users[kind], reason="Represented the defendant", by=users["administrator"])
    for key in ("open", "walled"):
        walls.screen_add(cases[key], users["norole"], reason="Related to a party", by=users["administrator"])
    for key, case in cases.items():
        rows[key]["cases.MatterMember"] = case.team.get().pk
        rows[key]["cases.Screen"] = case.screens.order_by("pk").first().pk


def walled_world() -> World:
    """The three cases, every kind of user, counsel linked to their users, feeds, and then the walls."""
    users = people()
    built = {key: marked_case(key) for key in CASES}
    cases, rows = {key: case for key, (case, _) in built.items()}, {key: row for key, (_, row) in built.items()}
    for key, kind in COUNSEL_USER.items():
        Attorney.objects.filter(pk=rows[key]["cases.Attorney"]).update(user=users[kind])
        Case.objects.filter(pk=cases[key].pk).update(responsible_attorney=users[kind])
        cases[key].reports.update(requested_by=users[kind])  # a report whose requester is gone breaks its case page
    feeds_built(users, cases)
    shared = shared_rows(users, cases)
    walls_built(users, cases, rows)
    return World(cases=cases, rows=rows, shared=shared, users=users)
