"""Notes the firm writes on a case or on one of its docket entries, and the annotations added to them later."""

from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.utils import timezone
from simple_history.models import HistoricalRecords

from cases.access import CaseOwnedQuerySet
from cases.models import Case
from filings.models import DocketEntry

# A note can be corrected for a short while after it is written; after that it is part of the record, and what
# changes is said in an annotation, so what a reader saw is never rewritten under them.
EDIT_WINDOW = timedelta(minutes=15)
TEXT_LIMIT = 10_000


class Note(models.Model):
    """A dated note on a case or a docket entry: who wrote it, when, and what it says."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    entry = models.ForeignKey(
        DocketEntry,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notes",
        help_text="The docket entry the note is about; blank for a note on the case as a whole.",
    )
    annotates = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="annotations",
        help_text="The note this one annotates: written after that note could no longer be edited.",
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    text = models.TextField(
        max_length=TEXT_LIMIT,
        validators=[MaxLengthValidator(TEXT_LIMIT)],
        help_text=f"The note itself: at most {TEXT_LIMIT:,} characters.",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False, help_text="When the note was written.")
    updated_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When its author last edited it; blank if never."
    )
    history = HistoricalRecords()

    objects = CaseOwnedQuerySet.as_manager()

    class Meta:
        ordering = ["case", "created_at", "id"]
        # On PostgreSQL the migration also makes a GIN index of the text's words, for the case list's search.
        indexes = [models.Index(fields=["case", "created_at"], name="note_case_created_idx")]
        constraints = [
            models.CheckConstraint(condition=~Q(text=""), name="note_text_not_empty"),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("text"), TEXT_LIMIT), name="note_text_within_limit"
            ),
            models.CheckConstraint(condition=~Q(annotates=models.F("id")), name="note_does_not_annotate_itself"),
        ]

    def __str__(self):
        kind = "Annotation" if self.annotates_id else "Note"
        return f"{kind} {self.pk} on {self.case.docket_number}"

    @property
    def edit_until(self):
        return self.created_at + EDIT_WINDOW

    def editable_by(self, user, now=None) -> bool:
        """Its author may edit it until EDIT_WINDOW has passed since it was written."""
        return self.author_id is not None and self.author_id == user.pk and (now or timezone.now()) < self.edit_until

    @property
    def author_name(self) -> str:
        if self.author is None:
            return "a former user"
        return self.author.get_full_name() or self.author.get_username()
