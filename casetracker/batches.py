"""Reading a long list a batch at a time, for the streamed CSV exports."""

from collections.abc import Iterator

from django.db.models import QuerySet


def in_batches(rows: QuerySet, *, load: QuerySet, size: int) -> Iterator:
    """Each of ``rows`` in its order, fetched ``size`` at a time from ``load`` (the same model, with what a row needs).

    The filters and the order run once, for the ids; each batch is then a short query of its own. So nothing stays
    open between batches (behind PgBouncer's transaction mode no server-side cursor may), and a streamed export
    holds one batch in memory, never the whole list.
    """
    ids = list(rows.values_list("pk", flat=True))
    for start in range(0, len(ids), size):
        batch = ids[start : start + size]
        loaded = load.in_bulk(batch)
        yield from (loaded[pk] for pk in batch if pk in loaded)  # a row deleted meanwhile is left out
