"""Writes to cases, parties, counsel and claims. Each validates fully before it saves."""

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from django.db import transaction

from .models import Case, CaseParty, CauseOfAction, Claim, Court, Party, ReliefSought


def case_create(*, court: Court, docket_number: str, case_name: str, **fields) -> Case:
    """Open a case. The docket number may be given in any form the court uses."""
    case = Case(court=court, docket_number=docket_number, case_name=case_name, **fields)
    case.full_clean()
    case.save()
    return case


def party_get_or_create(*, name: str, kind: str = Party.Kind.PERSON, description: str = "") -> Party:
    """Find a party by name, whatever its case, or create it: one row per party across all cases."""
    name = " ".join(name.split())
    party = Party.objects.filter(name__iexact=name).first()
    if party:
        return party
    party = Party(name=name, kind=kind, description=description)
    party.full_clean()
    party.save()
    return party


def case_party_add(*, case: Case, party: Party, role: str, description: str = "", **fields) -> CaseParty:
    """Give a party a role in a case, once."""
    link = CaseParty.objects.filter(case=case, party=party, role=role).first()
    if link:
        return link
    link = CaseParty(case=case, party=party, role=role, description=description, **fields)
    link.full_clean()
    link.save()
    return link


@transaction.atomic
def claim_create(
    *,
    case: Case,
    count_number: int,
    cause_of_action: CauseOfAction,
    summary: str = "",
    asserted_by: Iterable[Party] = (),
    asserted_against: Iterable[Party] = (),
    relief: Iterable[dict] = (),
) -> Claim:
    """Plead a count: who asserts it against whom, and the relief it seeks."""
    claim = Claim(case=case, count_number=count_number, cause_of_action=cause_of_action, summary=summary)
    claim.full_clean()
    claim.save()
    claim.asserted_by.set(asserted_by)
    claim.asserted_against.set(asserted_against)
    for item in relief:
        relief_add(claim=claim, **item)
    return claim


def relief_add(
    *,
    claim: Claim,
    kind: str,
    amount: Decimal | None = None,
    amount_per_person: Decimal | None = None,
    authority: str = "",
    description: str = "",
) -> ReliefSought:
    relief = ReliefSought(
        claim=claim,
        kind=kind,
        amount=amount,
        amount_per_person=amount_per_person,
        authority=authority,
        description=description,
    )
    relief.full_clean()
    relief.save()
    return relief


def claims_resolve_pending(*, case: Case, status: str, on: date, reason: str = "") -> int:
    """Give every pending claim of the case the same resolution. Returns how many changed."""
    pending = list(case.claims.filter(status=Claim.Status.PENDING))
    for claim in pending:
        claim.status, claim.status_date = status, on
        claim._change_reason = reason
        claim.save(update_fields=["status", "status_date"])
    return len(pending)
