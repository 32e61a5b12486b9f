"""Writing appeals: what the appellate docket says of one, and its link to the case below, each kept in history.

How the link is kept (``Appeal.link``, ``linked_by``, ``linked_at``):

- "docket": matched by the originating court and docket number, when the appeal is recorded or when the case
  below arrives later (``appeals_awaiting_link``). A later sheet may move a docket link to the one case its number
  now names.
- "manual": linked by a person (``linked_by``, ``linked_at``). The docket's matching never overwrites it.
- "" with ``linked_at`` set: a person unlinked it, and ``linked_by`` and ``linked_at`` say who and when. The
  docket's number does not link it again; only a person does.

Linking brings the appeal's walls up to the case below's (``appeals.walls``); unlinking leaves them as they are.
"""

import dataclasses
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from cases.models import Case, Court
from casetracker.roles import LINK_PERMISSION

from .matching import appeals_naming, case_below_match, forms_cycle, number_normalize
from .models import Appeal
from .walls import walls_inherit

# What the appellate docket says, kept as it says it (blank never erases a stored value).
DOCKET_FIELDS = (
    "case_type",
    "fee_status",
    "panel",
    "appeal_from",
    "originating_judge",
    "ordering_judge",
    "court_reporter",
    "originating_date_filed",
    "date_judgment",
    "date_judgment_entered",
    "date_notice_of_appeal",
    "date_received",
    "date_disposed_below",
    "disposition_below",
)
KNOWN = (*DOCKET_FIELDS, "originating_court_id", "originating_docket_number")
RELATIONS = ["case", "originating_court", "case_below", "linked_by"]  # checked by the database, not by a query each
REASON_LENGTH = 100  # django-simple-history's history_change_reason
NOT_SEEN = "No case you may see has that docket number{where}. Import its docket sheet first, or check the number."


@dataclass
class Recorded:
    appeal: Appeal
    action: str  # "created", "updated" or "unchanged": the appeal's own fields
    linked: Case | None = None  # the case below this write linked, if it linked one


def appeal_record(case: Case, details=None, *, user=None, reason: str = "", **values) -> Recorded:
    """Create or update the appeal of ``case`` from what its docket says (a SheetAppeal, a dict, or keywords),
    then link it to its case below when the docket's court and number name exactly one case.

    Raises ValidationError naming the field a value does not fit."""
    values = {**_as_dict(details), **values}
    if unknown := sorted(set(values) - set(KNOWN)):
        raise TypeError(f"Not a field of an appeal: {', '.join(unknown)}")
    with transaction.atomic():
        appeal = Appeal.objects.select_for_update().filter(pk=case.pk).first()
        created = appeal is None
        appeal = appeal or Appeal(case=case)
        appeal.case = case
        changed = _values_apply(appeal, _docket_values(values))
        if created or changed:
            _validate(appeal)
            _save(appeal, user, reason or "Recorded from the appellate docket")
        linked = _docket_link(appeal, user=user)
    return Recorded(appeal, "created" if created else "updated" if changed else "unchanged", linked)


def appeals_awaiting_link(case: Case, *, user=None) -> list[Appeal]:
    """Link to ``case`` each appeal, recorded before it, whose docket names it as the case below. Call it after a
    case is written (imported, created or renumbered). Returns the appeals linked."""
    linked = []
    waiting = appeals_naming(case).filter(link=Appeal.Link.NONE, linked_at__isnull=True).select_related("case")
    if not waiting.exists():  # the usual answer, in one query: every import asks
        return linked
    with transaction.atomic():
        for appeal in waiting.select_for_update(of=("self",)):
            if _matched(appeal) == case:
                _link_set(appeal, case, Appeal.Link.DOCKET, by=None, user=user)
                linked.append(appeal)
    return linked


def appeal_link(*, appeal: Appeal, case_below: Case, user) -> Appeal:
    """Link the appeal by hand to ``case_below``, which the user must be able to see. Raises ValidationError saying
    why a link is refused: the appeal itself, or a case that is on appeal from this one (a chain that would close)."""
    _may_change(appeal, user)
    if not Case.objects.for_user(user).filter(pk=case_below.pk).exists():
        raise ValidationError(NOT_SEEN.format(where=""))
    if case_below.pk == appeal.case_id:
        raise ValidationError("An appeal cannot be its own case below.")
    if forms_cycle(appeal, case_below):
        raise ValidationError(
            f"No. {case_below.docket_number} is itself on appeal from this case, so it cannot be its case below."
        )
    with transaction.atomic():
        _link_set(appeal, case_below, Appeal.Link.MANUAL, by=user, user=user)
    return appeal


