"""Reading the dates a docket entry states: the trigger date, the clerk's computed date, and every date the
court sets ("Case Management Conference set for 12/8/2023 02:00 PM", "Responses due by 2/4/2022",
"Sentencing RESET for 6/26/2017", "the hearing set for 1/27/15 is vacated"). Plain functions of text.
"""

import re
from dataclasses import dataclass, field
from datetime import date, time
from functools import cached_property

MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
         ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for name in names
}  # fmt: skip
WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE = rf"{WEEKDAY}(?:\d{{1,2}}[/-]\d{{1,2}}[/-]\d{{2,5}}\b|(?:{MONTH_NAMES})\.?\s+\d{{1,2}},?\s+\d{{4}})"
# Text with no date in it sets none: a cheap first look before the full reading.
DATE_HINT = re.compile(rf"\d[/-]\d|\b(?:{MONTH_NAMES})\.?\s+\d", re.IGNORECASE)
# A date without its weekday, for finding where a clause starts (the weekday falls before the cut anyway).
BARE_DATE = rf"\d{{1,2}}[/-]\d{{1,2}}[/-]\d{{2,5}}\b|\b(?:{MONTH_NAMES})\.?\s+\d{{1,2}},?\s+\d{{4}}"
NUMERIC = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{2,5})")
NAMED = re.compile(rf"({MONTH_NAMES})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})", re.IGNORECASE)
# "2:00 PM", "9 a.m.", "10:00:00 AM", and the clerks' run-together "@900am".
CLOCK = (
    r"(?:(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?(?::\d{2})?|(?P<hh>\d{1,2})(?P<mm>\d{2}))"
    r"\s*(?P<ap>[ap])\.?\s?m(?-i:(?![a-z]))\.?"
)
TIME_AFTER = rf",?\s*(?:at\s+|@\s*)?(?:{CLOCK}|(?P<noon>noon))"
TIME_BEFORE = r"(?P<bh>\d{1,2}):(?P<bmi>\d{2})(?::\d{2})?\s+(?=\d{1,2}/)"  # the old clerks' "set for 9:00 2/9/04"

