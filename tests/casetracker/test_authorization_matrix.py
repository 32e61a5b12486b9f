"""Every URL pattern, for every kind of user, against an open case, a restricted case and a case some users are
screened from (issue 11).

The patterns come from the resolver: one the tables below do not cover fails the test by name, so a new page
cannot skip the matrix. Who may see which case is written out here (SEES), never read from the rule under test.
Every record of a case carries marker words; no page may show them to someone who may not see the case.
"""

import csv
import io
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.test import Client, RequestFactory, TestCase, override_settings
from django.urls import URLResolver, get_resolver, path, reverse
from django.urls.resolvers import RoutePattern

from cases.access import VIEW_CASE
from cases.models import AccessLogEntry
from casetracker.roles import (
    ATTACH_PERMISSION,
    CALENDAR_PERMISSION,
    EXPORT_PERMISSION,
    IMPORT_PERMISSION,
    LINK_PERMISSION,
)
from deadlines.models import CalendarFeed

from .walled_cases import (
    CASES,
    COUNSEL_USER,
    DEADLINES_PER_CASE,
    DOCKETS,
    SHARED_PARTY,
    TOKENS,
    World,
    marked,
    search_word,
    walled_world,
)

# Who may see which case, as the walls promise it: the test's own statement, not a reading of cases.access.
SEES = {
    "anonymous": set(),
    "norole": set(),
    "paralegal": {"open", "screened"},
    "attorney": {"open", "screened"},
    "nonmember": {"open", "screened"},  # an attorney counsel of record in the walled case, but not on its team
    "member": set(CASES),  # a paralegal on the walled case's team
    "administrator": set(CASES),
    "screened": {"open"},  # an attorney screened from the screened case, and its counsel of record
    "screened_admin": {"open", "walled"},
    "superuser": set(CASES),  # screened too: only a superuser passes a screen, and it is logged
}
KINDS = tuple(SEES)
MONTH, RANGE = "2031-03", "due_from=2031-03-01&due_to=2031-03-31"  # the month of walled_cases.DAY
MONTH_CELL_ITEMS = 4  # a month cell lists this many items, then "All N"
VIEW_DEADLINE = "deadlines.view_deadline"
LOGIN, ADMIN_LOGIN = "/accounts/login/", "/admin/login/"
SIGN_IN = (LOGIN, ADMIN_LOGIN)  # anonymous, to either page: the site's middleware or the admin's own check


@pytest.fixture(scope="module")
def module_media(tmp_path_factory):
    return tmp_path_factory.mktemp("media")


@pytest.fixture(autouse=True)
def media_root(settings, module_media):
    """The reports' files are saved once for the module's world; every test reads them from there."""
    settings.MEDIA_ROOT = module_media
    return module_media


@pytest.fixture(autouse=True)
def quiet_refusals(caplog):
    """Thousands of 403s and 404s are the point here: log server errors only (formatting each refusal's traceback
    would cost seconds)."""
    caplog.set_level(logging.ERROR, logger="django.request")


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, module_media):
    """One world for the module, built in a transaction that is rolled back at its end; each test runs in a savepoint
    of it, so what one kind of user's requests write is gone before the next kind's test."""
    fast = override_settings(
        MEDIA_ROOT=module_media, PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]
    )
    with django_db_blocker.unblock(), transaction.atomic():
        with fast, TestCase.captureOnCommitCallbacks(execute=True):  # the walls' signals run as on a real commit
            built = walled_world()
        yield built
        transaction.set_rollback(True)


# The tables: every URL pattern, how its address is filled for each case, and what the view checks first.


