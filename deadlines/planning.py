"""From a case's docket to the deadlines and hearings it should have: triggers, rules, court-set dates.

Everything here is computed from plain values (the docket's rows, the rules, the court's calendar), so a
whole case is planned in one pass and a rebuild of every case shares the same code. Writing the plan to the
database is services.py's work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time

from filings import classify

from .counting import BEFORE, CourtCalendar, count_period
from .models import SCHEDULING_CONFERENCE, CourtRule, Deadline
from .reading import EntryDates, Setting, entry_dates, vacated_dates

# A cheap first look: an entry none of these words appear in sets no date and triggers no rule.
WORTH_READING = re.compile(
    r"serv|waiver|acknowledg|due|set|vacat|cancel|continued|held on|complaint|motion|judgment|appeal|order", re.I
)
UNITED_STATES = re.compile(
    r"^(?:the\s+)?(?:united\s+states\b|u\.?s\.?a\.?\b|u\.s\.\s)|\bdepartment of\b|\bsecretary of\b|"
    r"\bcommissioner of (?:social security|internal revenue)\b|\bsocial security administration\b|"
    r"\binternal revenue service\b|\bfederal bureau of\b|\bu\.?s\.? attorney\b",
    re.IGNORECASE,
)
SCHEDULING = re.compile(
    r"\b(?:scheduling conference|initial case management conference|rule 16(?:\(b\))? conference)\b|"
    r"^case management conference\b",
    re.IGNORECASE,
)
CIVIL_EXCLUDED_TYPES = {"cr", "mj", "po", "mc"}


@dataclass(frozen=True)
class EntryRow:
    """The docket entry fields planning reads."""

    id: int
    number: int | None
    date_filed: date
    date_entered: date | None
    description: str
    event_code: str | None


@dataclass(frozen=True)
class CaseFacts:
    """What the rules ask of a case besides its docket."""

    court_id: str
    case_type: str
    time_zone: str
    terminated_on: date | None
    terminated_reason: str
    united_states_party: bool
    court_kind: str = "district"  # a Court.Kind value


@dataclass
class Planned:
    """A deadline or hearing as the docket and the rules give it."""

    key: str
    kind: str
    title: str
    computed_date: date
    explanation: list[str]
    rule_id: int | None = None
    trigger_entry_id: int | None = None
    trigger_date: date | None = None
    party: str = ""
    time: time | None = None
    time_zone: str = ""
    clerk_date: date | None = None
    status: str = Deadline.Status.OPEN
    status_reason: str = ""
    superseded_by: str = ""
    label_key: str = ""


@dataclass(frozen=True)
class Trigger:
    kind: str
    entry: EntryRow
    on: date
    said: str
    dates: EntryDates


@dataclass
class Plan:
    deadlines: list[Planned] = field(default_factory=list)
    unreadable: list[tuple[int, str]] = field(default_factory=list)
    # The court's settings by name and by day, so a 10,000-entry docket's resets are found without a search.
    settings_named: dict[str, list[Planned]] = field(default_factory=dict)
    settings_on: dict[date, list[Planned]] = field(default_factory=dict)

    def setting_add(self, planned: Planned) -> None:
        self.deadlines.append(planned)
        self.settings_named.setdefault(planned.label_key, []).append(planned)
        self.settings_on.setdefault(planned.computed_date, []).append(planned)


def entry_label(entry: EntryRow) -> str:
    return f"entry {entry.number}" if entry.number is not None else "an unnumbered entry"


def us_date(day: date) -> str:
    return f"{day.month}/{day.day}/{day.year}"


def is_united_states(name: str) -> bool:
    return bool(UNITED_STATES.search(name or ""))


def plan_case(facts: CaseFacts, entries: list[EntryRow], rules: list[CourtRule], calendar: CourtCalendar) -> Plan:
    """Every deadline and hearing the case's docket gives, in docket order, with supersessions and vacaturs."""
    plan = Plan()
    triggers: list[Trigger] = []
    for entry in entries:
        if not WORTH_READING.search(entry.description):
            continue
        dates = entry_dates(entry.description)
        plan.unreadable += [(entry.id, phrase) for phrase in dates.unreadable]
        _settings_apply(plan, entry, dates, facts)
        complained = any(trigger.kind == classify.COMPLAINT for trigger in triggers)
        # Rule 4(m) runs from the complaint: a later entry typed as one does not start it again.
        triggers += [
            trigger for trigger in _triggers(entry, dates) if not (complained and trigger.kind == classify.COMPLAINT)
        ]
    applicable = [rule for rule in rules if _covers(rule, facts)]
    for trigger in triggers:
        for rule in applicable:
            if rule.trigger == trigger.kind and _in_force(rule, trigger.on) and _condition(rule, trigger, facts):
                plan.deadlines.append(_from_rule(rule, trigger, calendar, plan))
    _scheduling_deadlines(plan, applicable, calendar)
    _chained(plan, applicable, calendar)
    _answered(plan, entries)
    if facts.terminated_on:
        _termination(plan, facts, applicable)
    return plan


