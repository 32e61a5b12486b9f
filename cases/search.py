"""The case list's search: one box that finds a case by anything it holds.

Both engines search the same fields: the docket number (whole, or without its office and case type), the names,
the class definition, the parties and their descriptions, counsel and their firms, the claims (summary, cause of
action, statute, relief), the chronology's facts, the docket text and the notes. PostgreSQL matches stemmed words
in stored vectors kept current by triggers (filings migrations 0005 and 0013); the embedded SQLite default matches
each word as a substring. So "train" finds "training" on both, but "trained" finds "training" only on PostgreSQL.
"""

import contextlib
import re

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Lower
from django.db.models.lookups import Exact

from .docket_numbers import full_year, parse_docket_number
from .models import Case

# The fields the embedded default reads, the same ones the PostgreSQL vectors hold.
TEXT_FIELDS = [
    "case_name",
    "short_name",
    "docket_number",
    "class_definition",
    "case_parties__party__name",
    "case_parties__party__description",
    "case_parties__description",
    "case_parties__representations__attorney__name",
    "case_parties__representations__attorney__firm__name",
    "claims__summary",
    "claims__cause_of_action__name",
    "claims__cause_of_action__statute",
    "claims__relief__description",
    "claims__relief__authority",
    "facts__description",
    "facts__source",
    "docket_entries__description",
    "notes__text",
]
# "25-00709", "25-cv-709", "25cv00709": a docket number written without its office.
PARTIAL_NUMBER = re.compile(
    r"^(?P<year>\d{2})(?:-(?P<case_type>[a-z]{1,5})-|(?P<joined>[a-z]{1,5})|-)(?P<sequence>\d{1,6})$", re.I
)
WORD = re.compile(r'"([^"]+)"|(\S+)')


class DocketMatch(RawSQL):
    """True when every word of the search appears somewhere in the case's docket text (one GIN lookup)."""

    def __init__(self, words: str):
        super().__init__('"cases_case"."docket_vector" @@ casetracker_docket_query(%s)', [words], BooleanField())


def search_terms(value: str) -> list[str]:
    """The words and "quoted phrases" of a search, as the embedded default matches them."""
    terms = [phrase or word for phrase, word in WORD.findall(value)]
    return [term for term in terms if term.lower() not in {"or", "and"} and not term.startswith("-")]


def case_search(queryset, value: str):
    """Cases that hold the words anywhere, or whose docket or matter number is the search."""
    value = value.strip()[:200]
    if not value:
        return queryset
    numbers = _number_match(value)
    if connection.vendor == "postgresql":
        query = SearchQuery(value, config="english", search_type="websearch")
        words = Q(search_vector=query) | Q(DocketMatch(value)) | Q(pk__in=_notes_search(query))
        return queryset.filter(numbers | words)
    return queryset.filter(numbers | _substring_search(value))


def _number_match(value: str) -> Q:
    """The docket number, normalized, or its year and sequence when the office is left out; or the matter number."""
    match = Q(pk__in=[])
    with contextlib.suppress(ValidationError):
        match = Q(docket_number=parse_docket_number(value).normalized)
    if partial := PARTIAL_NUMBER.match(value.replace(" ", "")):
        same_case = Q(dn_year=full_year(partial["year"]), dn_sequence=int(partial["sequence"]))
        if case_type := partial["case_type"] or partial["joined"]:
            same_case &= Q(dn_case_type=case_type.lower())
        match |= same_case
    # The same condition as the matter number's unique index, so PostgreSQL looks it up in that index.
    return match | (Q(Exact(Lower("matter_number"), value.lower())) & ~Q(matter_number=""))


def _notes_search(query: SearchQuery) -> list[int]:
    """The ids of the cases whose notes (or their annotations) hold the words, read first through the notes' own
    GIN index, so the case search stays a bitmap of index lookups. The notes app sits above this one: its model is
    reached through the relation, never imported."""
    note = Case._meta.get_field("notes").related_model
    vector = SearchVector("text", config="english")  # the expression the notes' GIN index holds
    notes = note.objects.annotate(words=vector).filter(words=query)
    # Unordered: the notes' own order would join each one to its case, only to be thrown away by DISTINCT.
    return list(notes.order_by().values_list("case_id", flat=True).distinct())


def _substring_search(value: str) -> Q:
    """The embedded default: every word (or quoted phrase) appears in one of the fields, case-insensitively."""
    condition = Q()
    for term in search_terms(value) or [value]:
        anywhere = Q()
        for field in TEXT_FIELDS:
            anywhere |= Q(**{f"{field}__icontains": term})
        condition &= Q(pk__in=Case.objects.filter(anywhere).values("pk"))
    return condition