@dataclass(frozen=True)
class Row:
    """One URL pattern: how its addresses are made for a case, and what the view promises whom."""

    urls: Callable  # (world, case key, user) -> the addresses to ask for
    per_case: bool = False  # the address names one case's record: 404 for whoever may not see that case
    perm: str | Callable | None = None  # the role check the view makes first: a permission, or user -> bool
    ok: frozenset = frozenset({200})  # what a user who may see it gets
    method: str = "get"
    admin: bool = False  # behind the admin's staff check
    directory: bool = False  # the firm-wide directory of counsel and firms: their own names may show
    special: Callable | None = None  # user -> statuses, for a page with rules of its own (None: the usual rules)


def named(name: str, *labels: str) -> Callable:
    """The named page of the case's row of each of these models."""
    return lambda w, c, u: [reverse(name, args=[w.rows[c][label] for label in labels])]


def fixed(*addresses: str) -> Callable:
    return lambda w, c, u: list(addresses)


def searched(address: str, what: str) -> Callable:
    return lambda w, c, u: [f"{address}?q={search_word(c, what)}"]


def own_feed(w, c, u) -> list[str]:
    feed = CalendarFeed.objects.filter(user=u).first() if u else None
    return [f"/calendar/feed/{feed.token if feed else 'no-such-feed'}.ics"]


def on_site(w, c, u) -> list[str]:
    """The admin's "view on site" of the case's own records that have a page."""
    labels = ("cases.Case", "cases.Party", "deadlines.Deadline")
    return [
        reverse(
            "admin:view_on_site", args=[ContentType.objects.get_for_model(apps.get_model(label)).pk, w.rows[c][label]]
        )
        for label in labels
    ]


def moved(*labels: str) -> Callable:
    """The old admin addresses from when filings held imports and reports."""
    return lambda w, c, u: [
        f"/admin/filings/{label.split('.')[1].lower()}/{w.rows[c][label]}/change/" for label in labels
    ]


def admin_apps(w, c, u) -> list[str]:
    return [f"/admin/{label}/" for label in sorted({model._meta.app_label for model in admin.site._registry})]


def case_autocomplete(w, c, u) -> list[str]:
    return [
        f"/admin/autocomplete/?app_label=cases&model_name=caseparty&field_name=case&term={search_word(c, 'caption')}"
    ]


def signed_in_gets(status: int) -> Callable:
    return lambda user: None if user is None else {status}


def deadline_action(action: str) -> Row:
    return Row(named(f"deadlines:{action}", "deadlines.Deadline"), True, CALENDAR_PERMISSION, frozenset({302}), "post")


