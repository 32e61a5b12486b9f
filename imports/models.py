"""The record of each import of a docket sheet."""

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from cases.access import CaseOwnedQuerySet
from cases.models import Case


class DocketImport(models.Model):
    """One import of a docket sheet into a case: who, when, from what file, and what it changed."""

    class Source(models.TextChoices):
        PACER = "pacer_html", "PACER docket report (HTML)"
        PACER_APPELLATE = "pacer_appellate_html", "PACER appellate docket report (HTML)"
        ACMS = "acms_json", "ACMS appellate docket (JSON)"
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
    history = HistoricalRecords(table_name="filings_historicaldocketimport")

    objects = CaseOwnedQuerySet.as_manager()

    class Meta:
        db_table = "filings_docketimport"  # made in the filings app, before imports had an app of its own
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
