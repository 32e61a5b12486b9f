"""An appeal: a case in a court of appeals (or a bankruptcy appellate panel), what it came from, and its link to
the case below."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from cases.access import CaseOwnedQuerySet
from cases.models import Case, Court


class Appeal(models.Model):
    """The appellate side of a case whose court hears appeals. One row per appellate case."""

    class Link(models.TextChoices):
        NONE = "", "Not linked"
        DOCKET = "docket", "Matched by the originating court and docket number"
        MANUAL = "manual", "Linked by hand"

    case = models.OneToOneField(
        Case,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="appeal",
        help_text="The appeal's own case, in the court of appeals.",
    )
    case_type = models.CharField(
        max_length=200,
        blank=True,
        help_text='The appeal\'s type as the court of appeals records it: "civil, private, bankruptcy", '
        '"Agency, Immigration", "Criminal, Direct Criminal".',
    )
    fee_status = models.CharField(
        max_length=100, blank=True, help_text='Whether the docketing fee was paid: "fee paid", "IFP Granted".'
    )
    panel = models.CharField(
        max_length=500, blank=True, help_text="The judges of the panel, as the docket names them, one after another."
    )
    appeal_from = models.CharField(
        max_length=200,
        blank=True,
        help_text='The court or agency appealed from, in the docket\'s words: "S.D.N.Y. (NEW YORK CITY)", '
        '"Board of Immigration Appeals".',
    )
    originating_court = models.ForeignKey(
        Court,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="The court below, when the docket names it by its id. Blank for an agency.",
    )
    originating_docket_number = models.CharField(
        max_length=40, blank=True, help_text='The case\'s number in the court below, normalized: "1:17-cv-00050".'
    )
    originating_judge = models.CharField(max_length=120, blank=True, help_text="The judge assigned below.")
    ordering_judge = models.CharField(
        max_length=120, blank=True, help_text="The judge who made the order appealed from, where another."
    )
    court_reporter = models.CharField(max_length=200, blank=True, help_text="The court reporter below.")
    originating_date_filed = models.DateField(
        "filed below", null=True, blank=True, help_text="The day the case was filed in the court below."
    )
    date_judgment = models.DateField(
        "judgment", null=True, blank=True, help_text="The day of the judgment or order appealed from."
    )
    date_judgment_entered = models.DateField(
        "judgment entered", null=True, blank=True, help_text="The day that judgment was entered on the docket below."
    )
    date_notice_of_appeal = models.DateField(
        "notice of appeal", null=True, blank=True, help_text="The day the notice of appeal was filed below."
    )
    date_received = models.DateField(
        "received", null=True, blank=True, help_text="The day the court of appeals received the case."
    )
    date_disposed_below = models.DateField(
        "disposed below", null=True, blank=True, help_text="The day the court below disposed of the case."
    )
    disposition_below = models.CharField(
        max_length=200, blank=True, help_text="How the court below disposed of the case, as the docket says."
    )
    case_below = models.ForeignKey(
        Case,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="appeals",
        help_text="The case appealed from, when it is in Casetracker.",
    )
    link = models.CharField(
        max_length=10,
        choices=Link.choices,
        blank=True,
        default=Link.NONE,
        help_text="How the case below was found: from the docket, or by a person.",
    )
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Who last linked or unlinked it by hand.",
    )
    linked_at = models.DateTimeField(null=True, blank=True)
    own_walls = models.BooleanField(
        "own team and screens",
        default=False,
        help_text="Set by an administrator: the appeal keeps its own access, team and screens. Otherwise an appeal "
        "of a restricted case takes that case's.",
    )
    history = HistoricalRecords()

    objects = CaseOwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-case__date_filed"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(case_below=F("case")),
                name="appeal_not_of_itself",
                violation_error_message="An appeal cannot be its own case below.",
            ),
            models.CheckConstraint(
                condition=Q(case_below__isnull=True, link="")
                | Q(case_below__isnull=False, link__in=["docket", "manual"]),
                name="appeal_link_matches_case_below",
                violation_error_message="A linked appeal names how it was linked; an unlinked one names no case below.",
            ),
        ]
        indexes = [
            models.Index(fields=["originating_court", "originating_docket_number"], name="appeal_origin_idx"),
        ]

    def __str__(self):
        return f"Appeal {self.case.docket_number} ({self.case.court_id})"
