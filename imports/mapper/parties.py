"""The parties on the sheet and their roles in the case."""

from cases.models import Case, CaseParty
from cases.services import name_normalize, parties_get_or_create

from ..classify import party_kind, party_role
from ..sheet import DocketImportError, SheetParty
from .common import Tally, Writer, fields_apply, service_refusals, validated


def parties_sync(*, case: Case, parties: list[SheetParty], writer: Writer) -> tuple[Tally, list[CaseParty]]:
    """Give each sheet party its role in the case. Returns the tally and each sheet party's CaseParty, in order.

    A party listed twice under types that mean the same role (the same name as "Debtor" and
    "Joint Debtor") is one CaseParty, whose role_text gives both wordings.
    """
    for party in parties:
        if not name_normalize(party.name):
            raise DocketImportError(f'A party on the sheet has no name (listed as "{party.role_text or "a party"}").')
    with service_refusals():
        rows = parties_get_or_create(
            kinds={party.name: party_kind(party.name) for party in parties}, user=writer.user, reason=writer.reason
        )
    keys = [(rows[party.name], party_role(party.role_text)) for party in parties]
    groups: dict[tuple, list[SheetParty]] = {}
    for (row, role), party in zip(keys, parties, strict=True):
        groups.setdefault((row.pk, role), []).append(party)
    existing = {(link.party_id, link.role): link for link in CaseParty.objects.filter(case=case)}
    links, new, changed = {}, [], []
    for (row, role), party in zip(keys, parties, strict=True):
        key = (row.pk, role)
        if key in links:
            continue
        fields = _fields(groups[key])
        if key in existing:
            links[key] = existing[key]
            if fields_apply(links[key], fields):
                changed.append(links[key])
        else:
            links[key] = CaseParty(case=case, party=row, role=role, **fields)
            new.append(validated(links[key], f'The party "{party.name}"', exclude=("case", "party")))
    writer.create(CaseParty, new)
    writer.update(CaseParty, changed, ["role_text", "description", "date_terminated"])
    tally = Tally(added=len(new), changed=len(changed), unchanged=len(links) - len(new) - len(changed))
    return tally, [links[(row.pk, role)] for row, role in keys]


def _fields(listings: list[SheetParty]) -> dict:
    wordings = list(dict.fromkeys(party.role_text for party in listings if party.role_text))
    return {
        "role_text": "; ".join(wordings),
        "description": next((party.description for party in listings if party.description), ""),
        "date_terminated": next((party.date_terminated for party in listings if party.date_terminated), None),
    }
