"""The case itself: found by court and normalized docket number, or opened."""

from django.core.exceptions import ValidationError

from cases.docket_numbers import parse_docket_number
from cases.models import Case, Court
from cases.services import name_normalize

from ..models import DocketImport
from ..sheet import DocketImportError, DocketSheet
from .common import fields_apply

CASE_SOURCES = {
    DocketImport.Source.PACER: Case.Source.PACER,
    DocketImport.Source.PACER_APPELLATE: Case.Source.PACER,
    DocketImport.Source.ACMS: Case.Source.ACMS,
    DocketImport.Source.COURTLISTENER: Case.Source.COURTLISTENER,
}


def case_upsert(*, sheet: DocketSheet, court: Court) -> tuple[Case, str]:
    """Find or open the case and bring the fields the sheet carries up to date.

    Returns the case and what happened to it: "created", "updated" or "unchanged".
    History is left to the caller, which records one version per import.
    """
    try:
        parsed = parse_docket_number(sheet.docket_number, kind=court.kind)
    except ValidationError as error:
        raise DocketImportError(" ".join(error.messages)) from None
    normalized = parsed.normalized
    case = Case.objects.select_for_update().filter(court=court, docket_number=normalized).first()
    created = case is None
    if created:  # where the case came from is set once: a later sheet updates a case, it did not open it
        case = Case(court=court, docket_number=sheet.docket_number, source=CASE_SOURCES[sheet.source])
    changed = fields_apply(case, sheet_fields(sheet))
    case_type = proceeding_case_type(sheet, parsed.case_type)
    changed += fields_apply(case, {"dn_case_type": case_type})
    if sheet.date_terminated:
        # The sheet's own date governs; the disposition stays as it is, blank unless someone records it.
        changed += fields_apply(case, {"status": Case.Status.TERMINATED, "date_terminated": sheet.date_terminated})
    if created or changed:
        _save(case, case_type)
    return case, "created" if created else "updated" if changed else "unchanged"


def sheet_fields(sheet: DocketSheet) -> dict:
    return {
        "case_name": name_normalize(sheet.case_name),
        "dn_judge_initials": sheet.judge_initials,
        "cause": sheet.cause,
        "nature_of_suit": sheet.nature_of_suit,
        "jury_demand": sheet.jury_demand,
        "jurisdiction_basis": sheet.jurisdiction,
        "assigned_to": sheet.assigned_to,
        "referred_to": sheet.referred_to,
        "date_filed": sheet.date_filed,
        "demand": sheet.demand,
        "date_converted": sheet.date_converted,
        "date_discharged": sheet.date_discharged,
    }


def proceeding_case_type(sheet: DocketSheet, number_type: str) -> str:
    """The type an adversary proceeding's number leaves out ("09-01182" is "ap"), else nothing: a number's own type
    ("2:09-ap-00844") stands."""
    return "ap" if sheet.proceeding == "adversary" and not number_type else ""


def _save(case: Case, case_type: str = "") -> None:
    try:
        case.full_clean()
    except ValidationError as error:
        problems = "; ".join(" ".join(messages) for messages in error.message_dict.values())
        raise DocketImportError(f"The case No. {case.docket_number} cannot be saved: {problems}") from None
    case.dn_case_type = case_type or case.dn_case_type  # clean reads the type from the number, which has none
    case.save_without_historical_record()