def _triggers(entry: EntryRow, dates: EntryDates) -> list[Trigger]:
    kinds = classify.entry_kinds(entry.description, entry.event_code)
    found = []
    for kind in kinds:
        on, said = _trigger_date(kind, entry, dates)
        found.append(Trigger(kind=kind, entry=entry, on=on, said=said, dates=dates))
    return found


TRIGGER_WORDS = {
    classify.SERVED: "Served",
    classify.WAIVER_SENT: "Waiver of service requested",
    classify.COMPLAINT: "Complaint filed",
    classify.AMENDED_PLEADING: "Amended pleading filed and served",
    classify.MOTION_FILED: "Motion filed",
    classify.RULE12_DENIED: "Rule 12 motion denied",
    classify.JUDGMENT: "Judgment entered",
    classify.NOTICE_OF_APPEAL: "Notice of appeal filed",
}


def _trigger_date(kind: str, entry: EntryRow, dates: EntryDates) -> tuple[date, str]:
    """The day the period counts from: the day the text states ("served on 3/13/2023") or the entry's own."""
    stated = dates.trigger_date if kind in (classify.SERVED, classify.WAIVER_SENT) else None
    on = stated or (entry.date_entered if kind == classify.JUDGMENT and entry.date_entered else entry.date_filed)
    note = "" if stated or kind not in (classify.SERVED, classify.WAIVER_SENT) else "; the text states no other date"
    return on, f"{TRIGGER_WORDS[kind]} {us_date(on)} ({entry_label(entry)}{note})."


def _covers(rule: CourtRule, facts: CaseFacts) -> bool:
    if rule.court_id:
        return rule.court_id == facts.court_id and facts.case_type not in CIVIL_EXCLUDED_TYPES
    # The catalogue's own rules are the Federal Rules of Civil Procedure: district courts' civil cases only. A
    # bankruptcy court counts under the Bankruptcy Rules and a court of appeals under the Appellate Rules.
    return facts.court_kind == "district" and facts.case_type not in CIVIL_EXCLUDED_TYPES


def _in_force(rule: CourtRule, on: date) -> bool:
    return (rule.in_force_from is None or rule.in_force_from <= on) and (
        rule.in_force_until is None or on <= rule.in_force_until
    )


def _condition(rule: CourtRule, trigger: Trigger, facts: CaseFacts) -> bool:
    condition, served_us = rule.condition, is_united_states(trigger.dates.party)
    return {
        CourtRule.Condition.ANY: True,
        CourtRule.Condition.UNITED_STATES_SERVED: served_us,
        CourtRule.Condition.NOT_UNITED_STATES_SERVED: not served_us,
        CourtRule.Condition.UNITED_STATES_PARTY: facts.united_states_party,
        CourtRule.Condition.NOT_UNITED_STATES_PARTY: not facts.united_states_party,
        CourtRule.Condition.SENT_ABROAD: trigger.dates.abroad,
        CourtRule.Condition.NOT_SENT_ABROAD: not trigger.dates.abroad,
    }[condition]


def _from_rule(rule: CourtRule, trigger: Trigger, calendar: CourtCalendar, plan: Plan) -> Planned:
    by_mail = rule.service_days and trigger.dates.by_mail
    count = count_period(
        trigger.on,
        rule.period,
        calendar_of_court=calendar,
        citation=rule.citation,
        unit=rule.unit,
        direction=rule.direction,
        add_service_days=by_mail,
    )
    due, steps = count.due, [trigger.said, *count.steps]
    if rule.later_of_original:
        due, steps = _later_of_original(plan, due, steps)
    party = trigger.dates.party
    return Planned(
        key=f"{rule.key}:{trigger.entry.id}",
        kind=Deadline.Kind.RULE,
        title=f"{rule.title}: {party}" if party else rule.title,
        computed_date=due,
        explanation=steps,
        rule_id=rule.pk,
        trigger_entry_id=trigger.entry.id,
        trigger_date=trigger.on,
        party=party,
        clerk_date=trigger.dates.clerk_date,
    )


