"""Reading the dates a docket entry states: the trigger date, the clerk's computed date, and every date the
court sets ("Case Management Conference set for 12/8/2023 02:00 PM", "Responses due by 2/4/2022",
"Sentencing RESET for 6/26/2017", "the hearing set for 1/27/15 is vacated"). Plain functions of text.
"""

import re
from dataclasses import dataclass, field
from datetime import date, time

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
NUMERIC = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{2,5})")
NAMED = re.compile(rf"({MONTH_NAMES})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})", re.IGNORECASE)
CLOCK = r"(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?(?::\d{2})?\s*(?P<ap>[ap])\.?\s?m\b\.?"
TIME_AFTER = rf",?\s*(?:at\s+|@\s*)?(?:{CLOCK}|(?P<noon>noon))"
TIME_BEFORE = r"(?P<bh>\d{1,2}):(?P<bmi>\d{2})(?::\d{2})?\s+(?=\d{1,2}/)"  # the old clerks' "set for 9:00 2/9/04"

SET_VERBS = (
    r"set\s+for\s+hearing\s+on|set\s+for|set\s+on|set\s+to|re-?set\s+for|re-?set\s+to|reset|re-?scheduled\s+(?:for|to)|"
    r"continued\s+to|to\s+be\s+held\s+on|due\s+by|due\s+on\s+or\s+before|due\s+on|due"
)
SETTING = re.compile(
    rf"(?P<verb>\b(?:{SET_VERBS}))\s*:?\s*(?:(?:noon|by\s+noon)\s*:?\s*)?(?:{TIME_BEFORE})?(?P<date>{DATE})"
    rf"(?:{TIME_AFTER})?",
    re.IGNORECASE,
)
# Where the name of what is set begins: after a sentence or clause break, a date or time, a judge's name, " - ",
# "as to <defendant>", or the last article ("notified that a Scheduling Conference").
BOUNDARY = re.compile(
    rf"[.;:()\[\]]|,\s|\s-+\s|\bas to\b|\bre:?\s|\b(?:a|an|the)\s|\bbefore\s+(?:\w+\s+){{0,2}}judge(?:\s+(?-i:[A-Z]\.|[A-Z][\w'-]+)){{1,4}}|"
    rf"\bbefore\s+(?-i:[A-Z]{{2,4}})\b|\b(?:held|filed|entered|signed)\b|{DATE}|\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?|@\s*\d+(?:\s*[ap]\.?m\.?)?",
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
    rf"\b(?:served|sent|acknowledge?ment sent[^.;]*?)\s+on\s+(?:{DATE})\s*,?\s*(?:\(?\s*)?answer\s+due\s+(?P<date>{DATE})",
    re.IGNORECASE,
)
ANSWER_DUE = re.compile(rf"\(?\s*answer\s+due\s+(?P<date>{DATE})", re.IGNORECASE)
TRIGGER_DATE = re.compile(
    rf"\b(?:served|waiver\s+sent|sent|mailed|acknowledge?ment\s+sent(?:\s+by\s+[\w .,'&-]{{1,60}}?)?)\s+on\s+(?P<date>{DATE})",
    re.IGNORECASE,
)
SERVED_WORDS = r"\s+(?:was\s+)?(?:served|waiver\s+sent|acknowledge?ment\s+sent)\b"
PARTY_UPON = re.compile(rf"\b(?:upon|on|as to)\s+(?P<party>[^;]{{2,160}}?){SERVED_WORDS}", re.IGNORECASE)
PARTY_SENTENCE = re.compile(rf"[.;]\s+(?P<party>[^.;]{{2,160}}?){SERVED_WORDS}", re.IGNORECASE)
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
    """Everything an entry says about dates."""

    trigger_date: date | None = None
    clerk_date: date | None = None
    party: str = ""
    by_mail: bool = False
    abroad: bool = False
    settings: list[Setting] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)


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
    if group.get("h"):
        hour, minute = int(group["h"]) % 12, int(group.get("mi") or 0)
        return time(hour + (12 if group["ap"].lower() == "p" else 0), minute)
    return None


def label_before(text: str, end: int) -> tuple[str, bool]:
    """The name of what is set: the last words of the clause that ends where the verb begins. Also whether the
    clause began after "as to" (a defendant's name comes first)."""
    clause = text[:end]
    cuts = list(BOUNDARY.finditer(clause))
    after_as_to = bool(cuts) and cuts[-1][0].lower() == "as to"
    clause = clause[cuts[-1].end() :] if cuts else clause
    label = TRAILING.sub("", LEADING.sub("", clause.strip() + " ").strip()).strip(" ,-*")
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
    for match in SETTING.finditer(text):
        if _is_not_a_setting(text, match):
            continue
        label, _ = label_before(text, match.start())
        previous = _previous(text, match.start())
        if previous and not label:
            label = label_before(text, _previous_match(text, match.start()).start())[0]
        # "The Sentencing set for 5/22/2017 is RESET for 6/26/2017": the same setting as the one before it.
        label = label or last_label
        if not label or label.lower().startswith(("answer", "bond")):
            continue
        last_label = label
        phrase = " ".join(text[max(0, match.start() - len(label) - 1) : match.end()].split())[:300]
        on = date_of(match)
        if on is None:
            unreadable.append(phrase)
            continue
        found.append(_setting(text, match, label, on, phrase, previous))
    return found, unreadable


def _is_not_a_setting(text: str, match: re.Match) -> bool:
    """A clerk's answer date after service, or the "previously set for" half of a reset."""
    before = text[max(0, match.start() - 80) : match.start()]
    if re.search(r"previously\s+$", before, re.IGNORECASE):
        return True
    return bool(CLERK_DUE.search(text[max(0, match.start() - 80) : match.end()]) or re.search(r"answer\s+$", before, re.I))


def _setting(text: str, match: re.Match, label: str, on: date, phrase: str, previous: date | None) -> Setting:
    verb = " ".join(match["verb"].lower().split())
    sentence = text[: match.start()].rsplit(". ", 1)[-1]
    if VACATES_IT.search(text[match.end() : match.end() + 120].split(". ")[0]) or VACATES_BEFORE.search(sentence):
        action = "vacated"
    elif verb.startswith(("reset", "re-set", "re-sched", "resched", "continued")) or previous:
        action = "reset"
    else:
        action = "set"
    at = time_of(match)
    is_due = not HEARING_LABEL.search(label) and (verb.startswith("due") or at is None)
    return Setting(label=_tidy(label, verb), action=action, stated=Stated(on, at, phrase), previous=previous, is_due=is_due)


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
    return label[:1].upper() + label[1:]


def vacated_dates(text: str) -> list[date]:
    """The dates of settings an entry vacates or cancels ("the hearing set for 1/27/15 is vacated")."""
    if not VACATED.search(text):
        return []
    dates = [parse_date(match[0]) for match in re.finditer(DATE, text, re.IGNORECASE)]
    return [on for on in dates if on]


def entry_dates(text: str) -> EntryDates:
    """Read an entry's text once for everything the calendar needs."""
    text = " ".join(text.split())
    settings, unreadable = settings_in(text)
    clerk = CLERK_DUE.search(text) or ANSWER_DUE.search(text)
    party = PARTY_UPON.search(text) or PARTY_SENTENCE.search(text)
    return EntryDates(
        trigger_date=first_date(TRIGGER_DATE, text),
        clerk_date=date_of(clerk),
        party=" ".join(party["party"].split())[:300] if party else "",
        by_mail=bool(BY_MAIL.search(text)),
        abroad=bool(ABROAD.search(text)),
        settings=settings,
        unreadable=unreadable,
    )
