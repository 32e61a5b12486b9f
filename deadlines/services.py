"""Writes to the calendar: a case's deadlines recomputed from its docket, and what people do to a deadline.

Recomputing is idempotent: each deadline is known by its key (its rule and trigger entry, or the entry and
place of a court-set date), so the same docket always gives the same rows; a changed trigger moves its
deadline (the same row, a higher SEQUENCE for calendar feeds); a deadline whose trigger is gone is vacated,
never deleted. What a person did (done, vacated, an override with its reason) survives every recomputation.
"""

import multiprocessing
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, connections, transaction
from django.db.models import Q
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from cases.models import Case, Representation
from casetracker.roles import ATTORNEY
from filings.models import DocketEntry
from filings.recorded import EntriesRecorded

from .calendars import court_calendar
from .models import CalendarFeed, CourtRule, Deadline, UnreadDate
from .planning import CaseFacts, EntryRow, Plan, Planned, is_united_states, plan_case, us_date
from .selectors import deadline_list, mine

CHANGE = "deadlines.change_deadline"
PLANNED_FIELDS = [
    "kind", "title", "rule_id", "trigger_entry_id", "trigger_date", "party", "computed_date", "time", "time_zone",
    "clerk_date", "explanation",
]  # fmt: skip
WRITTEN_FIELDS = [*PLANNED_FIELDS, "due_date", "status", "status_reason", "sequence"]
BATCH = 1000


@dataclass
class Recomputed:
    created: int = 0
    changed: int = 0
    vacated: int = 0


def case_facts(case: Case, party_names: list[str]) -> CaseFacts:
    reason = ""
    if case.date_terminated:
        how = f" ({case.get_disposition_display().lower()})" if case.disposition else ""
        reason = f"The case was terminated on {us_date(case.date_terminated)}{how}."
    return CaseFacts(
        court_id=case.court_id,
        case_type=case.dn_case_type,
        time_zone=case.time_zone,
        terminated_on=case.date_terminated,
        terminated_reason=reason,
        united_states_party=any(is_united_states(name) for name in party_names),
        court_kind=case.court.kind,
    )


def entry_rows(entries) -> list[EntryRow]:
    fields = ("id", "entry_number", "date_filed", "date_entered", "description", "event_type__code")
    return [EntryRow(*values) for values in entries.order_by("date_filed", "sequence").values_list(*fields)]


def active_rules() -> list[CourtRule]:
    return list(CourtRule.objects.filter(is_active=True).order_by("pk"))


@transaction.atomic
def case_deadlines_recompute(*, case: Case, rules: list[CourtRule] | None = None, reason: str = "") -> Recomputed:
    """Bring the case's calendar in line with its docket, now."""
    case = Case.objects.select_related("court").get(pk=case.pk)
    names = list(case.case_parties.values_list("party__name", flat=True))
    plan = plan_case(
        case_facts(case, names),
        entry_rows(case.docket_entries.all()),
        active_rules() if rules is None else rules,
        court_calendar(case.court),
    )
    return plans_write({case.pk: plan}, reason=reason or "Recomputed from the docket")


def plans_write(plans: dict[int, Plan], *, reason: str) -> Recomputed:
    """Create, move and vacate the cases' rows to match their plans, in bulk, with history."""
    existing: dict[int, dict[str, Deadline]] = {case_id: {} for case_id in plans}
    for row in Deadline.objects.filter(case_id__in=list(plans)):
        existing[row.case_id][row.key] = row
    result, new, changed = Recomputed(), [], []
    for case_id, plan in plans.items():
        rows = existing[case_id]
        for planned in plan.deadlines:
            row = rows.pop(planned.key, None)
            if row is None:
                new.append(_new_row(case_id, planned))
            elif _apply(row, planned):
                changed.append(row)
        vacated = [row for row in rows.values() if _vacate_orphan(row)]
        changed += vacated
        result.vacated += len(vacated)
    if new:
        bulk_create_with_history(new, Deadline, batch_size=BATCH, default_change_reason=reason)
    if changed:
        bulk_update_with_history(changed, Deadline, WRITTEN_FIELDS, batch_size=BATCH, default_change_reason=reason)
    _link_supersessions(plans)
    unread_dates_write(plans)
    if new or changed:
        feeds_mark_stale(list(plans))
    result.created, result.changed = len(new), len(changed) - result.vacated
    return result


def _vacate_orphan(row: Deadline) -> bool:
    """A row whose trigger is gone from the docket, or no longer reads as one, is vacated; never deleted."""
    if row.status != Deadline.Status.OPEN or row.status_by_id is not None:
        return False
    row.status, row.status_reason = Deadline.Status.VACATED, "Its trigger is no longer on the docket."
    row.sequence += 1
    return True


