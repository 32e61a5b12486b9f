"""Docket and timeline reports: what an attorney asked for, and the parts a worker renders it in."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from cases.access import CaseOwnedQuerySet
from cases.models import Case


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
    include_deadlines = models.BooleanField(default=True, help_text="Include the deadlines and hearings.")
    include_notes = models.BooleanField(
        default=False,
        help_text="Include the firm's notes on the case and its entries: internal work, left out unless asked for.",
    )
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
    planned_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the docket was frozen for this report: it holds the entries on the docket at that moment, "
        "in that order, and no entry added later.",
    )
    entry_total = models.PositiveIntegerField(
        null=True, blank=True, help_text="How many docket entries the report holds, counted when it was planned."
    )
    file = models.FileField(upload_to="reports/%Y/%m/", blank=True)
    page_count = models.PositiveIntegerField(null=True, blank=True)
    file_size = models.PositiveBigIntegerField(null=True, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)

    objects = CaseOwnedQuerySet.as_manager()

    class Meta:
        db_table = "filings_report"  # made in the filings app, before reports had an app of their own
        ordering = ["-created_at"]
        permissions = [("export_report", "Can export docket and timeline reports")]
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
    entries = models.JSONField(
        default=list,
        blank=True,
        help_text="The slice of the docket as planned, in docket order (date filed, then sequence): each entry's "
        "id, number, date filed and sequence. An entry deleted since keeps its place, printed as removed.",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    dispatched_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    file = models.FileField(upload_to="reports/parts/", blank=True)
    page_count = models.PositiveIntegerField(null=True, blank=True)

    objects = CaseOwnedQuerySet.through("report__case").as_manager()

    class Meta:
        db_table = "filings_reportpart"
        ordering = ["report", "index"]
        constraints = [models.UniqueConstraint(fields=["report", "index"], name="report_part_index_unique")]

    def __str__(self):
        return f"Part {self.index} of report {self.report_id}"

    @property
    def bounds_display(self) -> str:
        """The slice's first and last entries in docket order, as planned."""
        if not self.entries:
            return "No docket entries"
        first, last = self.entries[0], self.entries[-1]
        count = len(self.entries)
        return (
            f"{count}: filed {first['filed']} (seq. {first['sequence']}) to {last['filed']} (seq. {last['sequence']})"
        )
