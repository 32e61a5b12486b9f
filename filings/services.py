"""Writes to the docket, and what each docket event does to its case.

Each rule is a plain function run in one transaction. Nothing here hides in
save() or a signal: the admin, the importers and the demo loader all call
these same functions.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from cases.models import Case, Claim
from cases.services import claims_resolve_pending

from .models import ChronologyFact, DocketEntry, EventType

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


def docket_entry_record(*, case: Case, date_filed: date, description: str, **fields) -> DocketEntry:
    """Put an entry on the docket and apply what its event does to the case."""
    return docket_entry_add(DocketEntry(case=case, date_filed=date_filed, description=description, **fields))


@transaction.atomic
def docket_entry_add(entry: DocketEntry) -> DocketEntry:
    """Save a new entry, last on its docket unless placed, and apply its event's effect."""
    Case.objects.select_for_update().filter(pk=entry.case_id).first()  # one writer per docket at a time
    if not entry.sequence:
        entry.sequence = next_sequence(entry.case)
    entry.full_clean()
    entry_effect_check(entry)
    entry.save()
    entry_effect_apply(entry)
    return entry


def entry_effect_check(entry: DocketEntry) -> None:
    """Raise ValidationError if the entry's event cannot do what it says to its case."""
    effect = entry.event_type.effect if entry.event_type_id else EventType.Effect.NONE
    if effect in (EventType.Effect.VOLUNTARY_DISMISSAL, EventType.Effect.STIPULATED_DISMISSAL):
        dismissal_check(entry)


@transaction.atomic
def entry_effect_apply(entry: DocketEntry) -> None:
    """Apply the effect of the entry's event type to its case."""
    effect = entry.event_type.effect if entry.event_type_id else EventType.Effect.NONE
    if effect == EventType.Effect.COMMENCES:
        case_commence(entry=entry)
    elif effect in (EventType.Effect.VOLUNTARY_DISMISSAL, EventType.Effect.STIPULATED_DISMISSAL):
        case_dismiss(entry=entry)


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
