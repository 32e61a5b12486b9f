"""Court rules as data, the days courts are closed, and the deadlines and hearings on a case's calendar."""

import secrets
from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from cases.access import CaseOwnedQuerySet
from cases.models import Case, Court
from filings.classify import TRIGGER_KINDS
from filings.models import DocketEntry

from . import counting

SCHEDULING_CONFERENCE = "scheduling_conference"


class CourtRule(models.Model):
    """A rule that sets a deadline from a trigger on the docket. Administrators edit the catalogue; each version of
    a rule is a row of its own, in force between its dates, and a deadline follows the version in force on its
    trigger date."""

    class Trigger(models.TextChoices):
        COMPLAINT = "complaint", TRIGGER_KINDS["complaint"]
        SERVED = "served", TRIGGER_KINDS["served"]
        WAIVER_SENT = "waiver_sent", TRIGGER_KINDS["waiver_sent"]
        AMENDED_PLEADING = "amended_pleading", TRIGGER_KINDS["amended_pleading"]
        MOTION_FILED = "motion_filed", TRIGGER_KINDS["motion_filed"]
        RULE12_DENIED = "rule12_denied", TRIGGER_KINDS["rule12_denied"]
        JUDGMENT = "judgment", TRIGGER_KINDS["judgment"]
        NOTICE_OF_APPEAL = "notice_of_appeal", TRIGGER_KINDS["notice_of_appeal"]
        SCHEDULING_CONFERENCE = SCHEDULING_CONFERENCE, "Rule 16(b) scheduling conference set by the court"
        RULE_DEADLINE = "rule_deadline", "Another rule's deadline (see Follows)"

    class Unit(models.TextChoices):
        CALENDAR_DAYS = counting.CALENDAR_DAYS, "Days (Rule 6(a)(1): every day counts)"
        COURT_DAYS = counting.COURT_DAYS, "Court days (weekends and legal holidays skipped)"

    class Direction(models.TextChoices):
        AFTER = counting.AFTER, "After the trigger"
        BEFORE = counting.BEFORE, "Before the trigger (Rule 6(a)(5))"

    class Condition(models.TextChoices):
        ANY = "any", "Always"
        UNITED_STATES_SERVED = "us_served", "The party served is the United States, an agency or an officer"
        NOT_UNITED_STATES_SERVED = "not_us_served", "The party served is not the United States"
        UNITED_STATES_PARTY = "us_party", "The United States (an agency or officer) is a party"
        NOT_UNITED_STATES_PARTY = "not_us_party", "The United States is not a party"
        SENT_ABROAD = "abroad", "The request was sent outside the United States"
        NOT_SENT_ABROAD = "not_abroad", "The request was not sent outside the United States"

    key = models.SlugField(
        max_length=60, help_text='Names the rule across its versions: "frcp-12-a-1-A-i". Versions share a key.'
    )
    citation = models.CharField(max_length=120, help_text='As a brief cites it: "Fed. R. Civ. P. 12(a)(1)(A)(i)".')
    title = models.CharField(max_length=200, help_text='What is due: "Answer to the complaint".')
    text = models.TextField(blank=True, help_text="The rule's words, or the part of them this deadline rests on.")
    trigger = models.CharField(max_length=30, choices=Trigger.choices, help_text="What on the docket starts the count.")
    follows = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="followers",
        help_text='For a trigger of "another rule\'s deadline": that rule (a reply counted from the opposition).',
    )
    period = models.PositiveSmallIntegerField(help_text="How many days or court days.")
    unit = models.CharField(max_length=20, choices=Unit.choices, default=Unit.CALENDAR_DAYS)
    direction = models.CharField(max_length=10, choices=Direction.choices, default=Direction.AFTER)
    service_days = models.BooleanField(
        "Rule 6(d) applies",
        default=False,
        help_text="Three days are added when the triggering paper was served by mail, left with the clerk, or "
        "served by other consented means than electronic service.",
    )
    later_of_original = models.BooleanField(
        default=False,
        help_text="Rule 15(a)(3): the later of this period and the time left to respond to the original pleading.",
    )
    condition = models.CharField(max_length=20, choices=Condition.choices, default=Condition.ANY)
    court = models.ForeignKey(
        Court,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="rules",
        help_text="A local rule's court. Blank: the rule covers every federal district court's civil cases.",
    )
    in_force_from = models.DateField(null=True, blank=True, help_text="First trigger date this version governs.")
    in_force_until = models.DateField(null=True, blank=True, help_text="Last trigger date this version governs.")
    source = models.CharField(max_length=300, blank=True, help_text="Where the rule's text and dates come from.")
    is_active = models.BooleanField(default=True, help_text="Off: no deadline is computed from this rule.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["key", "in_force_from"]
        constraints = [
            models.UniqueConstraint(fields=["key", "in_force_from"], name="court_rule_version_unique"),
            models.CheckConstraint(
                condition=Q(in_force_from__isnull=True)
                | Q(in_force_until__isnull=True)
                | Q(in_force_until__gte=models.F("in_force_from")),
                name="court_rule_in_force_in_order",
                violation_error_message="A rule version cannot end before it begins.",
            ),
            models.CheckConstraint(
                condition=Q(trigger="rule_deadline", follows__isnull=False) | (~Q(trigger="rule_deadline")),
                name="court_rule_follows_a_rule",
                violation_error_message="Name the rule whose deadline this one counts from.",
            ),
            models.CheckConstraint(condition=Q(period__gte=1), name="court_rule_period_positive"),
        ]

    def __str__(self):
        return f"{self.citation}: {self.title}"


class CourtClosure(models.Model):
    """A day a court counts as a legal holiday beyond the federal ones: one the President declared, a day the
    clerk's office was inaccessible (Rule 6(a)(3)), or a state holiday a district applies."""

    class Kind(models.TextChoices):
        DECLARED = "declared", "Declared a holiday by the President or Congress (Rule 6(a)(6)(B))"
        INACCESSIBLE = "inaccessible", "The clerk's office was inaccessible (Rule 6(a)(3))"
        STATE = "state", "A state holiday the district applies (Rule 6(a)(6)(C))"

    date = models.DateField()
    court = models.ForeignKey(
        Court, on_delete=models.CASCADE, null=True, blank=True, help_text="Blank: every federal court."
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    name = models.CharField(max_length=200, help_text='What it was: "National Day of Mourning for Jimmy Carter".')
    source = models.CharField(max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-date"]
        constraints = [
            models.UniqueConstraint(fields=["date", "court"], name="court_closure_once_a_day"),
            models.UniqueConstraint(
                fields=["date"], condition=Q(court__isnull=True), name="court_closure_once_a_day_everywhere"
            ),
        ]

    def __str__(self):
        return f"{self.date}: {self.name}"


class DeadlineQuerySet(CaseOwnedQuerySet):
    def open(self):
        return self.filter(status=Deadline.Status.OPEN)


class Deadline(models.Model):
    """A date on a case's calendar: a deadline a rule computes from the docket, a date the court set, or a hearing."""

    class Kind(models.TextChoices):
        RULE = "rule", "Deadline computed from a court rule"
        DUE = "due", "Due date the court set"
        HEARING = "hearing", "Hearing, conference or trial"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        DONE = "done", "Done"
        VACATED = "vacated", "Vacated"
        SUPERSEDED = "superseded", "Superseded"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="deadlines", db_index=False)
    key = models.CharField(
        max_length=120, editable=False, help_text="What the deadline is computed from: its rule and trigger entry."
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    title = models.CharField(max_length=300, help_text='What is due or set: "Answer due: Mervyn\'s LLC".')
    rule = models.ForeignKey(CourtRule, on_delete=models.PROTECT, null=True, blank=True, related_name="deadlines")
    trigger_entry = models.ForeignKey(
        DocketEntry,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="deadlines",
        help_text="The docket entry that triggered the deadline or set the date.",
    )
    trigger_date = models.DateField(null=True, blank=True, help_text="The day the period counts from.")
    party = models.CharField(max_length=300, blank=True, help_text="The party served, when the deadline is one's.")
    computed_date = models.DateField(help_text="The date the rule gives, or the date the court set.")
    time = models.TimeField(null=True, blank=True, help_text="A hearing's time, in its court's time zone.")
    time_zone = models.CharField(max_length=40, blank=True, help_text="The court's zone, for a hearing's time.")
    clerk_date = models.DateField(
        null=True, blank=True, help_text='The due date the clerk stated on the docket ("answer due 3/1/2006").'
    )
    override_date = models.DateField(null=True, blank=True, help_text="A date a person set in place of the rule's.")
    override_reason = models.CharField(max_length=500, blank=True)
    overridden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    overridden_at = models.DateTimeField(null=True, blank=True)
    due_date = models.DateField(editable=False, help_text="The date that counts: the override, else the computed date.")
    explanation = models.JSONField(default=list, help_text="How the date was reached, step by step.")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.OPEN)
    status_reason = models.CharField(max_length=500, blank=True)
    status_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    superseded_by = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    assigned_to = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="assigned_deadlines",
        help_text="Attorneys answerable for it, besides the case's responsible attorneys.",
    )
    sequence = models.PositiveIntegerField(
        default=0, editable=False, help_text="Raised whenever the date, time or status changes (iCalendar SEQUENCE)."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(m2m_fields=[assigned_to])

    objects = DeadlineQuerySet.as_manager()

    class Meta:
        ordering = ["due_date", "time", "id"]
        constraints = [
            models.UniqueConstraint(fields=["case", "key"], name="deadline_key_unique_in_case"),
            models.CheckConstraint(
                condition=Q(override_date__isnull=True) | ~Q(override_reason=""),
                name="deadline_override_has_reason",
                violation_error_message="Say why the date is overridden.",
            ),
            models.CheckConstraint(
                condition=Q(due_date=models.F("override_date"))
                | (Q(override_date__isnull=True) & Q(due_date=models.F("computed_date"))),
                name="deadline_due_date_is_override_or_computed",
            ),
        ]
        indexes = [
            # The case page's panel: its counts and lists come from the index, the rows only for the few shown.
            models.Index(fields=["case", "due_date"], include=["status", "kind"], name="deadline_case_due_idx"),
            models.Index(fields=["due_date", "status"], name="deadline_due_status_idx"),
            # The agenda's overdue list: open deadlines that are not hearings, by date.
            models.Index(
                fields=["due_date"], condition=Q(status="open") & ~Q(kind="hearing"), name="deadline_open_due_idx"
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.due_date:%Y-%m-%d})"

    def get_absolute_url(self):
        return reverse("deadlines:detail", args=[self.pk])

    @property
    def is_overridden(self) -> bool:
        return self.override_date is not None

    @property
    def is_discrepant(self) -> bool:
        """The clerk's stated date and the rule's date differ."""
        return self.clerk_date is not None and self.kind == self.Kind.RULE and self.clerk_date != self.computed_date

    @property
    def starts_at(self) -> datetime | None:
        """A hearing's moment, in its court's zone."""
        if self.time is None:
            return None
        return datetime.combine(self.due_date, self.time, tzinfo=ZoneInfo(self.time_zone or settings.TIME_ZONE))

    @property
    def uid(self) -> str:
        """Stable across recalculations, so a calendar moves the event instead of adding one."""
        return f"deadline-{self.pk}@casetracker"


class UnreadDate(models.Model):
    """A date a docket entry states that cannot be a date ("5/22/20107"): skipped, and shown, never an error."""

    entry = models.ForeignKey(DocketEntry, on_delete=models.CASCADE, related_name="unread_dates")
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="unread_dates", db_index=False)
    phrase = models.CharField(max_length=300, help_text="The words of the entry that hold the date.")

    objects = CaseOwnedQuerySet.as_manager()

    class Meta:
        ordering = ["entry"]
        indexes = [models.Index(fields=["case", "entry"], name="unread_date_case_idx")]

    def __str__(self):
        return f"Entry {self.entry_id}: {self.phrase}"


def feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A user's calendar subscription: a long secret in the URL (calendar apps do not sign in), kept built."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed")
    token = models.CharField(max_length=64, unique=True, default=feed_token)
    created_at = models.DateTimeField(auto_now_add=True)
    body = models.BinaryField(blank=True, default=b"", editable=False, help_text="The feed as last built (ICS).")
    built_at = models.DateTimeField(null=True, blank=True)
    stale = models.BooleanField(default=True, help_text="Its items changed since it was built.")

    def __str__(self):
        return f"Calendar feed of {self.user}"


class FeedEvent(models.Model):
    """A deadline's calendar event as last written (RFC 5545 text), kept so a feed of thousands is joined, not
    rebuilt: an event is written again only when its deadline's SEQUENCE has moved on."""

    deadline = models.OneToOneField(Deadline, on_delete=models.CASCADE, primary_key=True, related_name="feed_event")
    sequence = models.PositiveIntegerField(help_text="The deadline's SEQUENCE this text was written for.")
    text = models.TextField()

    objects = CaseOwnedQuerySet.through("deadline__case").as_manager()

    def __str__(self):
        return f"Event of {self.deadline_id} at sequence {self.sequence}"
