"""Courts, cases, parties, counsel and claims.

Every legally meaningful field carries help_text, so this module doubles as
the data dictionary. Structure lives here; what events do to a case lives in
services.
"""

from .case import Case
from .claims import Claim, ReliefSought
from .courts import CauseOfAction, Court
from .matter import AccessLogEntry, MatterMember, Screen
from .parties import Attorney, CaseParty, LawFirm, Party, PartyRole, Representation
from .tally import CaseTally

__all__ = [
    "AccessLogEntry",
    "Attorney",
    "Case",
    "CaseParty",
    "CaseTally",
    "CauseOfAction",
    "Claim",
    "Court",
    "LawFirm",
    "MatterMember",
    "Party",
    "PartyRole",
    "ReliefSought",
    "Representation",
    "Screen",
]
