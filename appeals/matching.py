"""Finding an appeal's case below by the court and docket number the appellate docket gives, and back.

Both sides are compared in their normalized form. A court of appeals often writes the number below without its
divisional office ("17-cv-00050" for "1:17-cv-00050"); a number without an office matches any office's, and a
match counts only when it is the one case that fits.
"""

import re

from django.core.exceptions import ValidationError
from django.db.models import QuerySet

from cases.docket_numbers import parse_docket_number
from cases.models import Case

from .models import Appeal

OFFICE = re.compile(r"^\d:")


def number_normalize(raw: str) -> str:
    """The number below in its normalized form; a number no court system uses is kept as the docket writes it."""
    text = " ".join((raw or "").split())
    try:
        return parse_docket_number(text).normalized
    except ValidationError:
        return text


def same_number(field: str, number: str) -> dict:
    """A lookup for ``field`` holding ``number``, or, where either side lacks the office, the same number."""
    bare = OFFICE.sub("", number)
    if bare != number:  # the office is known: that office's number, or the same number with no office
        return {f"{field}__in": [number, bare]}
    return {f"{field}__regex": rf"^(\d:)?{re.escape(bare)}$"}


def case_below_match(appeal: Appeal) -> Case | None:
    """The one case in the originating court with the originating number, if there is exactly one."""
    if not (appeal.originating_court_id and appeal.originating_docket_number):
        return None
    found = list(
        Case.objects.filter(
            court_id=appeal.originating_court_id, **same_number("docket_number", appeal.originating_docket_number)
        ).exclude(pk=appeal.case_id)[:2]
    )
    return found[0] if len(found) == 1 else None


def appeals_naming(case: Case) -> QuerySet[Appeal]:
    """The appeals whose docket names this case as the one below (by its court and number)."""
    return Appeal.objects.filter(
        originating_court_id=case.court_id, **same_number("originating_docket_number", case.docket_number)
    ).exclude(pk=case.pk)


def forms_cycle(appeal: Appeal, case_below: Case) -> bool:
    """True when ``case_below`` is the appeal itself or is reached by going down from the appeal's own case.

    An appeal from a bankruptcy appellate panel, or from a district court sitting on appeal, to a court of appeals
    has a case below that is itself an appeal: that is allowed, but a chain may never come back to where it began.
    """
    seen, current = set(), case_below
    while current is not None and current.pk not in seen:
        if current.pk == appeal.case_id:
            return True
        seen.add(current.pk)
        below = Appeal.objects.filter(pk=current.pk).values_list("case_below", flat=True).first()
        current = Case(pk=below) if below else None
    return False
