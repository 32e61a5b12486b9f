"""Docket entries and the chronology of facts behind a case."""

import calendar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

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
    history = HistoricalRecords()

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


class DocketImport(models.Model):
    """One import of a docket sheet into a case: who, when, from what file, and what it changed."""

    class Source(models.TextChoices):
        PACER = "pacer_html", "PACER docket report (HTML)"
        COURTLISTENER = "courtlistener_json", "CourtListener REST API v4 (JSON)"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="imports")
    imported_at = models.DateTimeField(auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="docket_imports"
    )
    source = models.CharField(max_length=20, choices=Source.choices)
    file_name = models.CharField(max_length=255, blank=True, help_text="The imported file's name.")
    sha256 = models.CharField(max_length=64, help_text="The SHA-256 of the imported file, to tell sheets apart.")
    counts = models.JSONField(
        default=dict,
        help_text='What the import did: {"parties": {"added": 2, "changed": 0, "unchanged": 1}, "counsel": ..., '
        '"entries": ...}.',
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["-imported_at"]
        indexes = [models.Index(fields=["case", "-imported_at"], name="docket_import_case_idx")]

    def __str__(self):
        return f"{self.get_source_display()} of {self.imported_at:%Y-%m-%d %H:%M} into {self.case.docket_number}"

    @property
    def summary(self):
        """The counts in one line: "parties: 2 added, 0 changed, 1 unchanged; counsel: ..."."""
        parts = []
        for kind in ("parties", "counsel", "entries"):  # the database keeps JSON keys in its own order
            if tally := self.counts.get(kind):
                parts.append(
                    f"{kind}: {tally['added']} added, {tally['changed']} changed, {tally['unchanged']} unchanged"
                )
        return "; ".join(parts)


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


class Report(models.Model):
    """A docket and timeline report of one case, rendered to PDF by a worker."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RENDERING = "rendering", "Rendering"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="reports")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    date_from = models.DateField(null=True, blank=True, help_text="The first day of docket entries to include.")
    date_to = models.DateField(null=True, blank=True, help_text="The last day of docket entries to include.")
    include_chronology = models.BooleanField(default=True, help_text="Put the chronology facts on the timeline.")
    include_parties = models.BooleanField(default=True, help_text="Include parties, counsel and claims.")
    archival = models.BooleanField(default=False, help_text="Produce an archival PDF/A-3b.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0, help_text="Percent done.")
    error = models.TextField(blank=True, help_text="Why the last attempt failed, in words the requester can act on.")
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    dispatched_at = models.DateTimeField(null=True, blank=True, help_text="When the job last reached the broker.")
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True, help_text="Last sign of life from the worker.")
    finished_at = models.DateTimeField(null=True, blank=True)
    file = models.FileField(upload_to="reports/%Y/%m/", blank=True)
    page_count = models.PositiveIntegerField(null=True, blank=True)
    file_size = models.PositiveBigIntegerField(null=True, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "heartbeat_at"], name="report_status_heartbeat_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(date_from__isnull=True) | Q(date_to__isnull=True) | Q(date_to__gte=models.F("date_from")),
                name="report_date_range_in_order",
                violation_error_message="The end of the date range is before its start.",
            ),
            models.CheckConstraint(condition=Q(progress__lte=100), name="report_progress_percent"),
            models.CheckConstraint(
                condition=~Q(status="ready") | (~Q(sha256="") & Q(page_count__isnull=False) & ~Q(file="")),
                name="report_ready_has_its_file",
            ),
        ]

    def __str__(self):
        return f"Report {self.pk} of {self.case.docket_number} ({self.get_status_display()})"

    @property
    def is_finished(self):
        return self.status in {self.Status.READY, self.Status.FAILED}

    @property
    def date_range_display(self):
        if not (self.date_from or self.date_to):
            return "Whole docket"
        start = f"{self.date_from:%b %-d, %Y}" if self.date_from else "the start"
        end = f"{self.date_to:%b %-d, %Y}" if self.date_to else "today"
        return f"{start} to {end}"


class ReportPart(models.Model):
    """One slice of a report, rendered on its own so a long docket renders in parallel."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RENDERING = "rendering", "Rendering"
        DONE = "done", "Done"

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="parts")
    index = models.PositiveSmallIntegerField(help_text="Its place in the report; part 0 holds the front matter.")
    entry_offset = models.PositiveIntegerField(help_text="The first docket entry of the slice, counted from 0.")
    entry_limit = models.PositiveIntegerField(help_text="How many docket entries the slice holds.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    dispatched_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    file = models.FileField(upload_to="reports/parts/", blank=True)
    page_count = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["report", "index"]
        constraints = [models.UniqueConstraint(fields=["report", "index"], name="report_part_index_unique")]

    def __str__(self):
        return f"Part {self.index} of report {self.report_id}"