# "View on site" of a case's records: the project's scoped view stands ahead of the admin's own, at the same address.
ON_SITE = Row(on_site, per_case=True, admin=True, ok=frozenset({302}))
SITE = {
    "cases:list": Row(searched("/", "party"), perm=VIEW_CASE),
    "cases:list_csv": Row(searched("/cases.csv", "entry"), perm=VIEW_CASE),
    "cases:party": Row(named("cases:party", "cases.Party"), per_case=True, perm=VIEW_CASE),
    "casefile:case": Row(named("casefile:case", "cases.Case"), per_case=True, perm=VIEW_CASE),
    "deadlines:calendar": Row(
        fixed(f"/calendar/?month={MONTH}", f"/calendar/?view=agenda&{RANGE}"), perm=VIEW_DEADLINE
    ),
    "deadlines:mine": Row(fixed(f"/calendar/mine/?month={MONTH}"), perm=VIEW_DEADLINE),
    "deadlines:csv": Row(fixed(f"/calendar.csv?{RANGE}"), perm=VIEW_DEADLINE),
    "deadlines:feed": Row(fixed("/calendar/feed/"), perm=VIEW_DEADLINE),
    # The key is the secret in the address: a wrong one (anonymous, no role: no feed) is a 404.
    "deadlines:feed_ics": Row(
        own_feed, special=lambda u: None if CalendarFeed.objects.filter(user=u).exists() else {404}
    ),
    "deadlines:case_ics": Row(named("deadlines:case_ics", "cases.Case"), per_case=True, perm=VIEW_DEADLINE),
    "deadlines:detail": Row(named("deadlines:detail", "deadlines.Deadline"), per_case=True, perm=VIEW_DEADLINE),
    "deadlines:status": deadline_action("status"),
    "deadlines:override": deadline_action("override"),
    "deadlines:assign": deadline_action("assign"),
    "imports:upload": Row(fixed("/imports/upload/"), perm=IMPORT_PERMISSION),
    "filings:attach": Row(
        named("filings:attach", "cases.Case", "filings.DocketEntry"), per_case=True, perm=ATTACH_PERMISSION
    ),
    "filings:attachment_download": Row(
        named("filings:attachment_download", "cases.Case", "filings.DocketAttachment"),
        per_case=True,
        perm="filings.view_docketattachment",
    ),
    "filings:disposition_confirm": Row(
        named("filings:disposition_confirm", "cases.Case"), True, "cases.change_case", frozenset({302}), "post"
    ),
    # Each world case is an appeal too, not linked: an empty link is refused with a message, as is unlinking it.
    "appeals:link": Row(named("appeals:link", "cases.Case"), True, LINK_PERMISSION, frozenset({302}), "post"),
    "appeals:unlink": Row(named("appeals:unlink", "cases.Case"), True, LINK_PERMISSION, frozenset({302}), "post"),
    "notes:add": Row(named("notes:add", "cases.Case"), per_case=True, perm="notes.add_note"),
    # The world's notes have no author (a former user's): their edit page sends everyone to annotate instead.
    "notes:edit": Row(named("notes:edit", "cases.Case", "notes.Note"), True, "notes.change_note", frozenset({302})),
    "notes:annotate": Row(named("notes:annotate", "cases.Case", "notes.Note"), per_case=True, perm="notes.add_note"),
    "reports:create": Row(named("reports:create", "cases.Case"), True, EXPORT_PERMISSION, frozenset({302}), "post"),
    "reports:status": Row(named("reports:status", "reports.Report"), per_case=True, perm=EXPORT_PERMISSION),
    "reports:download": Row(named("reports:download", "reports.Report"), per_case=True, perm=EXPORT_PERMISSION),
    "reports:retry": Row(named("reports:retry", "reports.Report"), True, EXPORT_PERMISSION, frozenset({302}), "post"),
    "login": Row(fixed(LOGIN), special=lambda user: {200} if user is None else {302}),
    "logout": Row(fixed("/accounts/logout/"), special=signed_in_gets(405)),  # POST only; anonymous: to sign in
    "admin:index": Row(fixed("/admin/"), admin=True),
    "admin:login": Row(fixed(ADMIN_LOGIN), special=lambda user: {302} if user and user.is_staff else {200}),
    "admin:logout": Row(fixed("/admin/logout/"), special=lambda user: {405} if user and user.is_staff else {302}),
    "admin:password_change": Row(fixed("/admin/password_change/"), admin=True),
    "admin:password_change_done": Row(fixed("/admin/password_change/done/"), admin=True),
    "admin:autocomplete": Row(case_autocomplete, admin=True),
    "admin:jsi18n": Row(fixed("/admin/jsi18n/"), admin=True),
    "admin:view_on_site": ON_SITE,
    "admin:app_list": Row(admin_apps, admin=True),
}
ROUTES = {  # patterns without a name, by their route
    "^admin/filings/(?P<model>docketimport)/(?P<rest>.*)$": Row(
        moved("imports.DocketImport"), special=signed_in_gets(301)
    ),  # an old address is rewritten whatever it names; the new one decides
    "^admin/filings/(?P<model>report|reportpart)/(?P<rest>.*)$": Row(
        moved("reports.Report", "reports.ReportPart"), special=signed_in_gets(301)
    ),
    "admin/r/<int:content_type_id>/<path:object_id>/": ON_SITE,
    "admin/(?P<url>.*)$": Row(fixed("/admin/no-such-page/"), admin=True, ok=frozenset({404})),
}
CASE_DATA, DIRECTORY, FIRM = "case data", "directory", "firm-wide"
ADMIN_MODELS = {
    **dict.fromkeys(
        ["cases.Case", "cases.Party", "cases.CaseParty", "cases.Representation", "cases.Claim", "cases.ReliefSought",
         "cases.AccessLogEntry", "cases.MatterMember", "cases.Screen", "filings.DocketEntry", "filings.ChronologyFact",
         "filings.DocketAttachment", "deadlines.Deadline", "deadlines.UnreadDate", "imports.DocketImport",
         "reports.Report", "reports.ReportPart", "notes.Note", "appeals.Appeal"],
        CASE_DATA,
    ),
    # Counsel and their firms are a directory of the whole firm (as tests/cases/test_access.py has it): an attorney's
    # page may show the attorney's name to anyone, but never the case they appear in.
    "cases.Attorney": DIRECTORY,
    "cases.LawFirm": DIRECTORY,
    **dict.fromkeys(
        ["cases.Court", "cases.CauseOfAction", "filings.EventType", "deadlines.CourtRule", "deadlines.CourtClosure",
         "deadlines.CalendarFeed", "auth.Group", "auth.User", "axes.AccessAttempt", "axes.AccessLog",
         "axes.AccessFailureLog"],
        FIRM,
    ),
}  # fmt: skip
ADMIN_ACTIONS = {  # the route under admin/<app>/<model>/ -> the action
    "": "changelist",
    "add/": "add",
    "<path:object_id>/change/": "change",
    "<path:object_id>/delete/": "delete",
    "<path:object_id>/history/": "history",
    "^([^/]+)/history/([^/]+)/$": "version",  # django-simple-history's page of one version
    "<path:object_id>/": "redirect",  # to the change page, for any id alike: it reveals nothing
    "<id>/password/": "password",
}
RECORD_PATHS = {
    "change": "change/",
    "delete": "delete/",
    "history": "history/",
    "redirect": "",
    "password": "password/",
}


