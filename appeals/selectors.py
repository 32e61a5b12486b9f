"""Reads of appeals, scoped to what the user may see: the case page's panels, an appeal to link, a case below."""

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.shortcuts import get_object_or_404

from cases.access import visible_cases
from cases.docket_numbers import parse_docket_number
from cases.models import Case
from filings.models import DocketEntry

from .matching import same_number
from .models import Appeal
from .services import NOT_SEEN


def appeals_touch(case: Case) -> bool:
    """Whether the case is an appeal or has any appeal from it (of anyone's: the panel's query then scopes)."""
    return Appeal.objects.filter(Q(case=case) | Q(case_below=case)).exists()


def case_appeals(*, user, case: Case) -> QuerySet[Appeal]:
    """In one query: the case's own appeal (if it is one) and the appeals from it that the user may see, each with
    its latest docket entry (``latest_date``, ``latest_text``) and whether the user may see its case below."""
    latest = DocketEntry.objects.filter(case=OuterRef("case")).order_by("-date_filed", "-sequence")
    return (
        Appeal.objects.for_user(user)
        .filter(Q(case=case) | Q(case_below=case))
        .select_related("case__court", "case_below__court", "originating_court", "linked_by")
        .annotate(
            latest_date=Subquery(latest.values("date_filed")[:1]),
            latest_text=Subquery(latest.values("description")[:1]),
            below_visible=Exists(visible_cases(user).filter(pk=OuterRef("case_below"))),
        )
        .order_by("-case__date_filed", "case__docket_number")
    )


def appeal_get(*, user, case_pk: int) -> Appeal:
    """The appeal of a case the user may see; any other is a 404."""
    return get_object_or_404(Appeal.objects.for_user(user).select_related("case", "case_below"), pk=case_pk)


def case_below_find(*, user, number: str, court_id: str = "") -> Case:
    """The one case the user may see with this docket number (in this court, if one is given). Raises
    ValidationError saying what to do when the number cannot be read, finds nothing, or finds several."""
    try:
        normalized = parse_docket_number(number).normalized
    except ValidationError as error:
        raise ValidationError(" ".join(error.messages)) from None
    found = Case.objects.for_user(user).filter(**same_number("docket_number", normalized)).select_related("court")
    found = list((found.filter(court_id=court_id) if court_id else found).order_by("court_id", "docket_number")[:6])
    if not found:
        raise ValidationError(NOT_SEEN.format(where=" in that court" if court_id else ""))
    if len(found) > 1:
        count = "More than 5" if len(found) > 5 else str(len(found))
        places = "; ".join(f"No. {case.docket_number} in {case.court.citation or case.court_id}" for case in found[:5])
        raise ValidationError(
            f"{count} cases you may see have that number ({places}). Choose the court, or give the number with "
            "its office."
        )
    return found[0]
