"""Writes to cases, parties, counsel and claims. Each validates fully before it saves."""

import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import connection, models, transaction
from django.db.models import Exists, OuterRef, Value
from django.db.models.functions import Lower

from .models import Attorney, Case, CaseParty, CauseOfAction, Claim, Court, LawFirm, Party, ReliefSought
from .models.parties import firm_key


def case_create(*, court: Court, docket_number: str, case_name: str, **fields) -> Case:
    """Open a case. The docket number may be given in any form the court uses."""
    case = Case(court=court, docket_number=docket_number, case_name=case_name, **fields)
    case.full_clean()
    case.save()
    return case


# Control characters (C0, C1, DEL) could rewrite an operator's terminal or hide text; a name never needs one.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
FOLD_BATCH = 500  # names per query when asking the database how it folds them


def name_normalize(name: str) -> str:
    """Names are compared without regard to case or runs of spaces, and keep no control characters."""
    return " ".join(CONTROL.sub(" ", name).split())


def names_fold(names: Iterable[str]) -> dict[str, str]:
    """Each name, normalized and lower-cased by the database: the key its unique constraints on Lower(name) compare.

    Python's lower() is not the database's ("İ" is "i̇" in Python and "i" in PostgreSQL; a final "Σ" is "ς" in
    Python and "σ" in PostgreSQL), so the database folds both sides: {name: fold}.
    """
    normal = {name: name_normalize(name) for name in names}
    wanted, folds = list(dict.fromkeys(normal.values())), {}
    with connection.cursor() as cursor:
        for start in range(0, len(wanted), FOLD_BATCH):
            batch = wanted[start : start + FOLD_BATCH]
            rows = ", ".join(["(%s)"] * len(batch))  # placeholders only: the names go as parameters
            cursor.execute(f"SELECT column1, LOWER(column1) FROM (VALUES {rows}) AS names", batch)  # noqa: S608
            folds.update(cursor.fetchall())
    return {name: folds[normalized] for name, normalized in normal.items()}


def party_get_or_create(*, name: str, kind: str = Party.Kind.PERSON, description: str = "") -> Party:
    """Find a party by name, whatever its case, or create it: one row per party across all cases."""
    name = name_normalize(name)
    party = Party.objects.alias(fold=Lower("name")).filter(fold=Lower(Value(name))).first()
    if party:
        return party
    party = Party(name=name, kind=kind, description=description)
    party.full_clean()
    party.save()
    return party


def parties_get_or_create(*, kinds: dict[str, str], user=None, reason: str = "") -> dict[str, Party]:
    """party_get_or_create for many names at once: {name: kind} in, {name: Party} out, for importers.

    Safe beside another import creating the same party at the same moment. Raises ValidationError naming a bad name.
    """
    return _named_get_or_create(Party, {name: {"kind": kind} for name, kind in kinds.items()}, user, reason)


def law_firms_get_or_create(*, firms: dict[str, dict], user=None, reason: str = "") -> dict[str, LawFirm]:
    """Find firms by name, whatever the case, or create them with the given fields: {name: fields} in, {name: firm}.

    A name is matched by its firm_key, so "Morrison and Foerster, LLP" finds the stored "Morrison & Foerster LLP";
    among new names, the first spelling of a key is the one stored and the others resolve to it."""
    keys = {name: firm_key(name_normalize(name)) for name in firms}
    stored = {}
    for firm in LawFirm.objects.filter(match_key__in=set(keys.values())).order_by("-pk"):
        stored[firm.match_key] = firm  # the oldest firm of a key wins
    spelling = {}
    for name, key in keys.items():
        spelling.setdefault(key, name)
    wanted = {name: {**firms[name], "match_key": key} for key, name in spelling.items() if key not in stored}
    created = _named_get_or_create(LawFirm, wanted, user, reason)
    return {name: stored.get(key) or created[spelling[key]] for name, key in keys.items()}


def attorneys_get_or_create(*, attorneys: list[Attorney], user=None, reason: str = "") -> list[Attorney]:
    """The stored attorney for each unsaved one, found by its identity (name and firm) or created from it.

    Safe beside another import creating the same attorney at the same moment. Raises ValidationError for a bad row.
    """
    for row in attorneys:
        row.name = name_normalize(row.name)
    folds = names_fold(row.name for row in attorneys)
    wanted = {}
    for row in attorneys:
        wanted.setdefault((folds[row.name], row.firm_id or 0), row)

    def stored(versioned: bool) -> dict:
        rows = _by_fold(Attorney, {fold for fold, _ in wanted}, versioned)
        return {(row.fold, row.firm_id or 0): row for row in rows}

    found = _get_or_create(Attorney, wanted, stored, user, reason)
    return [found[(folds[row.name], row.firm_id or 0)] for row in attorneys]