def admin_may(user, model_admin, action: str) -> bool:
    """The model admin's own permission check for the action, for a user who passed the staff check."""
    request = RequestFactory().get("/admin/")
    request.user = user
    checks = {
        "add": model_admin.has_add_permission,
        "delete": model_admin.has_delete_permission,
        "password": model_admin.has_change_permission,
        "redirect": lambda request: True,
    }
    return checks.get(action, model_admin.has_view_or_change_permission)(request)


def version_of(model, pk) -> int:
    return model.history.filter(**{model._meta.pk.attname: pk}).latest("history_date").history_id


def record_urls(label: str, action: str, scope: str) -> Callable:
    model = apps.get_model(label)
    base = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"

    def urls(w, c, u):
        pk = w.shared[label] if scope == FIRM else w.rows[c][label]
        tail = f"history/{version_of(model, pk)}/" if action == "version" else RECORD_PATHS[action]
        return [f"{base}{pk}/{tail}"]

    return urls


def admin_row(label: str, action: str) -> Row:
    model_admin = admin.site._registry[apps.get_model(label)]
    scope = ADMIN_MODELS[label]
    may = lambda user: admin_may(user, model_admin, action)  # noqa: E731
    base = f"/admin/{label.replace('.', '/').lower()}/"
    if action in ("changelist", "add"):
        return Row(
            fixed(base + ("add/" if action == "add" else "")), admin=True, perm=may, directory=scope == DIRECTORY
        )
    return Row(
        record_urls(label, action, scope),
        per_case=scope == CASE_DATA and action != "redirect",
        perm=may,
        ok=frozenset({302 if action == "redirect" else 200}),
        admin=True,
        directory=scope == DIRECTORY,
    )


