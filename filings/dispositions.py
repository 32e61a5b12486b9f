"""A disposition read from the docket's own words, proposed for a person to confirm, never set silently.

An imported case often ends in an entry no rule applies ("JUDGMENT: ... Plaintiff's claims are DISMISSED WITH
PREJUDICE"), and the sheet carries no disposition. Rather than leave it blank without a word, the case page
proposes what the latest such entry says, citing it; an administrator confirms it and it is saved with history.
"""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction

from cases.models import Case

from .models import DocketEntry

RECENT = 200  # entries read back from the end of the docket

# (pattern on the entry's text, disposition when it says "with prejudice", and otherwise).
OPENING = r"^\W*(?:(?:final|amended|clerk'?s|default|memorandum)\s+)?"
READINGS = [
    (re.compile(r"^\W*notice of voluntary dismissal\b", re.I), "vol_dismissed_wp", "vol_dismissed_wop"),
    (
        re.compile(r"^\W*(?:joint\s+)?stipulat\w*\b.{0,80}?\bdismiss", re.I | re.S),
        "stip_dismissed_wp",
        "stip_dismissed_wop",
    ),
    (
        re.compile(OPENING + r"(?:judgment|order|ruling)\b.{0,600}?\bdismiss(?:ed|ing)\b", re.I | re.S),
        "dismissed_by_court",
        "dismissed_by_court",
    ),
]
JUDGMENT_FOR = re.compile(
    OPENING + r"judgment\b.{0,300}?\bin favor of (?:the )?(?P<side>plaintiff|defendant)s?\b", re.I | re.S
)
TRANSFER = re.compile(r"^\W*order\b.{0,200}?\b(?:case (?:is )?transferred|transferring (?:this )?case)\b", re.I | re.S)
REMAND = re.compile(r"^\W*order\b.{0,200}?\bremand(?:ed|ing)\b.{0,80}?\b(?:state|superior|circuit) court", re.I | re.S)
WITHOUT_PREJUDICE = re.compile(r"\bwithout\s+prejudice\b", re.I)
WITH_PREJUDICE = re.compile(r"\bwith\s+prejudice\b", re.I)


@dataclass(frozen=True)
class DispositionProposal:
    disposition: str
    entry: DocketEntry

    @property
    def label(self) -> str:
        return Case.Disposition(self.disposition).label


def disposition_read(text: str) -> str | None:
    """The disposition an entry's text plainly records, or None."""
    for pattern, with_prejudice, without_prejudice in READINGS:
        if pattern.search(text):
            # Fed. R. Civ. P. 41(a)(1)(B): unless the notice or stipulation says otherwise, without prejudice.
            stated = WITH_PREJUDICE.search(text) and not WITHOUT_PREJUDICE.search(text)
            return with_prejudice if stated else without_prejudice
    if match := JUDGMENT_FOR.search(text):
        return f"judgment_{match['side'].lower()}"
    if TRANSFER.search(text):
        return Case.Disposition.TRANSFERRED.value
    if REMAND.search(text):
        return Case.Disposition.REMANDED.value
    return None


def disposition_proposal(case: Case) -> DispositionProposal | None:
    """For a terminated case with no disposition: what its latest dispositive entry says, with that entry."""
    if case.status != Case.Status.TERMINATED or case.disposition:
        return None
    entries = case.docket_entries.order_by("-date_filed", "-sequence").only(
        "pk", "entry_number", "date_filed", "description", "case_id"
    )[:RECENT]
    for entry in entries:
        if disposition := disposition_read(entry.description):
            return DispositionProposal(disposition=disposition, entry=entry)
    return None


def disposition_confirm(*, case: Case, disposition: str, entry_pk: int, user) -> Case:
    """Save the proposed disposition, if it is still what the docket proposes; the history cites the entry."""
    with transaction.atomic():
        case = Case.objects.select_for_update().get(pk=case.pk)
        proposal = disposition_proposal(case)
        if proposal is None or (proposal.disposition, proposal.entry.pk) != (disposition, entry_pk):
            raise ValidationError("The docket no longer proposes this disposition; the page shows what it does now.")
        case.disposition = disposition
        number = f"entry {proposal.entry.entry_number}" if proposal.entry.entry_number else "an unnumbered entry"
        case._change_reason = f"Disposition confirmed from {number} of {proposal.entry.date_filed:%B %-d, %Y}"
        case._history_user = user
        case.full_clean()
        case.save()
    return case