def _later_of_original(plan: Plan, due: date, steps: list[str]) -> tuple[date, list[str]]:
    """Rule 15(a)(3): the time left to respond to the original pleading governs when it runs later."""
    originals = [
        planned
        for planned in plan.deadlines
        if planned.kind == Deadline.Kind.RULE and planned.key.startswith("frcp-12-a") and planned.computed_date > due
    ]
    if not originals:
        return due, steps
    latest = max(originals, key=lambda planned: planned.computed_date)
    return latest.computed_date, [
        *steps,
        f"The time to respond to the original pleading runs later, to {us_date(latest.computed_date)} "
        f"({latest.title}): that date governs.",
    ]


def _scheduling_deadlines(plan: Plan, rules: list[CourtRule], calendar: CourtCalendar) -> None:
    """Rule 26(f): counted backward from the Rule 16(b) conference as it now stands."""
    conferences = [
        planned
        for planned in plan.deadlines
        if planned.kind == Deadline.Kind.HEARING
        and planned.status == Deadline.Status.OPEN
        and SCHEDULING.search(planned.title)
    ]
    if not conferences:
        return
    conference = conferences[0]
    for rule in rules:
        if rule.trigger == SCHEDULING_CONFERENCE and _in_force(rule, conference.computed_date):
            count = count_period(
                conference.computed_date, rule.period, calendar_of_court=calendar, citation=rule.citation,
                unit=rule.unit, direction=BEFORE,
            )  # fmt: skip
            said = f"{conference.title} set for {us_date(conference.computed_date)} ({conference.explanation[0]})"
            plan.deadlines.append(
                Planned(
                    key=f"{rule.key}:case",
                    kind=Deadline.Kind.RULE,
                    title=rule.title,
                    computed_date=count.due,
                    explanation=[said, *count.steps],
                    rule_id=rule.pk,
                    trigger_entry_id=conference.trigger_entry_id,
                    trigger_date=conference.computed_date,
                )
            )


def _chained(plan: Plan, rules: list[CourtRule], calendar: CourtCalendar) -> None:
    """Deadlines counted from another rule's deadline (a reply, from the day the opposition is due)."""
    for rule in rules:
        if rule.trigger != CourtRule.Trigger.RULE_DEADLINE:
            continue
        parents = [planned for planned in plan.deadlines if planned.rule_id == rule.follows_id]
        for parent in parents:
            count = count_period(
                parent.computed_date, rule.period, calendar_of_court=calendar, citation=rule.citation,
                unit=rule.unit, direction=rule.direction,
            )  # fmt: skip
            said = f"{parent.title} due {us_date(parent.computed_date)}."
            plan.deadlines.append(
                Planned(
                    key=f"{rule.key}:{parent.key}",
                    kind=Deadline.Kind.RULE,
                    title=rule.title,
                    computed_date=count.due,
                    explanation=[said, *count.steps],
                    rule_id=rule.pk,
                    trigger_entry_id=parent.trigger_entry_id,
                    trigger_date=parent.computed_date,
                    party=parent.party,
                )
            )


RESPONSES = {"answer", "motion_to_dismiss"}
RESPONSE_RULES = ("frcp-12-a", "frcp-15-a-3")


def _answered(plan: Plan, entries: list[EntryRow]) -> None:
    """A response deadline is done once an answer or a Rule 12 motion naming the party is on the docket after its
    trigger (any such filing, when the deadline names no party)."""
    responses = [
        entry for entry in entries if (entry.event_code or classify.event_type_code(entry.description)) in RESPONSES
    ]
    for planned in plan.deadlines:
        if planned.status != Deadline.Status.OPEN or not planned.key.startswith(RESPONSE_RULES):
            continue
        name = planned.party.split(",")[0].lower()
        for entry in responses:
            if entry.date_filed >= (planned.trigger_date or entry.date_filed) and name in entry.description.lower():
                planned.status = Deadline.Status.DONE
                planned.status_reason = f"Responded: {entry_label(entry)} ({us_date(entry.date_filed)})."
                break


