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

from .classify import event_type_code
from .models import DocketEntry

RECENT = 200  # entries read back from the end of the docket

# What the entry's text says once the shared classifier has named its event type.
DISMISSED = re.compile(r"\bdismiss(?:ed|ing)\b", re.I)
JUDGMENT_FOR = re.compile(r"\bin favor of (?:the )?(?P<side>plaintiff|defendant)s?\b", re.I)
TRANSFERRED = re.compile(r"\b(?:case (?:is )?transferred|transferring (?:this )?case)\b", re.I)
REMANDED = re.compile(r"\bremand(?:ed|ing)\b.{0,80}?\b(?:state|superior|circuit) court", re.I | re.S)
WITHOUT_PREJUDICE = re.compile(r"\bwithout\s+prejudice\b", re.I)
WITH_PREJUDICE = re.compile(r"\bwith\s+prejudice\b", re.I)
# A party's own dismissal: (with prejudice, otherwise). Fed. R. Civ. P. 41(a)(1)(B): unless the notice or
# stipulation says otherwise, it is without prejudice.
PARTY_DISMISSALS = {
    "notice_voluntary_dismissal": (
        Case.Disposition.VOLUNTARY_WITH_PREJUDICE.value,
        Case.Disposition.VOLUNTARY_WITHOUT_PREJUDICE.value,
    ),
    "stipulated_dismissal": (
        Case.Disposition.STIPULATED_WITH_PREJUDICE.value,
        Case.Disposition.STIPULATED_WITHOUT_PREJUDICE.value,
    ),
}


@dataclass(frozen=True)
class DispositionProposal:
    disposition: str
    entry: DocketEntry

    @property
    def label(self) -> str:
        return Case.Disposition(self.disposition).label


def disposition_read(text: str) -> str | None:
    """The disposition an entry's text plainly records, or None. The event type is the shared classifier's, so a
    recommendation, a motion or a clerk's notation never reads as the court's decision."""
    code = event_type_code(text)
    if code in PARTY_DISMISSALS:
        with_prejudice, otherwise = PARTY_DISMISSALS[code]
        stated = WITH_PREJUDICE.search(text) and not WITHOUT_PREJUDICE.search(text)
        return with_prejudice if stated else otherwise
    if code not in {"order", "judgment"}:
        return None
    if DISMISSED.search(text):
        return Case.Disposition.DISMISSED_BY_COURT.value
    if code == "judgment" and (match := JUDGMENT_FOR.search(text)):
        return f"judgment_{match['side'].lower()}"
    if code == "order" and TRANSFERRED.search(text):
        return Case.Disposition.TRANSFERRED.value
    if code == "order" and REMANDED.search(text):
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