SET_VERBS = (
    r"set\s+for\s+hearing\s+on|set\s+for|set\s+on|set\s+to|re-?set\s+for|re-?set\s+to|reset|re-?scheduled\s+(?:for|to)|"
    rf"continued\s+from\s+{DATE}[^.;]{{0,30}}?\s+to|continued\s+to|to\s+be\s+held\s+on|"
    r"placed\s+on\s+(?:the\s+)?calendar(?:\s+of\s+(?:[^.;]|(?<=\b[A-Z])\.){0,60}?)?\s+(?:on|for)|"
    r"due\s+by|due\s+on\s+or\s+before|due\s+on|due|on\s+or\s+before|no\s+later\s+than|"
    r"through\s+and\s+including|(?:is|are|must\s+be|shall\s+be)\s+(?:to\s+be\s+)?filed\s+(?:by|on\s+or\s+before)|"
    r"to\s+be\s+filed\s+by|cut-?off(?:\s+date)?|deadline|(?:noting|hearing|trial|conference|response|reply)\s+date"
)
SETTING = re.compile(
    rf"(?P<verb>\b(?:{SET_VERBS}))\s*:?\s*(?:(?P<noon_first>noon|by\s+noon)\s*:?\s*)?(?:{TIME_BEFORE})?"
    rf"(?P<date>{DATE})(?:{TIME_AFTER})?",
    re.IGNORECASE,
)
# An order's "By Friday 7/26/2019, the District Attorney shall file ...": the date first, then who must do what.
BY_DATE = re.compile(
    rf"(?:^|[.;:]\s+)(?P<verb>by)\s+(?P<date>{DATE}),?\s+(?:the\s+)?(?P<who>[^.;,]{{2,120}}?)\s+(?:shall|must|will)\s+"
    r"(?P<what>file|submit|serve|respond|produce|lodge|show cause|appear)\b",
    re.IGNORECASE,
)
MUST = re.compile(r"\b(?:shall|must|will)\b", re.IGNORECASE)
# A clerk's list of dates given: "Jury Selection/Jury Trial-October 19, 2004 @9:00 a.m.", "JS/JT 8-17-04 @ 9 a.m.".
LISTED = re.compile(rf"(?P<verb>\s*[-–]\s*|\s+)(?P<date>{DATE})\s*@\s*(?:{CLOCK})", re.IGNORECASE)
# Where the name of what is set begins: after a sentence or clause break, a date or time, a judge's name, " - ",
# "as to <defendant>", or the last article ("notified that a Scheduling Conference").
BOUNDARY = re.compile(
    rf"[.;:()\[\]]|,\s|\s-+\s|\bas to\b|\bre:?\s|\b(?:a|an|the)\s|"
    rf"\bbefore\s+(?:\w+\s+){{0,2}}judge(?:\s+(?-i:[A-Z]\.|[A-Z][\w'-]+)){{1,4}}|"
    rf"\bbefore\s+(?-i:[A-Z]{{2,4}})\b|\b(?:held|filed|entered|signed)\b|{BARE_DATE}|\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?|@\s*\d+(?:\s*[ap]\.?m\.?)?",
    re.IGNORECASE,
)
LEADING = re.compile(
    r"^(?:(?:is|are|was|were|has|have|been|be|hereby|and|also|then|vacated|cancell?ed|continued|now)\s+)+", re.I
)
TRAILING = re.compile(r"\s+(?:previously|is|are|was|were|has been|have been|will be|shall be|has|have)$", re.IGNORECASE)
# After "as to <defendant>", the name runs until the event's own first word.
EVENT_START = re.compile(
    r"\b(?:sentencing|sentence|status|jury|bench|trial|hearing|arraignment|re-arraignment|change|motions?|plea|"
    r"initial|final|pretrial|pre-trial|detention|preliminary|bond|competency|objections?|responses?|replies|reply|"
    r"scheduling|settlement|case|discovery|revocation|supervised|identity|removal|evidentiary)\b",
    re.IGNORECASE,
)
HEARING_LABEL = re.compile(r"hearing|conference|trial|sentenc|arraign|\bappearance\b|\bplea\b|meeting|argument", re.I)
PREVIOUS = re.compile(rf"\bpreviously\s+(?:set|scheduled)\s+(?:for|on)\s+(?P<date>{DATE})", re.IGNORECASE)
VACATES_IT = re.compile(r"\b(?:is|are|has been|have been)\s+(?:hereby\s+)?(?:vacated|cancell?ed|stricken)\b", re.I)
VACATES_BEFORE = re.compile(r"\b(?:vacates|vacating|cancels|cancelling|canceling|strikes)\b", re.IGNORECASE)
VACATED = re.compile(r"\b(?:vacat(?:ed|es|e)|cancell?ed|terminated?|stricken|taken off calendar)\b", re.IGNORECASE)
# Phrases whose dates record the past, or the clerk's own count after service: never the court setting a date.
CLERK_DUE = re.compile(
    rf"\b(?:served|sent|acknowledge?ment sent[^.;]*?)\s+on\s+(?:{DATE})\s*,?\s*(?:\(?\s*)?"
    rf"answer\s+due\s+(?P<date>{DATE})",
    re.IGNORECASE,
)
ANSWER_DUE = re.compile(rf"\(?\s*answer\s+due\s+(?P<date>{DATE})", re.IGNORECASE)
TRIGGER_DATE = re.compile(
    r"\b(?:served|waiver\s+sent|sent|mailed|acknowledge?ment\s+sent(?:\s+by\s+[\w .,'&-]{1,60}?)?)"
    rf"\s+on\s+(?P<date>{DATE})",
    re.IGNORECASE,
)
SERVED_WORDS = r"\s+(?:was\s+)?(?:served|waiver\s+sent|acknowledge?ment\s+sent)\b"
PARTY_UPON = re.compile(rf"\b(?:upon|on|as to)\s+(?P<party>[^;]{{2,160}}?){SERVED_WORDS}", re.IGNORECASE)
# "SUMMONS Returned Executed by Acme Widgets, Inc.. Beta Corp. served on ...": the filer's name ends at ". ".
PARTY_AFTER_FILER = re.compile(rf"\bexecuted\s+by\s+.+?\.\s+(?P<party>[^;]{{2,160}}?){SERVED_WORDS}", re.I)
SERVED_AT = re.compile(SERVED_WORDS, re.IGNORECASE)
ABBREVIATION = re.compile(r"(?:\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|L\.?L\.?C|L\.?P|N\.A|U\.S|St|Mr|Mrs|Ms|Dr)|\b[A-Z])\.$")
PARENTHETICAL = re.compile(r"\s*\([^()]{1,30}\)(?=\s*$)")  # "Detention Hearing (flight) set for"
INITIALS = re.compile(r"^(?:(?-i:[A-Z]{3})\s+)+(?=\S)")  # a judge's initials before the name: "DAE FPT", "KSC Motions"
# A document's own name in capitals before the name of what it sets: "ORDER SETTING Initial Case Management ...".
DOCUMENT_WORDS = re.compile(r"^(?:[A-Z][A-Z/&'-]+\s+)+(?=[A-Z][a-z])")
BY_MAIL = re.compile(r"\bby\s+(?:u\.?s\.?\s+|first[- ]class\s+|certified\s+)?mail\b|\bmailed\b", re.IGNORECASE)
ABROAD = re.compile(r"\boutside (?:of )?the united states\b|\bhague convention\b", re.IGNORECASE)


