"""Docket entries, their attachments, the event types that say what each does, and the chronology of facts."""

import calendar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from cases.access import CaseOwnedQuerySet
from cases.models import Case, Party


class EventType(models.Model):
    """A kind of docket event, and what recording one does to the case."""

    class Effect(models.TextChoices):
        NONE = "none", "No effect on the case"
        COMMENCES = "commences", "Commences the case (sets the filing date)"
        VOLUNTARY_DISMISSAL = (
            "voluntary_dismissal",
            "Notice of voluntary dismissal: terminates the case (Rule 41(a)(1)(A)(i))",
        )
        STIPULATED_DISMISSAL = (
            "stipulated_dismissal",
            "Stipulated dismissal: terminates the case (Rule 41(a)(1)(A)(ii))",
        )

    code = models.SlugField(
        max_length=40, unique=True, help_text='A stable key: "complaint", "notice_voluntary_dismissal".'
    )
    name = models.CharField(max_length=120, unique=True)
    effect = models.CharField(
        max_length=30,
        choices=Effect.choices,
        default=Effect.NONE,
        help_text="What recording an entry of this type does to the case.",
    )
    is_milestone = models.BooleanField(
        default=False,
        help_text="A turning point (complaint, answer, dispositive motion, judgment): shown on the case's timeline.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def is_dismissal(self):
        return self.effect in {self.Effect.VOLUNTARY_DISMISSAL, self.Effect.STIPULATED_DISMISSAL}


class DocketEntry(models.Model):
    class Prejudice(models.TextChoices):
        WITHOUT = "without", "Without prejudice"
        WITH = "with", "With prejudice"

    # No index of its own: the (case, ...) indexes below all start with it.
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="docket_entries", db_index=False)
    entry_number = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="The number the clerk gave the entry (ECF No.). Blank for unnumbered minute entries.",
    )
    sequence = models.PositiveIntegerField(
        help_text="The entry's place on the docket, numbered or not. Orders entries filed the same day."
    )
    date_filed = models.DateField(help_text="The day the document was filed.")
    date_entered = models.DateField(null=True, blank=True, help_text="The day the clerk entered it on the docket.")
    event_type = models.ForeignKey(EventType, on_delete=models.PROTECT, related_name="entries", null=True, blank=True)
    description = models.TextField(help_text="The docket text.")
    filed_by = models.ForeignKey(
        Party,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="docket_entries_filed",
        help_text="The party who filed it.",
    )
    page_count = models.PositiveIntegerField(null=True, blank=True)
    document = models.FileField(upload_to="dockets/%Y/%m/", blank=True, help_text="The filed document, as a PDF.")
    dismissal_prejudice = models.CharField(
        max_length=10,
        choices=Prejudice.choices,
        blank=True,
        help_text="For a dismissal: whether it is with or without prejudice.",
    )
    pacer_doc_id = models.CharField(
        max_length=32, blank=True, help_text="PACER's document id, for fetching the document again."
    )
    pacer_seq_no = models.CharField(max_length=32, blank=True, help_text="PACER's sequence number for the entry.")
    import_key = models.CharField(
        max_length=80,
        blank=True,
        editable=False,
        help_text="How an import recognises this entry on a newer docket sheet: its number, PACER's sequence "
        "number or document id, or its date and text. Blank for entries typed in.",
    )
    number_repeated = models.BooleanField(
        default=False,
        editable=False,
        help_text="The docket sheet itself gives this number to an earlier entry too, as dockets converted from "
        "paper sometimes do. Kept as the court shows it.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    objects = CaseOwnedQuerySet.as_manager()

    class Meta:
        ordering = ["case", "date_filed", "sequence"]
        verbose_name_plural = "docket entries"
        constraints = [
            models.UniqueConstraint(
                fields=["case", "entry_number"],
                condition=Q(entry_number__isnull=False, number_repeated=False),
                name="docket_entry_number_unique_in_case",
                violation_error_message="This case already has an entry with this number.",
            ),
            models.UniqueConstraint(
                fields=["case", "import_key"],
                condition=~Q(import_key=""),
                name="docket_entry_import_key_unique_in_case",
                violation_error_message="This docket sheet entry is already on the case.",
            ),
            models.UniqueConstraint(
                fields=["case", "sequence"],
                name="docket_entry_sequence_unique_in_case",
                violation_error_message="Two entries cannot share a place on the docket.",
            ),
            models.CheckConstraint(
                condition=Q(date_entered__isnull=True) | Q(date_entered__gte=models.F("date_filed")),
                name="docket_entry_entered_not_before_filed",
                violation_error_message="An entry cannot be entered on the docket before it was filed.",
            ),
        ]
        indexes = [
            # Covers the id too, so a deep docket page is found by an index-only scan.
            models.Index(fields=["case", "date_filed", "sequence"], include=["id"], name="docket_entry_order_idx"),
            models.Index(fields=["case", "event_type"], name="docket_entry_case_event_idx"),
            # On PostgreSQL the keyword filter has a trigram index on (case, text) too (migration 0014), kept out
            # of the model's state because the embedded SQLite default cannot build it.
        ]

    def __str__(self):
        number = f"No. {self.entry_number}" if self.entry_number else "Unnumbered entry"
        return f"{number} ({self.date_filed:%Y-%m-%d}) in {self.case.docket_number}"


class DocketAttachment(models.Model):
    """A document attached to a docket entry: an exhibit, a declaration, a proposed order."""

    entry = models.ForeignKey(DocketEntry, on_delete=models.CASCADE, related_name="attachments")
    number = models.PositiveIntegerField(help_text="The attachment's number within its entry, as PACER numbers it.")
    description = models.TextField(blank=True, help_text='What it is: "Exhibit A - Master Services Agreement".')
    pacer_doc_id = models.CharField(
        max_length=32, blank=True, help_text="PACER's document id, for fetching the attachment again."
    )
    page_count = models.PositiveIntegerField(null=True, blank=True)
    file = models.FileField(
        upload_to="attachments/%Y/%m/",
        blank=True,
        max_length=300,
        help_text="The document itself (a filed PDF), kept through the storage API and served only through a "
        "permission-checked view. Blank when only PACER's reference is known.",
    )
    file_name = models.CharField(max_length=255, blank=True, help_text="The file's name as it was uploaded.")
    file_size = models.PositiveBigIntegerField(null=True, blank=True, help_text="Bytes.")
    file_sha256 = models.CharField(max_length=64, blank=True, help_text="The file's SHA-256, in hex.")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords()

    objects = CaseOwnedQuerySet.through("entry__case").as_manager()

    class Meta:
        ordering = ["entry", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "number"],
                name="docket_attachment_number_unique_in_entry",
                violation_error_message="This entry already has an attachment with this number.",
            )
        ]

    def __str__(self):
        return f"Attachment {self.number} to {self.entry}"

    @property
    def case(self):
        return self.entry.case


