"""Writes to the docket, and what each docket event does to its case.

Each rule is a plain function run in one transaction. Nothing here hides in
save() or a signal: the admin and the demo loader call these same functions,
and every write ends by telling the seam in recorded.py what it did.
"""

from collections.abc import Iterable
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from cases.models import Case, Claim
from cases.services import claims_resolve_pending

from .models import ChronologyFact, DocketEntry, EventType
from .recorded import Source, entries_recorded

# Under Rule 41(a)(1)(A)(i) a notice ends the case only until the opposing
# party serves one of these.
NOTICE_CUTOFF_EVENTS = {"answer", "motion_summary_judgment"}

DISPOSITIONS = {
    (EventType.Effect.VOLUNTARY_DISMISSAL, DocketEntry.Prejudice.WITHOUT): Case.Disposition.VOLUNTARY_WITHOUT_PREJUDICE,
    (EventType.Effect.VOLUNTARY_DISMISSAL, DocketEntry.Prejudice.WITH): Case.Disposition.VOLUNTARY_WITH_PREJUDICE,
    (
        EventType.Effect.STIPULATED_DISMISSAL,
        DocketEntry.Prejudice.WITHOUT,
    ): Case.Disposition.STIPULATED_WITHOUT_PREJUDICE,
    (EventType.Effect.STIPULATED_DISMISSAL, DocketEntry.Prejudice.WITH): Case.Disposition.STIPULATED_WITH_PREJUDICE,
}
CLAIM_STATUSES = {
    DocketEntry.Prejudice.WITHOUT: Claim.Status.DISMISSED_WITHOUT_PREJUDICE,
    DocketEntry.Prejudice.WITH: Claim.Status.DISMISSED_WITH_PREJUDICE,
}


def next_sequence(case: Case) -> int:
    return (case.docket_entries.aggregate(top=Max("sequence"))["top"] or 0) + 1


@transaction.atomic
def docket_entry_record(*, entry: DocketEntry, source: str = Source.SERVICE) -> DocketEntry:
    """Put a new entry on its docket (last, unless its sequence places it) and apply what its event does.

    The one way a single entry is recorded: a person's entry through the admin, the demo loader and tests.
    """
    Case.objects.select_for_update().filter(pk=entry.case_id).first()  # one writer per docket at a time
    if not entry.sequence:
        entry.sequence = next_sequence(entry.case)
    entry.full_clean()
    entry_effect_check(entry)
    entry.save()
    entry.case = entry_effect_apply(entry) or entry.case  # as the rule left it, for the receivers
    entries_recorded(case=entry.case, added=[entry], source=source)
    return entry


@transaction.atomic
def entry_effects_apply(*, entries: Iterable[DocketEntry], source: str = Source.ADMIN) -> None:
    """Apply the effects of entries already on their dockets, in docket order: all of them or none."""
    by_case: dict[int, list[DocketEntry]] = {}
    for entry in sorted(entries, key=lambda entry: (entry.date_filed, entry.sequence)):
        try:
            entry_effect_apply(entry)
        except ValidationError as error:
            raise ValidationError(f"{entry}: {' '.join(error.messages)}") from None
        by_case.setdefault(entry.case_id, []).append(entry)
    for case in Case.objects.filter(pk__in=by_case):
        entries_recorded(case=case, changed=by_case[case.pk], source=source)


def entry_effect_check(entry: DocketEntry) -> None:
    """Raise ValidationError if the entry's event cannot do what it says to its case."""
    effect = entry.event_type.effect if entry.event_type_id else EventType.Effect.NONE
    if effect in (EventType.Effect.VOLUNTARY_DISMISSAL, EventType.Effect.STIPULATED_DISMISSAL):
        dismissal_check(entry)


@transaction.atomic
def entry_effect_apply(entry: DocketEntry) -> Case | None:
    """Apply the effect of the entry's event type to its case. Returns the case when its event has an effect."""
    effect = entry.event_type.effect if entry.event_type_id else EventType.Effect.NONE
    if effect == EventType.Effect.COMMENCES:
        return case_commence(entry=entry)
    if effect in (EventType.Effect.VOLUNTARY_DISMISSAL, EventType.Effect.STIPULATED_DISMISSAL):
        return case_dismiss(entry=entry)
    return None