def _named_get_or_create(model: type[models.Model], rows: dict[str, dict], user, reason: str) -> dict:
    folds = names_fold(rows)
    wanted = {}
    for name, fields in rows.items():
        wanted.setdefault(folds[name], model(name=name_normalize(name), **fields))
    found = _get_or_create(
        model, wanted, lambda versioned: {row.fold: row for row in _by_fold(model, wanted, versioned)}, user, reason
    )
    return {name: found[folds[name]] for name in rows}


def _get_or_create(model, wanted: dict, stored: Callable[[bool], dict], user, reason: str) -> dict:
    """The stored row for each key of ``wanted``, inserting the missing rows, with history. {key: row} out.

    An insert another transaction has just made is skipped (INSERT ... ON CONFLICT DO NOTHING, the unique
    constraint deciding) and its row read back, so two imports sharing a new name both succeed. History is
    written for the rows this call inserted: those that have no version yet.
    """
    found = stored(False)
    missing = sorted(key for key in wanted if key not in found)  # one order for every import: no deadlock
    if not missing:
        return found
    new = [_validated(wanted[key]) for key in missing]
    model.objects.bulk_create(new, ignore_conflicts=True)
    found = stored(True)
    inserted = [found[key] for key in missing if not found[key].versioned]
    model.history.bulk_history_create(inserted, default_user=user, default_change_reason=reason)
    return found


def _by_fold(model, folds, versioned: bool) -> models.QuerySet:
    """The rows whose names the database folds to one of ``folds``, each with its fold; and, if asked, whether it
    has a version in its history yet."""
    rows = model.objects.annotate(fold=Lower("name")).filter(fold__in=list(folds))
    if versioned:
        rows = rows.annotate(versioned=Exists(model.history.filter(id=OuterRef("pk"))))
    return rows


def _validated(row: models.Model) -> models.Model:
    """Check a new row's fields; the database holds the constraints. The message names the row."""
    relations = [field.name for field in row._meta.fields if field.is_relation]
    try:
        row.full_clean(exclude=relations, validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        what = f'The {row._meta.verbose_name} "{row.name[:60]}{"…" if len(row.name) > 60 else ""}"'
        raise ValidationError(f"{what} cannot be saved: {' '.join(error.messages)}") from None
    return row


def case_party_add(*, case: Case, party: Party, role: str, description: str = "", **fields) -> CaseParty:
    """Give a party a role in a case, once."""
    link = CaseParty.objects.filter(case=case, party=party, role=role).first()
    if link:
        return link
    link = CaseParty(case=case, party=party, role=role, description=description, **fields)
    link.full_clean()
    link.save()
    return link


@transaction.atomic
def claim_create(
    *,
    case: Case,
    count_number: int,
    cause_of_action: CauseOfAction,
    summary: str = "",
    asserted_by: Iterable[Party] = (),
    asserted_against: Iterable[Party] = (),
    relief: Iterable[dict] = (),
) -> Claim:
    """Plead a count: who asserts it against whom, and the relief it seeks."""
    claim = Claim(case=case, count_number=count_number, cause_of_action=cause_of_action, summary=summary)
    claim.full_clean()
    claim.save()
    claim.asserted_by.set(asserted_by)
    claim.asserted_against.set(asserted_against)
    for item in relief:
        relief_add(claim=claim, **item)
    return claim


def relief_add(
    *,
    claim: Claim,
    kind: str,
    amount: Decimal | None = None,
    amount_per_person: Decimal | None = None,
    authority: str = "",
    description: str = "",
) -> ReliefSought:
    relief = ReliefSought(
        claim=claim,
        kind=kind,
        amount=amount,
        amount_per_person=amount_per_person,
        authority=authority,
        description=description,
    )
    relief.full_clean()
    relief.save()
    return relief


def claims_resolve_pending(*, case: Case, status: str, on: date, reason: str = "") -> int:
    """Give every pending claim of the case the same resolution. Returns how many changed."""
    pending = list(case.claims.filter(status=Claim.Status.PENDING))
    for claim in pending:
        claim.status, claim.status_date = status, on
        claim._change_reason = reason
        claim.save(update_fields=["status", "status_date"])
    return len(pending)


def case_tally_fold() -> int:
    """Fold the tally's rows into one, so reading the total stays one short sum; returns the rows folded.

    Safe beside writers: rows written by transactions not yet committed are not seen, so stay for the next fold.
    """
    if connection.vendor != "postgresql":
        return 0
    with connection.cursor() as cursor:
        cursor.execute(
            "WITH folded AS (DELETE FROM cases_casetally RETURNING delta) "
            "INSERT INTO cases_casetally (delta) SELECT coalesce(sum(delta), 0) FROM folded "
            "RETURNING (SELECT count(*) FROM folded)"
        )
        return cursor.fetchone()[0]
