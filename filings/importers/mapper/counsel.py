"""Attorneys, their firms, and whom they represent in the case."""

from django.db.models.functions import Lower

from cases.models import Attorney, CaseParty, Representation
from cases.services import law_firms_get_or_create

from ..sheet import SheetCounsel, SheetParty
from .common import Tally, Writer, fields_apply, validated

REPRESENTATION_FIELDS = ["is_lead", "to_be_noticed", "pro_hac_vice", "designation", "date_terminated"]
CONTACT_FIELDS = ["firm", "address", "phone", "fax", "email"]


def counsel_sync(*, parties: list[SheetParty], links: list[CaseParty], writer: Writer) -> Tally:
    """Record each attorney once, with contact details and firm, and each appearance for a party.

    An attorney is recognised across cases by name and email, or by name and firm when the sheet
    gives no email. Counsel are counted by appearance: an attorney for two parties counts twice.
    """
    listings = [(link, counsel) for party, link in zip(parties, links, strict=True) for counsel in party.counsel]
    first = {}
    for _, counsel in listings:
        first.setdefault(counsel.key, counsel)
    attorneys, touched = _attorneys_sync(first, writer)
    appearances: dict[tuple, tuple[CaseParty, dict]] = {}
    for link, counsel in listings:
        key = (link.pk, attorneys[counsel.key].pk)
        fields = _rep_fields(counsel)
        appearances[key] = (link, _flags_merge(appearances[key][1], fields) if key in appearances else fields)
    existing = {
        (rep.case_party_id, rep.attorney_id): rep
        for rep in Representation.objects.filter(case_party__in=[link.pk for link in links])
    }
    new, changed, tally = [], [], Tally()
    for (link_id, attorney_id), (link, fields) in appearances.items():
        rep = existing.get((link_id, attorney_id))
        if rep is None:
            rep = Representation(case_party=link, attorney_id=attorney_id, **fields)
            new.append(validated(rep, "A representation", exclude=("case_party", "attorney")))
            tally.added += 1
        elif fields_apply(rep, fields):
            changed.append(rep)
            tally.changed += 1
        elif attorney_id in touched:
            tally.changed += 1
        else:
            tally.unchanged += 1
    writer.create(Representation, new)
    writer.update(Representation, changed, REPRESENTATION_FIELDS)
    return tally


def _attorneys_sync(counsel_by_key: dict, writer: Writer) -> tuple[dict, set]:
    """The Attorney row for each key, found or created; and the ids of those whose details changed."""
    firms = law_firms_get_or_create(
        firms={c.firm: {"address": c.address, "phone": c.phone} for c in counsel_by_key.values() if c.firm},
        user=writer.user,
        reason=writer.reason,
    )
    found = {}
    names = {key[0] for key in counsel_by_key}
    for row in Attorney.objects.annotate(lname=Lower("name")).filter(lname__in=names).select_related("firm"):
        found.setdefault((row.name.lower(), (row.email or (row.firm.name if row.firm else "")).lower()), row)
    new, changed = [], []
    for key, counsel in counsel_by_key.items():
        values = {name: getattr(counsel, name) for name in CONTACT_FIELDS if name != "firm"}
        values["firm"] = firms.get(counsel.firm.lower())
        if key not in found:
            found[key] = Attorney(name=counsel.name, **values)
            new.append(validated(found[key], f"The attorney {counsel.name}", exclude=("firm",)))
        elif fields_apply(found[key], values):
            changed.append(found[key])
    writer.create(Attorney, new)
    writer.update(Attorney, changed, CONTACT_FIELDS)
    return found, {row.pk for row in changed}


def _rep_fields(counsel: SheetCounsel) -> dict:
    return {
        "is_lead": counsel.is_lead,
        "to_be_noticed": counsel.to_be_noticed,
        "pro_hac_vice": counsel.pro_hac_vice,
        "designation": counsel.designation,
        "date_terminated": counsel.date_terminated,
    }


def _flags_merge(fields: dict, more: dict) -> dict:
    """One attorney listed twice for one party (a party listed under two types): every flag holds."""
    return {name: fields[name] or more[name] for name in fields}