def entry_reason(entry: DocketEntry) -> str:
    """The history note for a change a docket entry caused."""
    number = f"ECF No. {entry.entry_number}" if entry.entry_number else "unnumbered entry"
    return f"{entry.event_type.name} filed {entry.date_filed:%Y-%m-%d} ({number})"


def case_commence(*, entry: DocketEntry) -> Case:
    """Recording the complaint sets the case's filing date when it has none."""
    case = Case.objects.select_for_update().get(pk=entry.case_id)
    if case.date_filed is None:
        case.date_filed = entry.date_filed
        case._change_reason = entry_reason(entry)
        case.full_clean()
        case.save()
    return case


def dismissal_check(entry: DocketEntry) -> None:
    case = entry.case
    if not entry.dismissal_prejudice:
        raise ValidationError({"dismissal_prejudice": "Say whether the dismissal is with or without prejudice."})
    if case.date_filed and entry.date_filed < case.date_filed:
        filed, dated = f"{case.date_filed:%B %-d, %Y}", f"{entry.date_filed:%B %-d, %Y}"
        raise ValidationError({"date_filed": f"A dismissal dated {dated} cannot end a case filed {filed}."})
    if case.is_terminated and case.date_terminated != entry.date_filed:
        raise ValidationError(f"The case was already terminated on {case.date_terminated:%B %-d, %Y}.")
    if entry.event_type.effect == EventType.Effect.VOLUNTARY_DISMISSAL:
        notice_dismissal_check(entry)


def notice_dismissal_check(entry: DocketEntry) -> None:
    """Rule 41(a)(1)(A)(i): no answer or summary-judgment motion yet, and no certified class (Rule 23(e))."""
    case = entry.case
    if case.class_certification == Case.Certification.CERTIFIED:
        raise ValidationError(
            "A certified class action can be dismissed only with the court's approval (Fed. R. Civ. P. 23(e)). "
            "Record the court's order instead."
        )
    cutoff = (
        case.docket_entries.filter(event_type__code__in=NOTICE_CUTOFF_EVENTS, date_filed__lte=entry.date_filed)
        .exclude(pk=entry.pk)
        .select_related("event_type")
        .first()
    )
    if cutoff:
        raise ValidationError(
            f"A notice of voluntary dismissal is effective only before an answer or a motion for summary judgment "
            f"(Fed. R. Civ. P. 41(a)(1)(A)(i)); {cutoff.event_type.name.lower()} was filed on "
            f"{cutoff.date_filed:%B %-d, %Y}. Record a stipulated dismissal or the court's order instead."
        )


def case_dismiss(*, entry: DocketEntry) -> Case:
    """A dismissal entry terminates the case on its date and dismisses every pending claim the same way."""
    dismissal_check(entry)
    case = Case.objects.select_for_update().get(pk=entry.case_id)
    case.status = Case.Status.TERMINATED
    case.date_terminated = entry.date_filed
    case.disposition = DISPOSITIONS[(entry.event_type.effect, entry.dismissal_prejudice)]
    case._change_reason = entry_reason(entry)
    case.full_clean()
    case.save()
    claims_resolve_pending(
        case=case, status=CLAIM_STATUSES[entry.dismissal_prejudice], on=entry.date_filed, reason=entry_reason(entry)
    )
    return case


def fact_record(
    *, case: Case, date: date, description: str, date_precision: str = "day", source: str = ""
) -> ChronologyFact:
    """Add a fact to the chronology, dated only as precisely as it is known."""
    if date_precision == ChronologyFact.Precision.MONTH:
        date = date.replace(day=1)
    elif date_precision == ChronologyFact.Precision.YEAR:
        date = date.replace(month=1, day=1)
    fact = ChronologyFact(case=case, date=date, date_precision=date_precision, description=description, source=source)
    fact.full_clean()
    fact.save()
    return fact
