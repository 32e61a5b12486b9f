"""Writes to cases, parties, counsel and claims. Each validates fully before it saves."""

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from django.db import models, transaction
from django.db.models.functions import Lower
from simple_history.utils import bulk_create_with_history

from .models import Case, CaseParty, CauseOfAction, Claim, Court, LawFirm, Party, ReliefSought


def case_create(*, court: Court, docket_number: str, case_name: str, **fields) -> Case:
    """Open a case. The docket number may be given in any form the court uses."""
    case = Case(court=court, docket_number=docket_number, case_name=case_name, **fields)
    case.full_clean()
    case.save()
    return case


def name_normalize(name: str) -> str:
    """Names are compared without regard to case or runs of spaces."""
    return " ".join(name.split())


def party_get_or_create(*, name: str, kind: str = Party.Kind.PERSON, description: str = "") -> Party:
    """Find a party by name, whatever its case, or create it: one row per party across all cases."""
    name = name_normalize(name)
    party = Party.objects.filter(name__iexact=name).first()
    if party:
        return party
    party = Party(name=name, kind=kind, description=description)
    party.full_clean()
    party.save()
    return party


def parties_get_or_create(*, kinds: dict[str, str], user=None, reason: str = "") -> dict[str, Party]:
    """party_get_or_create for many names at once: {name: kind} in, {lower-cased name: Party} out.

    Two queries and two inserts however many parties, for importers.
    """
    return _named_get_or_create(Party, {name: {"kind": kind} for name, kind in kinds.items()}, user, reason)


def law_firms_get_or_create(*, firms: dict[str, dict], user=None, reason: str = "") -> dict[str, LawFirm]:
    """Find firms by name, whatever the case, or create them with the given fields: {name: fields} in."""
    return _named_get_or_create(LawFirm, firms, user, reason)


def _named_get_or_create(model: type[models.Model], rows: dict[str, dict], user, reason: str) -> dict:
    wanted = {name_normalize(name).lower(): (name_normalize(name), fields) for name, fields in rows.items()}
    found = {
        row.name.lower(): row for row in model.objects.annotate(lname=Lower("name")).filter(lname__in=list(wanted))
    }
    new = [model(name=name, **fields) for key, (name, fields) in wanted.items() if key not in found]
    for row in new:
        row.full_clean(validate_unique=False, validate_constraints=False)  # the database holds the constraints
    created = bulk_create_with_history(new, model, default_user=user, default_change_reason=reason)
    found.update((row.name.lower(), row) for row in created)
    return found


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