def _termination(plan: Plan, facts: CaseFacts, rules: list[CourtRule]) -> None:
    """A terminated case's open deadlines are vacated, with the reason, and so are its hearings from the
    termination date on (those before it were held). What a judgment or an appeal starts (a new trial motion,
    fees, the notice of appeal) is what termination begins, and stays open."""
    after_judgment = _post_judgment_rules(rules)
    for planned in plan.deadlines:
        if planned.rule_id in after_judgment or planned.status != Deadline.Status.OPEN:
            continue
        if planned.kind != Deadline.Kind.HEARING or planned.computed_date >= facts.terminated_on:
            planned.status = Deadline.Status.VACATED
            planned.status_reason = facts.terminated_reason


def _post_judgment_rules(rules: list[CourtRule]) -> set[int]:
    starts = {CourtRule.Trigger.JUDGMENT, CourtRule.Trigger.NOTICE_OF_APPEAL}
    ids = {rule.pk for rule in rules if rule.trigger in starts}
    ids |= {rule.pk for rule in rules if rule.trigger == CourtRule.Trigger.RULE_DEADLINE and rule.follows_id in ids}
    return ids


def label_key(label: str) -> str:
    """Settings are matched by their names without case, punctuation, "further" or "the"."""
    words = re.sub(r"[^a-z0-9&]+", " ", label.lower()).split()
    return " ".join(word for word in words if word not in {"further", "the", "a", "an", "hrg"})


def _settings_apply(plan: Plan, entry: EntryRow, dates: EntryDates, facts: CaseFacts) -> None:
    """The court's settings in docket order: a reset supersedes what it resets, a vacatur vacates."""
    own_dates = set()
    for index, setting in enumerate(dates.settings):
        own_dates.add(setting.stated.on)
        if setting.action == "vacated":
            _vacate(plan, entry, label_key(setting.label), setting.stated.on)
            continue
        planned = _from_setting(entry, index, setting, facts)
        _supersede(plan, planned, setting, entry)
        plan.setting_add(planned)
    for on in vacated_dates(entry.description):
        if on not in own_dates:
            _vacate(plan, entry, "", on)


def _from_setting(entry: EntryRow, index: int, setting: Setting, facts: CaseFacts) -> Planned:
    kind = Deadline.Kind.DUE if setting.is_due else Deadline.Kind.HEARING
    verb = "reset" if setting.action == "reset" else "set"
    return Planned(
        key=f"set:{entry.id}:{index}",
        kind=kind,
        title=setting.label,
        computed_date=setting.stated.on,
        explanation=[f'The court {verb} it in {entry_label(entry)}: "{setting.stated.phrase}".'],
        trigger_entry_id=entry.id,
        trigger_date=entry.date_filed,
        time=setting.stated.at,
        time_zone=facts.time_zone if setting.stated.at else "",
        label_key=label_key(setting.label),
    )


def _open(settings: list[Planned], name: str = "") -> list[Planned]:
    return [item for item in settings if item.status == Deadline.Status.OPEN and (not name or item.label_key == name)]


def _latest_open(settings: list[Planned]) -> list[Planned]:
    for item in reversed(settings):
        if item.status == Deadline.Status.OPEN:
            return [item]
    return []


def _supersede(plan: Plan, new: Planned, setting: Setting, entry: EntryRow) -> None:
    """A reset replaces the setting it names ("previously set for 3/3/2009"), else the latest of the same name;
    a setting repeated for the same day (a notice that only changes the time) replaces the earlier one."""
    if setting.action == "reset":
        named = _open(plan.settings_on.get(setting.previous, []), new.label_key) if setting.previous else []
        replaced = named[-1:] or _latest_open(plan.settings_named.get(new.label_key, []))
    else:
        replaced = _open(plan.settings_on.get(new.computed_date, []), new.label_key)
    for old in replaced:
        old.status, old.superseded_by = Deadline.Status.SUPERSEDED, new.key
        old.status_reason = f"Reset by {entry_label(entry)} ({us_date(entry.date_filed)})."


def _vacate(plan: Plan, entry: EntryRow, name: str, on: date) -> None:
    candidates = _open(plan.settings_on.get(on, []))
    named = [planned for planned in candidates if name and planned.label_key == name]
    for planned in named or candidates:
        planned.status = Deadline.Status.VACATED
        planned.status_reason = f"Vacated by {entry_label(entry)} ({us_date(entry.date_filed)})."
