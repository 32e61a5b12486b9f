"""Court ids as people and pages type them: the Court's own id or PACER's, in any case, with spaces around it.

courts-db, and so the Court table, calls the District of Arizona's bankruptcy court "arb"; PACER calls it
"azb" (Court.pacer_id). Every place a court id is typed or read (the import command, the upload form, a
sheet's ECF links and title, its file name, the case list's court filter) resolves it here.
"""

import difflib

from django.db.models import Q

from .models import Court

NEAREST = 3  # suggestions named when an id is unknown
HELP = (
    'Use PACER\'s id for the court, as the Court table lists it: "cand" for the Northern District of California, '
    '"nysd" for the Southern District of New York.'
)


def court_aliases(rows=None) -> dict[str, str]:
    """Every id that names a court, lower-cased, to the Court's id: each court's own id and PACER's where it
    differs. ``rows`` are (id, pacer_id) pairs already read; without them, one query reads every court."""
    if rows is None:
        rows = Court.objects.order_by().values_list("pk", "pacer_id")
    aliases = {}
    for pk, pacer_id in rows:
        aliases[pk.lower()] = pk
        if pacer_id:
            aliases[pacer_id.lower()] = pk
    return aliases


def court_id_resolve(typed: str, aliases: dict[str, str]) -> str | None:
    """The Court id that a typed id names ("AZB " is "arb"), or None."""
    return aliases.get((typed or "").strip().lower())


def court_find(typed: str) -> Court | None:
    """The court a typed id names, by its own id or PACER's, in one query."""
    key = (typed or "").strip().lower()
    return Court.objects.filter(Q(pk=key) | Q(pacer_id=key)).first() if key else None


def nearest_court_ids(typed: str, aliases: dict[str, str]) -> list[str]:
    """The known ids closest to a mistyped one, closest first, one per court: "cnad" is nearest "cand".

    An id with the same letters comes first ("nsyd" is "nysd" before "nyd"): two letters swapped is the
    commonest slip, and difflib's measure, which orders the rest, rates it low."""
    key = (typed or "").strip().lower()
    close = difflib.get_close_matches(key, aliases, n=len(aliases), cutoff=0.6)  # closest first
    close.sort(key=lambda alias: sorted(alias) != sorted(key))  # a stable sort: the rest keep difflib's order
    nearest, courts = [], set()
    for alias in close:
        if aliases[alias] not in courts:
            courts.add(aliases[alias])
            nearest.append(alias)
    return nearest[:NEAREST]


def did_you_mean(typed: str, aliases: dict[str, str]) -> str:
    """'Did you mean "cand" (N.D. Cal.) or "canb" (Bankr. N.D. Cal.)?', or nothing when no id is near."""
    nearest = nearest_court_ids(typed, aliases)
    if not nearest:
        return ""
    citations = dict(Court.objects.filter(pk__in=[aliases[alias] for alias in nearest]).values_list("pk", "citation"))
    named = [
        f'"{alias}" ({citations[aliases[alias]]})' if citations.get(aliases[alias]) else f'"{alias}"'
        for alias in nearest
    ]
    listed = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} or {named[-1]}"
    return f"Did you mean {listed}?"


def unknown_court_message(typed: str, aliases: dict[str, str]) -> str:
    """Why a typed court id is refused, with the nearest known ids and how to find the right one."""
    hint = did_you_mean(typed, aliases)
    return " ".join(part for part in (f'"{typed}" is not a court id this app knows.', hint, HELP) if part)
