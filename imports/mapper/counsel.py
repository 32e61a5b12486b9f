"""Attorneys, their firms, and whom they represent in the case."""

from cases.models import Attorney, CaseParty, Representation
from cases.services import attorneys_get_or_create, law_firms_get_or_create, name_normalize

from ..sheet import SheetCounsel, SheetParty
from .common import Tally, Writer, fields_apply, service_refusals, validated

REPRESENTATION_FIELDS = ["is_lead", "to_be_noticed", "pro_hac_vice", "designation", "date_terminated"]
CONTACT_FIELDS = ["address", "phone", "fax", "email"]  # the firm is part of who the attorney is


def counsel_sync(
    *, parties: list[SheetParty], links: list[CaseParty], writer: Writer, warnings: list[str] | None = None
) -> Tally:
    """Record each attorney once, with contact details and firm, and each appearance for a party.

    On one sheet a name is one attorney (CM/ECF lists each by login), whose details come from the
    fullest listing. Across cases an attorney is recognised by name and firm, as the database's
    constraint says. Counsel are counted by appearance: an attorney for two parties counts twice.
    A counsel block that names no attorney is skipped, with a warning saying so (see counsel_listings).
    """
    listings = counsel_listings(parties, links, warnings if warnings is not None else [])
    fullest: dict[str, SheetCounsel] = {}
    for _, counsel in listings:
        known = fullest.get(_name_key(counsel))
        if known is None or (counsel.email and not known.email):
            fullest[_name_key(counsel)] = counsel
    attorneys, touched = _attorneys_sync(fullest, writer)
    appearances: dict[tuple, tuple[CaseParty, dict]] = {}
    for link, counsel in listings:
        key = (link.pk, attorneys[_name_key(counsel)].pk)
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


def counsel_listings(parties: list[SheetParty], links: list[CaseParty], warnings: list[str]) -> list[tuple]:
    """Each (party's CaseParty, counsel) the sheet lists, less the blocks that name no attorney.

    One nameless block never refuses a docket. PACER prints a pro se party's block with an empty one after
    it, which juriscraper reads as counsel with no name and nothing else; a block may also lose its name and
    keep a contact. Each skipped block is a warning naming the party and why. (A name or firm the tables
    cannot hold, such as one over their length, is still refused: that is a broken file, not an odd block.)"""
    listings = []
    for party, link in zip(parties, links, strict=True):
        for counsel in party.counsel:
            if name_normalize(counsel.name):
                listings.append((link, counsel))
                continue
            held = any([counsel.firm, counsel.address, counsel.phone, counsel.fax, counsel.email])
            why = "it names no attorney" + ("" if held else " and holds nothing else")
            warnings.append(f'A counsel listing for "{party.name}" ({party.role_text or "party"}) was skipped: {why}.')
    return listings


def _name_key(counsel: SheetCounsel) -> str:
    """One sheet's listings of a name are one attorney; which stored row that is, the database decides."""
    return name_normalize(counsel.name).lower()


def _attorneys_sync(counsel_by_name: dict[str, SheetCounsel], writer: Writer) -> tuple[dict, set]:
    """The Attorney row for each name, found or created; and the ids of those whose details changed."""
    with service_refusals():
        firms = law_firms_get_or_create(
            firms={c.firm: {"address": c.address, "phone": c.phone} for c in counsel_by_name.values() if c.firm},
            user=writer.user,
            reason=writer.reason,
        )
        wanted = [Attorney(name=c.name, firm=firms.get(c.firm), **_contact(c)) for c in counsel_by_name.values()]
        rows = attorneys_get_or_create(attorneys=wanted, user=writer.user, reason=writer.reason)
    found, changed = {}, {}
    for (name, counsel), row in zip(counsel_by_name.items(), rows, strict=True):
        found[name] = row
        if fields_apply(row, _contact(counsel)):
            changed[row.pk] = row
    writer.update(Attorney, list(changed.values()), CONTACT_FIELDS)
    return found, set(changed)


def _contact(counsel: SheetCounsel) -> dict:
    return {field: getattr(counsel, field) for field in CONTACT_FIELDS}


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
