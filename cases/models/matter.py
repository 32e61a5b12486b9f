"""Who may see a matter: its team, the users screened from it, and the log of access to it.

The rule that reads these lives in ``cases.access``; this module holds only the records.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from ..access import CaseOwnedQuerySet
from .case import Case


class MatterMember(models.Model):
    """A user on a case's team. A restricted case is open to its team and to Administrators only."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="team")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="matter_memberships")
    role = models.CharField(
        "role on the matter",
        max_length=80,
        blank=True,
        help_text='What the member does on this matter: "Lead counsel", "Associate", "Paralegal".',
    )
    added_at = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    objects = CaseOwnedQuerySet.as_manager()

    class Meta:
        ordering = ["case_id", "user__username"]
        verbose_name = "team member"
        constraints = [
            models.UniqueConstraint(
                fields=["case", "user"],
                name="matter_member_once_per_case",
                violation_error_message="This user is already on the case's team.",
            )
        ]
        indexes = [models.Index(fields=["user", "case"], name="matter_member_user_idx")]

    def __str__(self):
        return f"{self.user} on {self.case.title}"


class Screen(models.Model):
    """An ethical wall (ABA Model Rule 1.10): the user may not see the case at all, whatever else holds."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="screens")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="screens")
    reason = models.TextField(
        help_text='Why the user is screened: the conflict, e.g. "Represented the defendant at a prior firm".'
    )
    screened_on = models.DateField(default=timezone.localdate, help_text="The day the screen took effect.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Who put the screen in place.",
    )
    history = HistoricalRecords()

    objects = CaseOwnedQuerySet.as_manager()

    class Meta:
        ordering = ["case_id", "user__username"]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "user"],
                name="screen_once_per_case",
                violation_error_message="This user is already screened from the case.",
            ),
            models.CheckConstraint(
                condition=~Q(reason=""),
                name="screen_has_reason",
                violation_error_message="A screen needs its reason.",
            ),
        ]
        indexes = [models.Index(fields=["user", "case"], name="screen_user_idx")]

    def __str__(self):
        return f"{self.user} screened from {self.case.title}"


class AccessLogEntry(models.Model):
    """One view of a restricted case, one refused attempt by a screened user, or a superuser passing a screen."""

    class Outcome(models.TextChoices):
        VIEWED = "viewed", "Viewed (restricted case)"
        REFUSED = "refused", "Refused (screened)"
        OVERRIDE = "override", "Viewed by a superuser through a screen"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="access_log")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", db_index=False
    )
    username = models.CharField(max_length=150, help_text="Kept if the user is later deleted.")
    at = models.DateTimeField(default=timezone.now)
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    page = models.CharField(max_length=500, help_text="The address asked for.")

    objects = CaseOwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-at"]
        verbose_name = "access log entry"
        verbose_name_plural = "access log"
        indexes = [models.Index(fields=["case", "-at"], name="access_log_case_idx")]

    def __str__(self):
        return f"{self.username} {self.get_outcome_display().lower()} {self.at:%Y-%m-%d %H:%M}"