class ChronologyFact(models.Model):
    """Something that happened outside the docket, dated only as precisely as it is known."""

    class Precision(models.TextChoices):
        DAY = "day", "Day"
        MONTH = "month", "Month"
        YEAR = "year", "Year"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="facts")
    date = models.DateField(
        help_text="For a month or a year, its first day: the precision below says how much of it is known."
    )
    date_precision = models.CharField(max_length=5, choices=Precision.choices, default=Precision.DAY)
    description = models.TextField(help_text="What happened.")
    source = models.CharField(
        max_length=500, blank=True, help_text="Where the fact comes from: a filing, a report, a witness."
    )
    history = HistoricalRecords()

    objects = CaseOwnedQuerySet.as_manager()

    class Meta:
        ordering = ["case", "date", "id"]
        verbose_name = "chronology fact"

    def __str__(self):
        return f"{self.date_display}: {self.description[:60]}"

    @property
    def date_display(self):
        """The date as precisely as it is known: "August 2024", not "August 1, 2024"."""
        if self.date_precision == self.Precision.YEAR:
            return str(self.date.year)
        if self.date_precision == self.Precision.MONTH:
            return f"{calendar.month_name[self.date.month]} {self.date.year}"
        return f"{calendar.month_name[self.date.month]} {self.date.day}, {self.date.year}"

    def clean(self):
        if self.date and self.date_precision != self.Precision.DAY:
            first = (
                self.date.replace(day=1)
                if self.date_precision == self.Precision.MONTH
                else self.date.replace(month=1, day=1)
            )
            if self.date != first:
                unit = "month" if self.date_precision == self.Precision.MONTH else "year"
                raise ValidationError(
                    {"date": f"A fact known only to the {unit} is dated on the first day of that {unit}."}
                )