def _new_row(case_id: int, planned: Planned) -> Deadline:
    row = Deadline(case_id=case_id, key=planned.key, status=planned.status, status_reason=planned.status_reason)
    for name in PLANNED_FIELDS:
        setattr(row, name, getattr(planned, name))
    row.due_date = row.computed_date
    return row


def _apply(row: Deadline, planned: Planned) -> bool:
    """Bring a stored row up to its plan. A person's status and override stand. True when anything changed."""
    before = {name: getattr(row, name) for name in WRITTEN_FIELDS}
    for name in PLANNED_FIELDS:
        setattr(row, name, getattr(planned, name))
    if row.status_by_id is None:
        row.status, row.status_reason = planned.status, planned.status_reason
    row.due_date = row.override_date or row.computed_date
    changed = any(getattr(row, name) != value for name, value in before.items())
    if changed:  # any change is the calendar event's change too: its SEQUENCE moves on
        row.sequence += 1
    return changed


def _link_supersessions(plans: dict[int, Plan]) -> None:
    """Point each superseded row at the row that superseded it, once both have ids."""
    links = {(case_id, p.key): p.superseded_by for case_id, plan in plans.items() for p in plan.deadlines}
    if not any(links.values()):
        return
    rows = list(Deadline.objects.filter(case_id__in=list(plans)).only("pk", "case_id", "key", "superseded_by_id"))
    ids = {(row.case_id, row.key): row.pk for row in rows}
    stale = []
    for row in rows:
        target = ids.get((row.case_id, links.get((row.case_id, row.key)) or ""))
        if row.superseded_by_id != target:
            row.superseded_by_id = target
            stale.append(row)
    Deadline.objects.bulk_update(stale, ["superseded_by"], batch_size=BATCH)


def unread_dates_write(plans: dict[int, Plan]) -> None:
    """Keep the cases' notes of dates their dockets state that cannot be dates."""
    UnreadDate.objects.filter(case_id__in=list(plans)).delete()
    UnreadDate.objects.bulk_create(
        UnreadDate(case_id=case_id, entry_id=entry_id, phrase=phrase[:300])
        for case_id, plan in plans.items()
        for entry_id, phrase in plan.unreadable
    )


def on_entries_recorded(change: EntriesRecorded) -> None:
    """The docket's seam: whatever wrote to the docket, the case's calendar follows at once."""
    case_deadlines_recompute(case=change.case, reason=f"Recomputed after docket changes ({change.source})")


def _may_change(user) -> None:
    if not user.has_perm(CHANGE):
        raise PermissionDenied("Only paralegals, attorneys and administrators change deadlines.")


@transaction.atomic
def deadline_status_set(*, deadline: Deadline, user, status: str, reason: str = "") -> Deadline:
    """A person marks a deadline done or vacated (with a reason), or opens it again."""
    _may_change(user)
    if status not in {Deadline.Status.DONE, Deadline.Status.VACATED, Deadline.Status.OPEN}:
        raise ValidationError("A deadline is marked done, vacated or open.")
    if status == Deadline.Status.VACATED and not reason.strip():
        raise ValidationError({"reason": "Say why the deadline is vacated."})
    deadline = Deadline.objects.select_for_update().get(pk=deadline.pk)
    deadline.status, deadline.status_reason = status, reason.strip()
    deadline.status_by = None if status == Deadline.Status.OPEN else user
    deadline.sequence += 1
    deadline._change_reason = f"Marked {deadline.get_status_display().lower()} by {user}"
    deadline.save()
    feeds_mark_stale([deadline.case_id])
    return deadline


@transaction.atomic
def deadline_override(*, deadline: Deadline, user, on, reason: str) -> Deadline:
    """A person sets the date in place of the rule's, with a reason; recomputation keeps it. None clears it."""
    _may_change(user)
    if on is not None and not reason.strip():
        raise ValidationError({"reason": "Say why the date is overridden."})
    deadline = Deadline.objects.select_for_update().get(pk=deadline.pk)
    deadline.override_date, deadline.override_reason = on, reason.strip() if on else ""
    deadline.overridden_by, deadline.overridden_at = (user, timezone.now()) if on else (None, None)
    deadline.due_date = on or deadline.computed_date
    deadline.sequence += 1
    deadline._change_reason = f"Date overridden by {user}" if on else f"Override cleared by {user}"
    deadline.save()
    feeds_mark_stale([deadline.case_id])
    return deadline