@dataclass(frozen=True)
class Stated:
    """A date read from text: the date (None when it cannot be one), its time, and the words that state it."""

    on: date | None
    at: time | None
    phrase: str


@dataclass(frozen=True)
class Setting:
    """A date the court sets, resets or vacates."""

    label: str
    action: str  # "set", "reset" or "vacated"
    stated: Stated
    previous: date | None = None
    is_due: bool = False


@dataclass
class EntryDates:
    """Everything an entry says about dates. The settings are read at once; what only a service or waiver entry
    says (its trigger date, the clerk's date, the party, how it was served) is read when asked for."""

    text: str
    settings: list[Setting] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)

    @cached_property
    def trigger_date(self) -> date | None:
        return first_date(TRIGGER_DATE, self.text)

    @cached_property
    def clerk_date(self) -> date | None:
        return date_of(CLERK_DUE.search(self.text) or ANSWER_DUE.search(self.text))

    @cached_property
    def party(self) -> str:
        named = PARTY_UPON.search(self.text) or PARTY_AFTER_FILER.search(self.text)
        return " ".join(named["party"].split())[:300] if named else party_in_sentence(self.text)

    @cached_property
    def by_mail(self) -> bool:
        return bool(BY_MAIL.search(self.text))

    @cached_property
    def abroad(self) -> bool:
        return bool(ABROAD.search(self.text))


def full_year(digits: str) -> int | None:
    year = int(digits)
    if len(digits) == 2:
        return 2000 + year if year <= 50 else 1900 + year
    return year if len(digits) == 4 else None


def parse_date(text: str) -> date | None:
    """The date words name ("3/13/2023", "2/9/04", "April 10, 2006"), or None when they cannot be one
    ("5/22/20107", "2/30/2020")."""
    try:
        if named := NAMED.search(text):
            return date(int(named[3]), MONTHS[named[1].lower()], int(named[2]))
        numeric = NUMERIC.search(text)
        year = full_year(numeric[3]) if numeric else None
        return date(year, int(numeric[1]), int(numeric[2])) if year else None
    except ValueError:
        return None


def date_of(match: re.Match | None, group: str = "date") -> date | None:
    return parse_date(match[group]) if match else None


def first_date(pattern: re.Pattern, text: str) -> date | None:
    return date_of(pattern.search(text))