def appeal_unlink(*, appeal: Appeal, user) -> Appeal:
    """Unlink the appeal from its case below, by hand: the docket's number will not link it again. The walls it
    took from the case below stay (``appeals.walls``)."""
    _may_change(appeal, user)
    below = appeal.case_below
    if below is None:
        raise ValidationError("This appeal is not linked to a case below.")
    if not Case.objects.for_user(user).filter(pk=below.pk).exists():
        raise ValidationError("This appeal's link cannot be changed from your account.")
    appeal.case_below, appeal.link, appeal.linked_by, appeal.linked_at = None, Appeal.Link.NONE, user, timezone.now()
    _save(appeal, user, f"Unlinked by hand from No. {below.docket_number}")
    return appeal


def appeals_below_deleted(case: Case) -> None:
    """The case below is being deleted: its appeals are unlinked (a sheet of it imported again links them again)."""
    for appeal in Appeal.objects.filter(case_below=case):
        appeal.case_below, appeal.link, appeal.linked_by, appeal.linked_at = None, Appeal.Link.NONE, None, None
        _save(appeal, None, f"The case below, No. {case.docket_number}, was deleted")


def unlinked_by_hand(appeal: Appeal) -> bool:
    return appeal.link == Appeal.Link.NONE and appeal.linked_at is not None


def _may_change(appeal: Appeal, user) -> None:
    if not (user.has_perm(LINK_PERMISSION) and Appeal.objects.for_user(user).filter(pk=appeal.pk).exists()):
        raise PermissionDenied("Linking an appeal to its case below needs the right to change appeals.")


def _docket_link(appeal: Appeal, *, user) -> Case | None:
    """Link by the docket's court and number, unless a person linked or unlinked it."""
    if appeal.link == Appeal.Link.MANUAL or unlinked_by_hand(appeal):
        return None
    below = _matched(appeal)
    if below is None or below.pk == appeal.case_below_id:
        return None
    _link_set(appeal, below, Appeal.Link.DOCKET, by=None, user=user)
    return below


def _matched(appeal: Appeal) -> Case | None:
    below = case_below_match(appeal)
    return None if below is None or forms_cycle(appeal, below) else below


def _link_set(appeal: Appeal, below: Case, link: str, *, by, user) -> None:
    appeal.case_below, appeal.link, appeal.linked_by, appeal.linked_at = below, link, by, timezone.now()
    how = "by hand" if link == Appeal.Link.MANUAL else "by its docket number"
    _save(appeal, user, f"Linked {how} to the case below, No. {below.docket_number}")
    walls_inherit(appeal)


def _as_dict(details) -> dict:
    if details is None:
        return {}
    return dataclasses.asdict(details) if dataclasses.is_dataclass(details) else dict(details)


def _docket_values(values: dict) -> dict:
    found = {name: values[name] for name in DOCKET_FIELDS if name in values}
    court_id = (values.get("originating_court_id") or "").strip().lower()
    if court_id and Court.objects.filter(pk=court_id).exists():
        found["originating_court_id"] = court_id
    found["originating_docket_number"] = number_normalize(values.get("originating_docket_number", ""))
    return found


def _values_apply(appeal: Appeal, values: dict) -> list[str]:
    changed = []
    for name, value in values.items():
        if isinstance(value, str):
            value = value.strip()
        if value not in ("", None) and getattr(appeal, name) != value:
            setattr(appeal, name, value)
            changed.append(name)
    return changed


def _validate(appeal: Appeal) -> None:
    try:
        appeal.clean_fields(exclude=RELATIONS)
    except ValidationError as error:
        problems = "; ".join(
            f"{appeal._meta.get_field(name).verbose_name}: {' '.join(messages)}"
            for name, messages in error.message_dict.items()
        )
        raise ValidationError(f"The appeal No. {appeal.case.docket_number} cannot be saved ({problems}).") from None


def _save(appeal: Appeal, user, reason: str) -> None:
    appeal._history_user = user
    appeal._change_reason = reason[:REASON_LENGTH]
    appeal.save()
