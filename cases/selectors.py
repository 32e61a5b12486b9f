"""Reads of cases and parties, each scoped to what the user may see.

A case's own rows (its parties, claims, docket) are read from a case these functions returned, so they are
scoped through it; lists that do not start from one case start from ``for_user``.
"""

from itertools import groupby

from django.db import connection
from django.db.models import F, Prefetch, QuerySet
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404

from .access import case_rule, hidden_case_ids
from .captions import Caption, case_caption_build
from .filters import SORTS
from .models import Case, CaseParty, CaseTally, Claim, Party, PartyRole, Representation


def case_list(*, user) -> QuerySet[Case]:
    """The cases this user may see, ready for the list: the page, the CSV export and an API filter it."""
    # Without the search vectors: no page shows them, and a long docket's is large.
    return Case.objects.for_user(user).select_related("court").defer("search_vector", "docket_vector")


def case_total(*, user) -> int:
    """How many cases the user may see in all, without counting every case: the database's tally of all cases,
    less those hidden from this user (a few index lookups), in one query. The embedded SQLite default counts."""
    if case_rule(user) is None:
        return 0
    if connection.vendor != "postgresql":
        return Case.objects.for_user(user).count()
    first, *rest = hidden_case_ids(user) or [None]
    hidden_sql, params = ("SELECT 0", ()) if first is None else first.order_by().union(*rest).query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT (SELECT coalesce(sum(delta), 0) FROM {CaseTally._meta.db_table}), "  # noqa: S608 - no user text
            f"(SELECT count(*) FROM ({hidden_sql}) AS hidden)",
            params,
        )
        total, hidden = cursor.fetchone()
    user._hidden_case_count = 0 if first is None else hidden
    return total - user._hidden_case_count


def case_sort(queryset: QuerySet, sort: str, *, searching: bool = False) -> tuple[QuerySet, str]:
    """Order by a known column; anything else falls back to newest first.

    A search's matches are mostly few and found through the GIN indexes; ordering by a plain column would
    tempt PostgreSQL to walk that column's index instead, row by row, checking each case against the
    search. Ordering a search by an expression keeps it on the search indexes. A search with many matches
    is sorted by the plain column again once they are counted (``cases.paging.search_pages``).
    """
    sort = sort if sort in SORTS else "filed"
    fields = SORTS[sort]
    if searching:
        fields = [unindexed(field) for field in fields]
    return queryset.order_by(*fields), sort


def unindexed(field: str):
    name = field.lstrip("-")
    expression = Coalesce(F(name), F(name))
    return expression.desc() if field.startswith("-") else expression.asc()


def case_get(*, user, pk) -> Case:
    return get_object_or_404(
        Case.objects.for_user(user).select_related("court", "client", "responsible_attorney"), pk=pk
    )


def case_parties_by_role(*, case: Case) -> list[tuple[str, list[CaseParty]]]:
    """The case's parties grouped by role, in the order roles are listed, each with its counsel."""
    counsel = Representation.objects.select_related("attorney__firm")
    links = case.case_parties.select_related("party").prefetch_related(Prefetch("representations", queryset=counsel))
    order = {role: index for index, role in enumerate(PartyRole.values)}
    links = sorted(links, key=lambda link: (order[link.role], link.party.name.lower()))
    return [(PartyRole(role).label, list(group)) for role, group in groupby(links, key=lambda link: link.role)]


def case_claims(*, case: Case) -> QuerySet[Claim]:
    return case.claims.select_related("cause_of_action").prefetch_related("asserted_by", "asserted_against", "relief")


def party_get(*, user, pk) -> Party:
    return get_object_or_404(Party.objects.for_user(user), pk=pk)


def party_cases(*, user, party: Party) -> QuerySet[Case]:
    """Every case the party appears in that the user may see, once each, with its roles there (``party_roles``):
    the seed of a conflict check."""
    roles = CaseParty.objects.filter(party=party).order_by("role")
    return (
        Case.objects.for_user(user)
        .filter(pk__in=CaseParty.objects.filter(party=party).values("case_id"))
        .select_related("court")
        .prefetch_related(Prefetch("case_parties", queryset=roles, to_attr="party_roles"))
        .order_by("-date_filed", "-id")
    )


def case_caption(*, case: Case, parties_by_role) -> Caption:
    """The parties as a caption names them: the first few on each side of the "v.", then "et al."; or "In re"."""
    links = [link for _, group in parties_by_role for link in group]
    return case_caption_build(links, appellate=case.court.kind == "appellate", case_name=case.case_name)