def patterns(resolver=None, prefix: str = "", namespace: str = ""):
    """(route, name with its namespace) of every URL pattern the resolver holds, admin's included."""
    for item in (resolver or get_resolver()).url_patterns:
        route = prefix + str(item.pattern)
        if isinstance(item, URLResolver):
            yield from patterns(item, route, f"{namespace}{item.namespace}:" if item.namespace else namespace)
        else:
            yield route, f"{namespace}{item.name}" if item.name else None


def row_of(route: str, name: str | None) -> Row | None:
    """The table's row for a pattern: by name, else by route, else the admin's row for its model and action."""
    if name in SITE:
        return SITE[name]
    if route in ROUTES:
        return ROUTES[route]
    found = re.fullmatch(r"admin/(\w+)/(\w+)/(.*)", route)
    labels = {(model._meta.app_label, model._meta.model_name): model._meta.label for model in admin.site._registry}
    label = labels.get(found.groups()[:2]) if found else None
    if label in ADMIN_MODELS and found.group(3) in ADMIN_ACTIONS:
        return admin_row(label, ADMIN_ACTIONS[found.group(3)])
    return None


def uncovered(resolver=None) -> list[str]:
    return [f"{route} ({name or 'no name'})" for route, name in patterns(resolver) if row_of(route, name) is None]


# Asking, and judging the answer.


def expected(kind: str, user, row: Row, case: str | None) -> tuple[set, str | None]:
    """The statuses the walls and roles promise, and where a redirect to sign in must lead."""
    if row.special and (answer := row.special(user)) is not None:
        return answer, None
    if user is None:
        return {302}, SIGN_IN
    if row.admin and not user.is_staff:
        return {302}, ADMIN_LOGIN
    if row.perm is not None and not (row.perm(user) if callable(row.perm) else user.has_perm(row.perm)):
        return {403}, None
    if row.per_case and case not in SEES[kind]:
        return {404}, None
    return set(row.ok), None


def client_of(user) -> Client:
    client = Client(raise_request_exception=False)  # a server error is an answer to report, not a crash
    if user is not None:
        client.force_login(user)
    return client


