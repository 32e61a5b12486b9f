"""Claims (the counts of a complaint) and the relief each seeks."""

from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from ..access import CaseOwnedQuerySet
from .case import Case
from .courts import CauseOfAction
from .parties import Party


class Claim(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        DISMISSED_WITH_PREJUDICE = "dismissed_wp", "Dismissed with prejudice"
        DISMISSED_WITHOUT_PREJUDICE = "dismissed_wop", "Dismissed without prejudice"
        WITHDRAWN = "withdrawn", "Withdrawn"
        ADJUDICATED = "adjudicated", "Adjudicated"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="claims", db_index=False)
    count_number = models.PositiveSmallIntegerField(help_text="The count's number in the operative complaint.")
    cause_of_action = models.ForeignKey(CauseOfAction, on_delete=models.PROTECT, related_name="claims")
    summary = models.TextField(blank=True, help_text="The theory of the count, in the complaint's terms.")
    asserted_by = models.ManyToManyField(
        Party, related_name="claims_asserted", blank=True, help_text="The parties who assert this count."
    )
    asserted_against = models.ManyToManyField(
        Party, related_name="claims_against", blank=True, help_text="The parties the count is asserted against."
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    status_date = models.DateField(null=True, blank=True, help_text="The day the count reached its status.")
    history = HistoricalRecords(m2m_fields=[asserted_by, asserted_against])

    objects = CaseOwnedQuerySet.as_manager()

    class Meta:
        ordering = ["case", "count_number"]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "count_number"],
                name="claim_count_unique_in_case",
                violation_error_message="This case already has a count with this number.",
            ),
            models.CheckConstraint(
                condition=Q(status="pending") | Q(status_date__isnull=False),
                name="claim_resolved_status_has_date",
                violation_error_message="Give the date the count was dismissed, withdrawn or adjudicated.",
            ),
            models.CheckConstraint(
                condition=Q(count_number__gte=1),
                name="claim_count_number_positive",
                violation_error_message="Counts are numbered from 1.",
            ),
        ]

    def __str__(self):
        return f"Count {self.count_number}: {self.cause_of_action.name}"


class ReliefSought(models.Model):
    class Kind(models.TextChoices):
        DAMAGES = "damages", "Damages"
        STATUTORY_DAMAGES = "statutory_damages", "Statutory damages"
        PUNITIVE_DAMAGES = "punitive_damages", "Punitive damages"
        RESTITUTION = "restitution", "Restitution"
        DISGORGEMENT = "disgorgement", "Disgorgement"
        INJUNCTION = "injunction", "Injunction"
        DECLARATORY = "declaratory", "Declaratory relief"
        ATTORNEYS_FEES = "fees", "Attorneys' fees and costs"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="relief")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    amount = models.DecimalField(
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="A sum certain, when pleaded. Blank when unspecified.",
    )
    amount_per_person = models.DecimalField(
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Statutory damages per person or violation: $1,000 under 18 U.S.C. § 2707(c).",
    )
    authority = models.CharField(
        max_length=200, blank=True, help_text='The provision that grants it: "18 U.S.C. § 2707(c)".'
    )
    description = models.CharField(
        max_length=500, blank=True, help_text='In the complaint\'s terms: "an order to stop the practice".'
    )
    history = HistoricalRecords()

    objects = CaseOwnedQuerySet.through("claim__case").as_manager()

    class Meta:
        ordering = ["claim", "id"]
        verbose_name_plural = "relief sought"
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_per_person__isnull=True) | Q(kind="statutory_damages"),
                name="relief_per_person_only_statutory",
                violation_error_message="Only statutory damages have an amount per person.",
            ),
            models.CheckConstraint(
                condition=(Q(amount__isnull=True) | Q(amount__gte=0))
                & (Q(amount_per_person__isnull=True) | Q(amount_per_person__gte=0)),
                name="relief_amounts_not_negative",
                violation_error_message="Amounts cannot be negative.",
            ),
        ]

    def __str__(self):
        text = self.get_kind_display()
        if self.amount_per_person is not None:
            text += f" of ${self.amount_per_person:,.0f} per person"
        if self.amount is not None:
            text += f" of ${self.amount:,.2f}"
        return text

    @property
    def description_adds(self) -> bool:
        """Whether the description says more than the kind and amount do ("Restitution" beside Restitution does not)."""
        return bool(self.description) and self.description.strip().lower() not in str(self).lower()