def time_of(match: re.Match) -> time | None:
    group = match.groupdict()
    if group.get("noon"):
        return time(12, 0)
    if group.get("bh"):
        hour, minute = int(group["bh"]), int(group["bmi"])
        return time(hour + 12 if hour < 7 else hour, minute) if hour < 13 else time(hour % 24, minute)
    if group.get("h") or group.get("hh"):
        hour, minute = int(group["h"] or group["hh"]) % 12, int(group.get("mi") or group.get("mm") or 0)
        return time(hour + (12 if group["ap"].lower() == "p" else 0), minute) if minute < 60 else None
    if group.get("noon_first"):
        return time(12, 0)
    return None


LABEL_REACH = 90  # a label is at most seven words: look no further back than this for where its clause starts


def label_before(text: str, end: int) -> tuple[str, bool]:
    """The name of what is set: the last words of the clause that ends where the verb begins. Also whether the
    clause began after "as to" (a defendant's name comes first)."""
    clause = PARENTHETICAL.sub("", text[max(0, end - LABEL_REACH) : end])
    cuts = list(BOUNDARY.finditer(clause))
    after_as_to = bool(cuts) and cuts[-1][0].lower() == "as to"
    clause = clause[cuts[-1].end() :] if cuts else clause
    label = TRAILING.sub("", LEADING.sub("", clause.strip() + " ").strip()).strip(" ,-*")
    label = INITIALS.sub("", DOCUMENT_WORDS.sub("", label))
    if LEADING.fullmatch(label + " "):
        label = ""
    if after_as_to and (event := EVENT_START.search(label)):
        label = label[event.start() :]
    words = label.split()
    return " ".join(words[-7:]), after_as_to


def settings_in(text: str) -> tuple[list[Setting], list[str]]:
    """Every date the court sets in the text, and the phrases holding dates that cannot be dates."""
    found: list[Setting] = []
    unreadable: list[str] = []
    last_label = ""
    for match in _setting_matches(text):
        if _is_not_a_setting(text, match):
            continue
        label = "" if "who" in match.groupdict() else label_before(text, match.start())[0]
        previous = _previous(text, match.start()) or _continued_from(match)
        if previous and not label:
            label = label_before(text, _previous_match(text, match.start()).start())[0]
        # "The Sentencing set for 5/22/2017 is RESET for 6/26/2017": the same setting as the one before it.
        label = label or _named_by_verb(text, match) or last_label
        if not label or label.lower().startswith("answer"):
            continue
        last_label = label
        phrase = " ".join(text[max(0, match.start() - len(label) - 1) : match.end()].split())[:300]
        on = date_of(match)
        if on is None:
            unreadable.append(phrase)
            continue
        found.append(_setting(text, match, label, on, phrase, previous))
    return found, unreadable


def _setting_matches(text: str) -> list[re.Match]:
    """The phrases that set dates, in the order they come: "X set for DATE" and the clerks' "X-DATE @ TIME"."""
    matches = list(SETTING.finditer(text))
    if MUST.search(text):
        matches += BY_DATE.finditer(text)
    if "@" in text:  # the clerks' lists always give the time with "@"
        taken = [range(match.start(), match.end()) for match in matches]
        matches += [m for m in LISTED.finditer(text) if not any(m.start("date") in span for span in taken)]
    return sorted(matches, key=lambda match: match.start())


NAMED_AFTER = re.compile(r"\s+for\s+(?:an?\s+|the\s+)?(?P<what>[a-z][\w -]{2,40}?)(?=[.;,(]|$)", re.IGNORECASE)


def _named_by_verb(text: str, match: re.Match) -> str:
    """When nothing before the verb names the setting: "Noting Date 5/5/2017" is a noting date; "placed on the
    calendar ... on 9/21/2018 at 11:30 a.m. for an initial appearance" is an initial appearance."""
    verb = " ".join(match["verb"].split())
    if "who" in match.groupdict():
        return f"{match['who'].strip()} to {match['what'].lower()}"
    if re.fullmatch(r"(?:noting|hearing|trial|conference|response|reply) date|cut-?off(?: date)?|deadline", verb, re.I):
        return verb.capitalize()
    if verb.lower().startswith("placed on"):
        after = NAMED_AFTER.match(text, match.end())
        return after["what"].capitalize() if after else "Court appearance"
    return ""


