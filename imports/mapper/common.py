"""What the mapper's steps share: counting, validating and saving rows in bulk with their history."""

from contextlib import contextmanager
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from ..sheet import DocketImportError

BATCH = 1000  # rows per INSERT or UPDATE: queries grow by one per thousand entries, not one per entry


@dataclass
class Tally:
    added: int = 0
    changed: int = 0
    unchanged: int = 0

    def as_dict(self) -> dict:
        return {"added": self.added, "changed": self.changed, "unchanged": self.unchanged}


@dataclass
class Writer:
    """Who the import's writes are recorded under in each row's history, and why."""

    user: object
    reason: str

    def create(self, model: type[models.Model], rows: list) -> list:
        if not rows:
            return []
        return bulk_create_with_history(
            rows, model, batch_size=BATCH, default_user=self.user, default_change_reason=self.reason
        )

    def update(self, model: type[models.Model], rows: list, fields: list[str]) -> None:
        if rows:
            bulk_update_with_history(
                rows, model, fields, batch_size=BATCH, default_user=self.user, default_change_reason=self.reason
            )


def fields_apply(row: models.Model, values: dict, *, keep_blank: bool = True) -> list[str]:
    """Set the values that differ on the row; blank sheet values never erase what is stored. Returns the names."""
    changed = []
    for name, value in values.items():
        if keep_blank and value in ("", None):
            continue
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.append(name)
    return changed


def validated(row: models.Model, what: str, exclude: tuple[str, ...] = ()) -> models.Model:
    """Check one row's fields before a bulk write, naming the row in the message if one is bad."""
    try:
        row.clean_fields(exclude=list(exclude))
    except ValidationError as error:
        problems = "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
        raise DocketImportError(f"{what} cannot be saved ({problems}).") from None
    return row


@contextmanager
def service_refusals():
    """A row a service refuses (its ValidationError names the row) stops the import with that message."""
    try:
        yield
    except ValidationError as error:
        raise DocketImportError(" ".join(error.messages)) from None