def body_of(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content  # read: closed
    text = content.decode("utf-8", "replace")
    if response.get("Content-Type", "").startswith("text/calendar"):  # unfold RFC 5545 lines: words stay whole
        text = text.replace("\r\n ", "").replace("\r\n\t", "")
    return text


def leaked(body: str, kind: str, *, directory: bool = False) -> list[str]:
    """The marker words of cases this kind of user may not see that the body holds."""
    text = body.lower()
    found = []
    for case in set(CASES) - SEES[kind]:
        shown = text
        if directory:  # counsel's and firms' own names are the directory's to show
            for what in ("counsel", "firm"):
                shown = shown.replace(marked(case, what).lower(), "")
        found += sorted(set(re.findall(TOKENS[case].lower() + r"\w*", shown)))
        found += [DOCKETS[case]] * (DOCKETS[case] in text)
    return found


def cases_asked(kind: str, row: Row) -> tuple:
    """Every case; but a user who sees them all is asked a record's admin pages for the walled and screened cases
    only: the open case's are asked of the screened administrator, and admin pages are the slowest there are."""
    if row.admin and (row.per_case or row.directory) and SEES[kind] == set(CASES):
        return ("walled", "screened")
    return CASES


def asked(world: World, kind: str) -> list[tuple[Row, str, str | None]]:
    """Every address of every pattern for every case, once each, with the case it names (None: a list page)."""
    user, seen = world.users[kind], {}
    for route, name in patterns():
        row = row_of(route, name)
        for case in cases_asked(kind, row):
            for url in row.urls(world, case, user):
                seen.setdefault((row, url), case if row.per_case else None)
    return [(row, url, case) for (row, url), case in seen.items()]


def judged(client: Client, kind: str, user, row: Row, url: str, case: str | None) -> list[str]:
    response = getattr(client, row.method)(url)
    statuses, login = expected(kind, user, row, case)
    problems = []
    location = response.get("Location", "")
    if response.status_code not in statuses or (login and not location.startswith(login)):
        want = f"{sorted(statuses)}{f' to {login}' if login else ''}"
        got = f"{response.status_code}{f' to {location}' if location else ''}"
        problems.append(f"{row.method.upper()} {url} as {kind}: expected {want}, got {got}")
    if markers := leaked(body_of(response), kind, directory=row.directory):
        problems.append(f"{row.method.upper()} {url} as {kind} ({response.status_code}) shows {markers}")
    return problems


def audit_problems(world: World, kind: str) -> list[str]:
    """A screened user's attempts are logged as refused; a superuser's view through the screen as an override."""
    outcome = {"screened": "refused", "screened_admin": "refused", "superuser": "override"}.get(kind)
    logged = AccessLogEntry.objects.filter(case=world.cases["screened"], user=world.users.get(kind), outcome=outcome)
    return [] if outcome is None or logged.exists() else [f"no {outcome!r} entry in the access log for {kind}"]


def test_every_url_pattern_is_in_the_matrix():
    """A URL pattern the tables do not cover fails here, by its route and name."""
    assert uncovered() == []


def test_a_new_pattern_would_be_named():
    """The check has teeth: a page added to the URL configuration and not to the tables is reported."""
    new_page = path("cases/<int:pk>/share/", lambda request, pk: None, name="share")
    resolver = URLResolver(RoutePattern(""), [*get_resolver().url_patterns, new_page])
    assert uncovered(resolver) == ["cases/<int:pk>/share/ (share)"]


# Lists, searches, calendars and feeds: what they show and count is what the user may see.

CASE_COUNT = r'<p class="count" role="status">([\d,]+) case'
ITEM_COUNT = r'<p class="count" role="status">([\d,]+) item'
PARTY_CASE_COUNT = r"Appears in ([\d,]+) case"
ADMIN_COUNT = r'<p class="paginator">\s*([\d,]+)'
SEARCHED = (
    "caption",
    "party",
    "counsel",
    "firm",
    "claim",
    "relief",
    "fact",
    "entry",
    "note",
    "annotation",
)  # the search covers


@dataclass(frozen=True)
class Shown:
    """A list page: what it must count and show, and (as every page) what it must not."""

    url: str
    count: Callable  # body -> the count the page shows
    want: int | None  # the count it must show
    markers: tuple = ()  # what it must show (so that "nothing hidden shows" is not true of an empty page)
    directory: bool = False


def uncounted(body: str) -> None:
    return None


def shared_party_roles(body: str) -> int:
    """The roles of the party of every case that its delete page lists."""
    return body.count(f"{SHARED_PARTY} (Defendant)")


def number(pattern: str) -> Callable:
    return lambda body: int(found.group(1).replace(",", "")) if (found := re.search(pattern, body)) else None


def csv_rows(body: str) -> int:
    return len(list(csv.reader(io.StringIO(body)))) - 1


def month_count(body: str) -> int | None:
    """The day's "All N" link, shown once a day holds more than its cell lists."""
    return int(found.group(1)) if (found := re.search(r">All (\d+)<", body)) else None


def mine_count(kind: str) -> int:
    """Assigned one deadline of each case, and every deadline of the case one is counsel in, of the cases one sees."""
    return sum(DEADLINES_PER_CASE if COUNSEL_USER[case] == kind else 1 for case in SEES[kind])


def case_list_checks(world: World, kind: str) -> list[Shown]:
    sees = SEES[kind]
    captions = tuple(TOKENS[case] + "caption" for case in sorted(sees))
    checks = [Shown("/", number(CASE_COUNT), len(sees), captions)]
    for case in CASES:
        one = int(case in sees)
        caption = (TOKENS[case] + "caption",) * one
        checks += [Shown(f"/?q={search_word(case, what)}", number(CASE_COUNT), one, caption) for what in SEARCHED]
        checks += [
            Shown(f"/cases.csv?q={search_word(case, 'party')}", csv_rows, one, caption),
            Shown(f"/?party_name={search_word(case, 'party')}", number(CASE_COUNT), one, caption),
            Shown(f"/?party={world.rows[case]['cases.Party']}", number(CASE_COUNT), one, caption),
        ]
    return [*checks, Shown(f"/parties/{world.shared['shared party']}/", number(PARTY_CASE_COUNT), len(sees), captions)]


def calendar_checks(world: World, kind: str) -> list[Shown]:
    sees, total = SEES[kind], DEADLINES_PER_CASE * len(SEES[kind])
    titles = tuple(TOKENS[case] + "deadline" for case in sorted(sees))
    checks = [
        # A day's cell lists its first few items: only a day with no more than those shows every case's title.
        Shown(f"/calendar/?month={MONTH}", month_count, *(None, titles) if total <= MONTH_CELL_ITEMS else (total,)),
        Shown(f"/calendar/?view=agenda&{RANGE}", number(ITEM_COUNT), total, titles),
        Shown(f"/calendar.csv?{RANGE}", csv_rows, total, titles),
        Shown(f"/calendar/mine/?view=agenda&{RANGE}", number(ITEM_COUNT), mine_count(kind), titles),
        Shown(f"/calendar.csv?mine=1&{RANGE}", csv_rows, mine_count(kind), titles),
    ]
    for case in CASES:
        one = (TOKENS[case] + "deadline",) * (case in sees)
        url = f"/calendar/?view=agenda&{RANGE}&case={world.cases[case].pk}"
        checks.append(Shown(url, number(ITEM_COUNT), DEADLINES_PER_CASE * (case in sees), one))
    return checks


def rows_in(label: str, case_ids: list[int]) -> int:
    """How many rows of the model belong to these cases (a party: to one of them, or to no case)."""
    model = apps.get_model(label)
    if label == "cases.Case":
        return model.objects.filter(pk__in=case_ids).count()
    if label == "cases.Party":
        return model.objects.filter(Q(case_roles__case__in=case_ids) | Q(case_roles__isnull=True)).distinct().count()
    return model.objects.filter(**{f"{type(model.objects.all()).case_path}__in": case_ids}).count()


def admin_list_checks(world: World, kind: str) -> list[Shown]:
    """Changelists of case data count only the visible cases' rows; the party of every case names only theirs."""
    visible = [world.cases[case].pk for case in SEES[kind]]
    checks = [
        Shown(f"/admin/{label.replace('.', '/').lower()}/", number(ADMIN_COUNT), rows_in(label, visible))
        for label, scope in ADMIN_MODELS.items()
        if scope == CASE_DATA
    ]
    everywhere = f"/admin/cases/party/{world.shared['shared party']}/"
    checks += [Shown(everywhere + "change/", uncounted, None), Shown(everywhere + "history/", uncounted, None)]
    # A delete that would reach a hidden matter's rows is refused, and the page names and counts none of them.
    if len(SEES[kind]) == len(CASES):
        checks.append(Shown(everywhere + "delete/", shared_party_roles, len(CASES)))
    else:
        checks.append(Shown(everywhere + "delete/", shared_party_roles, 0, ("Records you may not see depend on this",)))
    for case in CASES:
        caption = (TOKENS[case] + "caption",) * (case in SEES[kind])
        checks.append(Shown(f"/admin/cases/case/?q={search_word(case, 'party')}", uncounted, None, caption))
    return checks


AUTOCOMPLETED = {  # the remote model -> what its search is asked for, and how many rows of one case it finds
    "cases.Case": ("caption", 1), "cases.Party": ("party", 1), "cases.CaseParty": ("party", 1),
    "cases.Claim": ("caption", 1), "filings.DocketEntry": ("entry", 1), "deadlines.Deadline": ("deadline", 3),
    "cases.Attorney": ("counsel", 1), "cases.LawFirm": ("firm", 1),
}  # fmt: skip


def autocomplete_fields():
    """(app label, model name, field, remote model) of every autocomplete field in the admin, inlines' too."""
    for model, model_admin in admin.site._registry.items():
        for source in (model_admin, *(inline(model, admin.site) for inline in model_admin.inlines)):
            for name in source.autocomplete_fields:
                remote = source.model._meta.get_field(name).related_model._meta.label
                yield source.model._meta.app_label, source.model._meta.model_name, name, remote


def results_count(body: str) -> int:
    return len(json.loads(body).get("results", []))


def autocomplete_checks(kind: str) -> list[Shown]:
    checks = []
    for app_label, model_name, field, remote in autocomplete_fields():
        what, per_case = AUTOCOMPLETED.get(remote, ("caption", None))  # a catalogue: nothing of a case to count
        directory = ADMIN_MODELS.get(remote) == DIRECTORY
        for case in CASES:
            url = (f"/admin/autocomplete/?app_label={app_label}&model_name={model_name}&field_name={field}"
                   f"&term={search_word(case, what)}")  # fmt: skip
            if per_case is None:
                checks.append(Shown(url, uncounted, None))
                continue
            want = per_case if case in SEES[kind] or directory else 0
            checks.append(Shown(url, results_count, want, directory=directory))
    return checks


def feed_check(world: World, kind: str, client: Client) -> Shown:
    """The address the feed page shows, fetched as a calendar app does: signed out."""
    page = body_of(client.get("/calendar/feed/"))
    address = re.search(r'id="feed-url"[^>]*value="https?://[^/]+([^"]+)"', page).group(1)
    titles = tuple(TOKENS[case] + "deadline" for case in sorted(SEES[kind]))
    return Shown(address, lambda body: body.count("BEGIN:VEVENT"), mine_count(kind), titles)


def shown_problems(client: Client, kind: str, check: Shown) -> list[str]:
    response = client.get(check.url)
    body = body_of(response)
    problems = [f"GET {check.url} as {kind}: status {response.status_code}"] if response.status_code != 200 else []
    if (count := check.count(body)) != check.want:
        problems.append(f"GET {check.url} as {kind}: counts {count}, expected {check.want}")
    if missing := [marker for marker in check.markers if marker.lower() not in body.lower()]:
        problems.append(f"GET {check.url} as {kind}: does not show {missing}")
    if markers := leaked(body, kind, directory=check.directory):
        problems.append(f"GET {check.url} as {kind} shows {markers}")
    return problems


def list_problems(world: World, kind: str) -> list[str]:
    """Case list and search, CSV, party pages, calendars, My calendar, the feed, admin lists and autocomplete."""
    user = world.users[kind]
    if user is None or kind == "norole":
        return []  # the matrix has their 302s and 403s
    client = client_of(user)
    checks = [*case_list_checks(world, kind), *calendar_checks(world, kind)]
    problems = [problem for check in checks for problem in shown_problems(client, kind, check)]
    problems += shown_problems(client_of(None), kind, feed_check(world, kind, client))
    if user.is_staff:
        admin_checks = admin_list_checks(world, kind) + autocomplete_checks(kind)
        problems += [problem for check in admin_checks for problem in shown_problems(client, kind, check)]
    return problems


@pytest.mark.django_db
@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_of_user_gets_what_the_walls_promise(world, kind):
    """Every page's status as roles and walls promise (404, never 403, for a case one may not see), no hidden case's
    words in any body, and lists, searches, calendars and feeds that show and count only the cases one may see."""
    user, client = world.users[kind], client_of(world.users[kind])
    problems = list_problems(world, kind)  # first: the matrix's empty POSTs clear a deadline's assignees
    problems += [
        problem for row, url, case in asked(world, kind) for problem in judged(client, kind, user, row, url, case)
    ]
    problems += audit_problems(world, kind)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