def deadline_assign(*, deadline: Deadline, user, attorneys) -> Deadline:
    """Make these users (attorneys) answerable for the deadline, besides the case's responsible attorneys."""
    _may_change(user)
    not_attorneys = [person for person in attorneys if not person.groups.filter(name=ATTORNEY).exists()]
    if not_attorneys:
        raise ValidationError(f"Only attorneys can be assigned a deadline: {', '.join(map(str, not_attorneys))}.")
    deadline.assigned_to.set(attorneys)
    deadline.sequence += 1
    deadline.save(update_fields=["sequence", "updated_at"])
    feeds_mark_stale([deadline.case_id])
    CalendarFeed.objects.filter(user__in=attorneys).update(stale=True)
    return deadline


def docket_entries_of(case_ids) -> dict[int, list[EntryRow]]:
    """Every entry of many cases at once, for a rebuild."""
    rows: dict[int, list[EntryRow]] = {case_id: [] for case_id in case_ids}
    fields = ("case_id", "id", "entry_number", "date_filed", "date_entered", "description", "event_type__code")
    entries = DocketEntry.objects.filter(case_id__in=case_ids).order_by("case_id", "date_filed", "sequence")
    for case_id, *values in entries.values_list(*fields).iterator(chunk_size=5000):
        rows[case_id].append(EntryRow(*values))
    return rows


def feed_items(user):
    """What a user's feed holds: their calendar, vacated and superseded items included (as cancelled events)."""
    return mine(deadline_list(user=user), user.pk)


def feed_renew(*, user, revoke_only: bool = False):
    """Revoke the user's feed address and, unless only revoking, make a new one. Returns the new feed or None."""
    CalendarFeed.objects.filter(user=user).delete()
    return None if revoke_only else CalendarFeed.objects.create(user=user)


def on_access_changed(sender, case, **kwargs) -> None:
    """A case's wall moved: the feeds that hold its items are built again, through the rule as it now stands."""
    feeds_mark_stale([case.pk])


def feeds_mark_stale(case_ids) -> int:
    """The feeds of everyone whose calendar holds these cases' items must be built again."""
    assigned = Deadline.assigned_to.through.objects.filter(deadline__case_id__in=case_ids).values("user_id")
    counsel = Representation.objects.filter(case_party__case_id__in=case_ids, attorney__user__isnull=False).values(
        "attorney__user_id"
    )
    fresh = CalendarFeed.objects.filter(stale=False)
    return fresh.filter(Q(user_id__in=assigned) | Q(user_id__in=counsel)).update(stale=True)


def deadlines_rebuild(*, cases, batch: int = 2000, workers: int = 1, progress=None) -> Recomputed:
    """Recompute every deadline of many cases, a batch of cases at a time: a few queries a batch, not a case.

    With workers > 1 (PostgreSQL only) the batches are shared among that many processes, each with its own
    database connection; each batch is its own transaction either way.
    """
    ids = list(cases.order_by("pk").values_list("pk", flat=True))
    batches = [ids[start : start + batch] for start in range(0, len(ids), batch)]
    total, done = Recomputed(), 0
    for result, size in _batches_run(batches, workers):
        total.created, total.changed = total.created + result.created, total.changed + result.changed
        total.vacated += result.vacated
        done += size
        if progress:
            progress(done, len(ids))
    return total


def _batches_run(batches: list[list[int]], workers: int):
    if workers <= 1 or connection.vendor != "postgresql":
        yield from (_batch_rebuild(chunk) for chunk in batches)
        return
    connections.close_all()  # each process opens its own connection; none may share the parent's
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap_unordered(_batch_rebuild, batches)


def _batch_rebuild(case_ids: list[int]) -> tuple[Recomputed, int]:
    with transaction.atomic():
        return plans_write(_plans_of(case_ids, active_rules()), reason="Rebuilt from the docket"), len(case_ids)


def _plans_of(case_ids: list[int], rules: list[CourtRule]) -> dict[int, Plan]:
    cases = Case.objects.select_related("court").in_bulk(case_ids)
    names: dict[int, list[str]] = {case_id: [] for case_id in case_ids}
    for case_id, name in Case.objects.filter(pk__in=case_ids).values_list("pk", "case_parties__party__name"):
        if name:
            names[case_id].append(name)
    entries = docket_entries_of(case_ids)
    calendars = {}
    plans = {}
    for case_id in case_ids:
        case = cases[case_id]
        if case.court_id not in calendars:
            calendars[case.court_id] = court_calendar(case.court)
        plans[case_id] = plan_case(case_facts(case, names[case_id]), entries[case_id], rules, calendars[case.court_id])
    return plans