def _continued_from(match: re.Match) -> date | None:
    """ "continued from 12/27/2004 10:00:00 AM to 02/22/2005": the setting it replaces."""
    verb = match["verb"]
    return parse_date(verb) if verb.lower().startswith("continued from") else None


def _is_not_a_setting(text: str, match: re.Match) -> bool:
    """A clerk's answer date after service, or the "previously set for" half of a reset."""
    before = text[max(0, match.start() - 80) : match.start()]
    if re.search(r"previously\s+$", before, re.IGNORECASE):
        return True
    return bool(
        CLERK_DUE.search(text[max(0, match.start() - 80) : match.end()]) or re.search(r"answer\s+$", before, re.I)
    )


def _setting(text: str, match: re.Match, label: str, on: date, phrase: str, previous: date | None) -> Setting:
    verb = " ".join(match["verb"].lower().split())
    sentence = text[: match.start()].rsplit(". ", 1)[-1]
    if VACATES_IT.search(text[match.end() : match.end() + 120].split(". ")[0]) or VACATES_BEFORE.search(sentence):
        action = "vacated"
    elif verb.startswith(("reset", "re-set", "re-sched", "resched", "continued", "moved")) or previous:
        action = "reset"
    else:
        action = "set"
    at = time_of(match)
    is_due = not HEARING_LABEL.search(label) and (verb.startswith("due") or at is None)
    return Setting(
        label=_tidy(label, verb), action=action, stated=Stated(on, at, phrase), previous=previous, is_due=is_due
    )


def _previous_match(text: str, before: int) -> re.Match | None:
    """The nearest "previously set for <date>" before a reset: which setting it replaces."""
    matches = list(PREVIOUS.finditer(text, max(0, before - 120), before))
    return matches[-1] if matches else None


def _previous(text: str, before: int) -> date | None:
    match = _previous_match(text, before)
    return date_of(match)


def _tidy(label: str, verb: str) -> str:
    label = re.sub(r"\s+(?:previously|is|are|was|has been|have been)$", "", label, flags=re.IGNORECASE)
    if verb.startswith("set for hearing"):
        label = f"{label} hearing"
    elif re.match(r"cut-?off|deadline|\w+ date", verb) and not label.lower().endswith(verb):
        label = f"{label} {verb}".strip()
    return label[:1].upper() + label[1:]


def vacated_dates(text: str) -> list[date]:
    """The dates of settings an entry vacates or cancels ("the hearing set for 1/27/15 is vacated")."""
    if not VACATED.search(text):
        return []
    dates = [parse_date(match[0]) for match in re.finditer(DATE, text, re.IGNORECASE)]
    return [on for on in dates if on]


def party_in_sentence(text: str) -> str:
    """ "SUMMONS Returned Executed. Ricky Babin served on ...": the sentence before "served", whole even when a name
    holds an abbreviation ("Beta Corp. of America")."""
    served = SERVED_AT.search(text)
    if not served:
        return ""
    segments = re.split(r"(?<=[.;])\s+", text[: served.start()])
    party = segments.pop()
    while segments and ABBREVIATION.search(segments[-1]) and not re.search(r"executed|returned", segments[-1], re.I):
        party = f"{segments.pop()} {party}"
    return " ".join(party.split())[:300] if len(party) < 160 else ""


def entry_dates(text: str) -> EntryDates:
    """Read an entry's text for everything the calendar needs."""
    text = " ".join(text.split())
    settings, unreadable = settings_in(text) if DATE_HINT.search(text) else ([], [])
    return EntryDates(text=text, settings=settings, unreadable=unreadable)
