"""What kind of docket event an entry is, read from its text the way a docketing clerk reads it.

The importer types new entries with it; the docket's rules and, later, deadlines share it.
"""

import re

# (pattern at the start of the docket text, event type code), most specific first.
EVENT_TYPES = [
    (r"notice of voluntary dismissal", "notice_voluntary_dismissal"),
    (r"(joint )?stipulat(ion|ed) (of|for) dismissal|stipulated dismissal", "stipulated_dismissal"),
    (r"notice of appeal", "notice_of_appeal"),
    (r"notice of (attorney )?appearance", "notice_of_appearance"),
    (r"((first|second|third|fourth|fifth|\d+(st|nd|rd|th)) )?amended complaint", "amended_complaint"),
    (r"complaint", "complaint"),
    (r"civil cover sheet", "civil_cover_sheet"),
    (r"summons returned executed|summons (was )?returned", "summons_returned"),
    (r"summons", "summons"),
    (r"(corporate )?disclosure statement|certificate of interested (parties|entities)", "corporate_disclosure"),
    (r"answer", "answer"),
    (r"(joint )?motion to dismiss", "motion_to_dismiss"),
    (r"(joint )?(cross[- ])?motion for (partial )?summary judgment", "motion_summary_judgment"),
    (r"(joint )?motion", "motion"),
    (r"(memorandum|response|brief) in opposition|opposition", "opposition"),
    (r"reply", "reply"),
    (r"(joint )?stipulation", "stipulation"),
    (r"(clerk'?s )?judgment", "judgment"),
    (r"order", "order"),
    (r"minute (entry|order)", "minute_entry"),
    (r"transcript", "transcript"),
    (r"certificate of service", "certificate_of_service"),
    (r"notice", "notice"),
]
EVENT_PATTERNS = [(re.compile(rf"^\W*(?:{pattern})\b", re.IGNORECASE), code) for pattern, code in EVENT_TYPES]


def event_type_code(description: str) -> str | None:
    """The event type a docket text plainly begins with ("COMPLAINT against..."), or None when unclear."""
    for pattern, code in EVENT_PATTERNS:
        if pattern.match(description):
            return code
    return None


# What an entry does that starts a clock: the triggers court rules count from. Each is read from the entry's
# event type and its words, so an imported entry, a typed one and (later) a webhook's all trigger alike.
SERVED, WAIVER_SENT, COMPLAINT, AMENDED_PLEADING = "served", "waiver_sent", "complaint", "amended_pleading"
MOTION_FILED, RULE12_DENIED, JUDGMENT, NOTICE_OF_APPEAL = (
    "motion_filed",
    "rule12_denied",
    "judgment",
    "notice_of_appeal",
)
TRIGGER_KINDS = {
    SERVED: "Summons served (returned executed)",
    WAIVER_SENT: "Waiver of service requested",
    COMPLAINT: "Complaint filed",
    AMENDED_PLEADING: "Amended pleading served",
    MOTION_FILED: "Motion filed",
    RULE12_DENIED: "Rule 12 motion denied",
    JUDGMENT: "Judgment entered",
    NOTICE_OF_APPEAL: "Notice of appeal filed",
}
WAIVER = re.compile(r"\bwaiver of service\b|\bwaiver sent\b|\backnowledge?ment (?:of service|sent)\b", re.IGNORECASE)
# "SUMMONS Returned Executed", "PROOF OF SERVICE Executed"; or a clerk's "X served on 2/9/2006, answer due 3/1/2006".
SERVICE_EXECUTED = re.compile(
    r"^\W*(?:summons|proof of service|affidavit of service|return of service|certificate of service of summons)\b"
    r".{0,200}?\bexecuted\b|\bserved on \d[\d/.-]+,?\s+answer due\b",
    re.IGNORECASE | re.DOTALL,
)
# A clerk's entry about motions is not a motion: "MOTION(S) REFERRED", "Motions terminated".
NOT_A_MOTION = re.compile(
    r"^\W*motions?\s*(?:\(s\))?\s+(?:referred|terminated|no longer referred|hearing)|administrative motion|"
    r"\bex parte\b|stipulat",
    re.IGNORECASE,
)
MOTION_CODES = {"motion", "motion_to_dismiss", "motion_summary_judgment"}
RULE12_DENIAL = re.compile(
    r"^\W*(?:\w+\s+)?order\b.{0,160}?\bdenying\b.{0,160}?\b(?:motion to dismiss|rule 12|12\(b\))",
    re.IGNORECASE | re.DOTALL,
)
JUDGMENT_START = re.compile(r"^\W*(?:final |clerk'?s |amended |default )?judgment\b", re.IGNORECASE)


def entry_kinds(description: str, event_code: str | None) -> set[str]:
    """The triggers an entry is, from its event type and its text. Most entries are none."""
    kinds = set()
    code = event_code or event_type_code(description)
    if WAIVER.search(description):
        kinds.add(WAIVER_SENT)
    elif SERVICE_EXECUTED.search(description):
        kinds.add(SERVED)
    if code == "complaint":
        kinds.add(COMPLAINT)
    elif code == "amended_complaint":
        kinds.add(AMENDED_PLEADING)
    elif code in MOTION_CODES and not NOT_A_MOTION.search(description):
        kinds.add(MOTION_FILED)
    elif code == "notice_of_appeal":
        kinds.add(NOTICE_OF_APPEAL)
    if JUDGMENT_START.match(description):
        kinds.add(JUDGMENT)
    if RULE12_DENIAL.search(description):
        kinds.add(RULE12_DENIED)
    return kinds
