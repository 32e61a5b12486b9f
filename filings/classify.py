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
