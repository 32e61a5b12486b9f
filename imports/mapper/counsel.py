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

    On one sheet a name is one attorney (CM/ECF lists each by login), whose details come from the
    fullest listing. Across cases an attorney is recognised by name and email, or by name and firm
    when there is no email. Counsel are counted by appearance: an attorney for two parties counts twice.
    """
    listings = [(link, counsel) for party, link in zip(parties, links, strict=True) for counsel in party.counsel]
    fullest: dict[str, SheetCounsel] = {}
    for _, counsel in listings:
        known = fullest.get(counsel.name.lower())
        if known is None or (counsel.email and not known.email):
            fullest[counsel.name.lower()] = counsel
    attorneys, touched = _attorneys_sync(fullest, writer)
    appearances: dict[tuple, tuple[CaseParty, dict]] = {}
    for link, counsel in listings:
        key = (link.pk, attorneys[counsel.name.lower()].pk)
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


def _attorneys_sync(counsel_by_name: dict[str, SheetCounsel], writer: Writer) -> tuple[dict, set]:
    """The Attorney row for each name, found or created; and the ids of those whose details changed."""
    firms = law_firms_get_or_create(
        firms={c.firm: {"address": c.address, "phone": c.phone} for c in counsel_by_name.values() if c.firm},
        user=writer.user,
        reason=writer.reason,
    )
    stored = {}
    named = Attorney.objects.annotate(lname=Lower("name")).filter(lname__in=list(counsel_by_name))
    for row in named.select_related("firm"):
        stored.setdefault((row.name.lower(), (row.email or (row.firm.name if row.firm else "")).lower()), row)
    found, new, changed = {}, [], []
    for name, counsel in counsel_by_name.items():
        values = {field: getattr(counsel, field) for field in CONTACT_FIELDS if field != "firm"}
        values["firm"] = firms.get(counsel.firm.lower())
        found[name] = stored.get(counsel.key)
        if found[name] is None:
            found[name] = Attorney(name=counsel.name, **values)
            new.append(validated(found[name], f"The attorney {counsel.name}", exclude=("firm",)))
        elif fields_apply(found[name], values):
            changed.append(found[name])
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
