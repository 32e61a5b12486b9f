"""What kind of docket event an entry is, read from its text the way a docketing clerk reads it.

The importer types new entries with it; the docket's rules and deadlines share it. A clerk skips what
qualifies the document ("Joint", "Ex Parte", "First", "Defendant's") and reads the document type the text
names first; a clerk's own notation about other entries ("MOTION(S) REFERRED: 12 MOTION ...") is no filing.
"""

import re

# (pattern at the start of the docket text, once its qualifiers are skipped; event type code), most specific first.
EVENT_TYPES = [
    (r"notice of voluntary dismissal", "notice_voluntary_dismissal"),
    (
        r"stipulat(?:ion|ed) (?:and (?:proposed )?order )?(?:of|for) (?:voluntary )?dismissal|stipulated dismissal",
        "stipulated_dismissal",
    ),
    (r"notice of appeal", "notice_of_appeal"),
    (r"(?:notice of filing (?:of )?(?:official )?)?transcript", "transcript"),
    (r"notice of (?:attorney )?appearance|(?:attorney )?appearance(?!\s+bond)", "notice_of_appearance"),
    (r"amended (?:criminal |class action |verified )?complaint", "amended_complaint"),
    (r"(?:received |prisoner )?(?:civil rights |criminal |class action |verified )?complaint", "complaint"),
    (r"civil cover sheet", "civil_cover_sheet"),
    (
        r"(?:summons|proof of service(?: of summons)?) (?:was )?(?:returned )?executed|notice and acknowledge?ment of "
        r"service\b.{0,80}?\bexecuted",
        "summons_returned",
    ),
    (r"(?:\d+ day )?summons", "summons"),
    (
        r"(?:corporate )?disclosure statement|certific(?:ate|ation)(?: and notice)? of interested (?:parties|entities)|"
        r"rule (?:1\.9|7\.1) (?:certificate|statement)",
        "corporate_disclosure",
    ),
    (r"answer", "answer"),
    (r"motion to dismiss", "motion_to_dismiss"),
    (r"(?:cross[- ])?motion for (?:partial )?summary judgment", "motion_summary_judgment"),
    (r"motion|application (?:for|to)|petition for (?:permission|leave|admission)", "motion"),
    (
        r"(?:memorandum(?: of law)?|response|brief) in (?:opposition|re\w*onse)|opposition|response\b.{0,60}?\bmotion",
        "opposition",
    ),
    (r"(?:sur-?reply/)?(?:sur-?)?reply", "reply"),
    (r"stipulat(?:ion|ed)", "stipulation"),
    (r"judgment(?!\s+returned)", "judgment"),
    (
        r"(?:(?:initial|general|standing|scheduling|adr|hearing|conditional|transfer|court|clerk|usca|final|ruling and|"
        r"scheduling and trial|abstract of|confidentiality agreement and)\s+)*order",
        "order",
    ),
    # After orders: "ORDER re hearing held" is an order; "Pretrial Conference held before ..." a minute entry.
    (r"minute (?:entry|order)|minutes|(?:[\w/&.-]+ ){0,3}(?:conference|hearing) held", "minute_entry"),
    (r"certificate of (?:service|mailing|notice)|bnc certificate of notice", "certificate_of_service"),
    (r"(?:court )?notice", "notice"),
]
EVENT_PATTERNS = [(re.compile(rf"(?:{pattern})\b", re.IGNORECASE | re.DOTALL), code) for pattern, code in EVENT_TYPES]

# A clerk's notation about other entries, or a paper that is not yet what it names: no type, whatever follows.
NOT_A_FILING = re.compile(
    r"motions?\s*(?:\(s\))?\s+(?:referred|no longer referred|terminated)\b|proposed order\b|placed in file\b|"
    r"deleted document\b|report and recommendations?\b|findings (?:and|&) recommendations?\b|"
    r"summons returned unexecuted\b",
    re.IGNORECASE,
)
# "***TEXT ONLY NOTICE***", "EP: MINUTES" (a district's code for who entered it), stray punctuation.
NOISE = re.compile(r"^[\W_]*(?:text only (?:notice|entry)[\W_]*)?(?-i:[A-Z]{2}:\s+)?[\W_]*", re.IGNORECASE)
ORDINALS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
# What qualifies the document without changing its type. "Amended" stays before a complaint: that is its own type.
QUALIFIER = re.compile(
    rf"^(?:(?:joint|unopposed|opposed|consent(?:ed)?|agreed|ex[- ]parte|emergency|expedited|urgent|renewed|"
    rf"corrected|supplemental|(?:re|un)?sealed|redacted|oral|verified|{ORDINALS}|"
    r"amended(?!\s+(?:criminal |class action |verified )?complaint))\b|notice of motion\s*(?:;|,|and\b))[\s,;]*",
    re.IGNORECASE,
)
PARTY_WORDS = (
    r"(?i:plaintiffs?|defendants?|petitioners?|respondents?|debtors?|creditors?|appellants?|appellees?|movants?|"
    r"intervenors?|government|clerk|usa)"
)
NAME_WORD = rf"(?:[A-Z][\w.&-]*|of|{PARTY_WORDS})"
# "Defendant's STIPULATION", "The United States of America's RESPONSE", "CLERK'S NOTICE".
POSSESSIVE = re.compile(rf"^(?:the\s+)?(?:{NAME_WORD}\s+){{0,5}}{NAME_WORD}(?i:'s|s'|’s)\s+")
# CM/ECF writes the event's name in capitals after the filer: "Cook County Republican Party MOTION for ...".
FILER_BEFORE_EVENT = re.compile(
    rf"^(?:(?:[A-Z][a-z][\w.,&'-]*|{PARTY_WORDS})\s+){{1,6}}"
    r"(?=(?:MOTION|ANSWER|COMPLAINT|STIPULATION|OPPOSITION|REPLY|RESPONSE|NOTICE|APPLICATION|PETITION)\b)"
)


def event_type_code(description: str) -> str | None:
    """The event type of the document a docket text names first, past its qualifiers; None when unclear."""
    text = NOISE.sub("", " ".join(description.split()), count=1)
    if NOT_A_FILING.match(text):
        return None
    unqualified = _unqualified(text)
    for candidate in (unqualified, _unqualified(POSSESSIVE.sub("", unqualified, count=1)), text):
        if code := _code_at_start(candidate):
            return code
    return _code_at_start(_unqualified(FILER_BEFORE_EVENT.sub("", text, count=1)))


def _unqualified(text: str) -> str:
    """The text from the first word that is not a qualifier ("Joint", "Ex Parte", "First", "Notice of motion and")."""
    while (stripped := QUALIFIER.sub("", text, count=1)) != text:
        text = stripped
    return text


def _code_at_start(text: str) -> str | None:
    for pattern, code in EVENT_PATTERNS:
        if pattern.match(text):
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
# A marshal's "Judgment Returned Executed" is the judgment's service, not its entry.
JUDGMENT_START = re.compile(r"^\W*(?:final |clerk'?s |amended |default )?judgment\b(?!\s+returned)", re.IGNORECASE)


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
