"""A search's pages: its matches counted only as far as the page needs, so a phrase in half of all dockets costs
what a rare name does.

The count is exact up to ``SEARCH_COUNT_BOUND`` matches, and always past the page asked for (so its Next link is
known); beyond that the list says "More than 1,000 cases". It counts what the queryset holds, which starts from
``for_user``: only the cases the user may see.
"""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

from . import selectors

SEARCH_COUNT_BOUND = 1000
DEEPEST_PAGE = 100_000  # a page number past this is counted as this one (a LIMIT stays a bigint)


class BoundedPaginator(Paginator):
    """Pages of a count that stops one past ``bound``: ``has_more`` when more cases match than were counted."""

    def __init__(self, object_list, per_page, *, count: int, bound: int):
        super().__init__(object_list, per_page)
        self.counted, self.bound = count, bound

    @cached_property
    def count(self) -> int:
        return self.counted

    @property
    def has_more(self) -> bool:
        return self.counted > self.bound


def count_bound(per_page: int, number) -> int:
    """How far a search's matches are counted: the bound, or to the end of the page asked for when it lies deeper."""
    page = min(int(number), DEEPEST_PAGE) if str(number).isdigit() else 1
    return max(SEARCH_COUNT_BOUND, page * per_page)


def search_pages(cases, sort: str, per_page: int, number) -> BoundedPaginator:
    """The pages of a search whose ``cases`` are sorted for few matches (``case_sort(searching=True)``).

    The matches are counted first, up to the bound. Few: PostgreSQL gathers them from the search indexes and sorts
    them. More than the bound: it walks the sort column's index instead, testing each case until the page is full,
    which takes a few dozen cases when half of all cases match, where gathering and sorting takes all of them.
    """
    bound = count_bound(per_page, number)
    counted = cases.order_by()[: bound + 1].count()
    if counted > bound:
        cases, _ = selectors.case_sort(cases, sort)
    return BoundedPaginator(cases, per_page, count=counted, bound=bound)
