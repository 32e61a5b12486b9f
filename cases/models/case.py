"""The case: its court, docket number, status, disposition and class-action details."""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from ..access import CaseQuerySet
from ..court_zones import division_zone
from ..docket_numbers import parse_docket_number
from .courts import Court


class Case(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        STAYED = "stayed", "Stayed"
        TERMINATED = "terminated", "Terminated"

    class Disposition(models.TextChoices):
        VOLUNTARY_WITHOUT_PREJUDICE = "vol_dismissed_wop", "Voluntarily dismissed without prejudice"
        VOLUNTARY_WITH_PREJUDICE = "vol_dismissed_wp", "Voluntarily dismissed with prejudice"
        STIPULATED_WITHOUT_PREJUDICE = "stip_dismissed_wop", "Dismissed by stipulation without prejudice"
        STIPULATED_WITH_PREJUDICE = "stip_dismissed_wp", "Dismissed by stipulation with prejudice"
        DISMISSED_BY_COURT = "dismissed_by_court", "Dismissed by the court"
        SETTLED = "settled", "Settled"
        JUDGMENT_PLAINTIFF = "judgment_plaintiff", "Judgment for plaintiff"
        JUDGMENT_DEFENDANT = "judgment_defendant", "Judgment for defendant"
        TRANSFERRED = "transferred", "Transferred"
        REMANDED = "remanded", "Remanded"
        CONSOLIDATED = "consolidated", "Consolidated"
        OTHER = "other", "Other"

    class Source(models.TextChoices):
        MANUAL = "manual", "Entered by hand"
        PACER = "pacer", "PACER docket sheet"
        ACMS = "acms", "ACMS appellate docket"
        COURTLISTENER = "courtlistener", "CourtListener"
        SYNTHETIC = "synthetic", "Synthetic test data"

    class Access(models.TextChoices):
        FIRM = "firm", "Open to the firm"
        TEAM = "team", "Restricted to its team"

    class Certification(models.TextChoices):
        NOT_CERTIFIED = "not_certified", "Proposed, not certified"
        MOTION_PENDING = "motion_pending", "Certification motion pending"
        CERTIFIED = "certified", "Certified"
        DENIED = "denied", "Certification denied"
        DECERTIFIED = "decertified", "Decertified"

    court = models.ForeignKey(Court, on_delete=models.PROTECT, related_name="cases", db_index=False)
    docket_number = models.CharField(
        max_length=40,
        help_text='Normalized: "5:25-cv-00709". Judge initials are kept apart below.',
    )
    dn_office = models.CharField(
        "office", max_length=2, blank=True, help_text='The divisional office code: "5" is San Jose in N.D. Cal.'
    )
    dn_year = models.PositiveSmallIntegerField(
        "year", null=True, blank=True, help_text="The year the number was issued."
    )
    dn_case_type = models.CharField(
        "case type",
        max_length=5,
        blank=True,
        help_text='"cv" civil, "cr" criminal, "md" multidistrict, "mj" magistrate.',
    )
    dn_sequence = models.PositiveIntegerField("sequence", null=True, blank=True, help_text="The case's serial number.")
    dn_judge_initials = models.CharField(
        "judge initials", max_length=20, blank=True, help_text='Initials suffixed to the number: "EJD" or "WKW-SRW".'
    )
    case_name = models.CharField(max_length=500, help_text="The full caption name.")
    short_name = models.CharField(max_length=200, blank=True, help_text='As cited: "De La Torre v. LinkedIn Corp."')
    division = models.CharField(max_length=60, blank=True, help_text='The court\'s division: "San Jose Division".')
    nature_of_suit = models.TextField(
        blank=True,
        help_text='The civil cover sheet\'s nature-of-suit code and title: "890 Other Statutory Actions". An '
        "adversary proceeding lists each of its causes with its code, so it is kept whole, however long.",
    )
    demand = models.CharField(
        max_length=100,
        blank=True,
        default="",
        db_default="",  # bulk loads (COPY) that name no demand get none, as the ORM gives
        help_text='The amount demanded, as the docket gives it: "$564652000".',
    )
    cause = models.CharField(
        max_length=200, blank=True, help_text='The statute cited on the cover sheet: "28:1331 Fed. Question".'
    )
    jurisdiction_basis = models.CharField(
        max_length=60, blank=True, help_text='The basis of jurisdiction: "Federal Question", "Diversity".'
    )
    jury_demand = models.CharField(
        max_length=30, blank=True, help_text='Who demanded a jury: "Plaintiff", "Both", "None".'
    )
    assigned_to = models.CharField(max_length=120, blank=True, help_text="The assigned judge.")
    referred_to = models.CharField(
        max_length=120, blank=True, help_text="The magistrate judge the case is referred to."
    )
    date_filed = models.DateField(null=True, blank=True, help_text="The day the complaint was filed.")
    date_terminated = models.DateField(null=True, blank=True, help_text="The day the case ended on the docket.")
    date_converted = models.DateField(
        null=True, blank=True, help_text="Bankruptcy: the day the case was converted to another chapter."
    )
    date_discharged = models.DateField(
        null=True, blank=True, help_text="Bankruptcy: the day the debtor was granted a discharge."
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    disposition = models.CharField(
        max_length=30, choices=Disposition.choices, blank=True, help_text="How the case ended. Blank while it is open."
    )
    is_class_action = models.BooleanField(
        "class action", default=False, help_text="Brought on behalf of a proposed class."
    )
    class_definition = models.TextField(blank=True, help_text="The class as the complaint defines it.")
    class_certification = models.CharField(
        max_length=20, choices=Certification.choices, blank=True, help_text="Where certification stands under Rule 23."
    )
    class_notes = models.TextField(
        blank=True, help_text="Reported size, exclusions and other notes on the proposed class."
    )
    source = models.CharField(
        max_length=20,
        choices=Source.choices,
        default=Source.MANUAL,
        help_text="Where the record came from. Synthetic cases are generated test data, never real matters.",
    )
    matter_number = models.CharField(
        max_length=40,
        blank=True,
        default="",
        db_default="",  # bulk loads (COPY) that name no matter get none, as the ORM gives
        help_text='The firm\'s client-matter number: "10234-0007". Unique; blank until someone assigns it.',
    )
    client = models.ForeignKey(
        "cases.Party",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="client_matters",
        help_text="The firm's client: one of the case's parties.",
    )
    responsible_attorney = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="responsible_matters",
        help_text="The attorney answerable for the matter.",
    )
    access = models.CharField(
        max_length=10,
        choices=Access.choices,
        default=Access.FIRM,
        db_default=Access.FIRM,
        help_text="Open to every user with a role, or only to the case's team and Administrators. "
        "A screen keeps a user out either way.",
    )
    search_vector = SearchVectorField(
        null=True,
        editable=False,
        help_text="Docket number, names, parties and counsel, kept current by database triggers on PostgreSQL.",
    )
    docket_vector = SearchVectorField(
        null=True,
        editable=False,
        help_text="Every word of the case's docket text (lexemes only), kept current by triggers on PostgreSQL.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["search_vector", "docket_vector"])

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-date_filed", "court_id", "docket_number"]
        permissions = [
            ("access_restricted_case", "Can see every restricted case, except one the user is screened from"),
        ]
        constraints = [
            models.UniqueConstraint(
                Lower("matter_number"),
                condition=~Q(matter_number=""),
                name="case_matter_number_unique",
                violation_error_message="Another case already has this matter number.",
            ),
            models.UniqueConstraint(
                fields=["court", "docket_number"],
                name="case_docket_number_unique_in_court",
                violation_error_message="A case with this docket number already exists in this court.",
            ),
            models.CheckConstraint(
                condition=Q(date_terminated__isnull=True)
                | Q(date_filed__isnull=True)
                | Q(date_terminated__gte=models.F("date_filed")),
                name="case_terminated_not_before_filed",
                violation_error_message="A case cannot terminate before it was filed.",
            ),
            models.CheckConstraint(
                condition=Q(status="terminated", date_terminated__isnull=False)
                | (~Q(status="terminated") & Q(date_terminated__isnull=True)),
                name="case_terminated_status_matches_date",
                violation_error_message="A terminated case needs its termination date; an open case has none.",
            ),
            models.CheckConstraint(
                condition=Q(disposition="") | Q(status="terminated"),
                name="case_disposition_only_when_terminated",
                violation_error_message="Only a terminated case has a disposition.",
            ),
        ]
        indexes = [
            # Each carries the id, so that a count under the access rule (which tests ids) reads the index alone.
            models.Index(fields=["status", "-date_filed"], include=["id"], name="case_status_filed_idx"),
            models.Index(fields=["-date_filed", "-id"], name="case_filed_idx"),
            models.Index(fields=["-date_terminated", "-id"], name="case_terminated_idx"),
            models.Index(fields=["case_name", "id"], name="case_name_idx"),
            models.Index(fields=["docket_number", "id"], name="case_docket_number_idx"),
            models.Index(fields=["court", "-date_filed"], include=["id"], name="case_court_filed_idx"),
            models.Index(fields=["id"], condition=Q(access="team"), name="case_restricted_idx"),
            # A docket number searched without its office ("25-00709") is looked up by year and sequence.
            models.Index(fields=["dn_sequence", "dn_year"], name="case_number_parts_idx"),
        ]

    def __str__(self):
        return f"{self.short_name or self.case_name}, No. {self.docket_number} ({self.court_id})"

    def get_absolute_url(self):
        return reverse("casefile:case", args=[self.pk])

    def clean(self):
        """Store the docket number in its one normalized form, with its parts, read as its court writes it."""
        try:
            parsed = parse_docket_number(self.docket_number, kind=self.court.kind if self.court_id else None)
        except ValidationError as error:
            raise ValidationError({"docket_number": error}) from None
        self.docket_number = parsed.normalized
        self.dn_office, self.dn_year, self.dn_case_type = parsed.office, parsed.year, parsed.case_type
        self.dn_sequence = parsed.sequence
        self.dn_judge_initials = parsed.judge_initials or self.dn_judge_initials
        self.matter_number = self.matter_number.strip()
        if self.client_id and not (self.pk and self.case_parties.filter(party_id=self.client_id).exists()):
            raise ValidationError({"client": "The client must be one of the case's parties."})

    @property
    def is_restricted(self):
        return self.access == self.Access.TEAM

    @property
    def is_terminated(self):
        return self.status == self.Status.TERMINATED

    @property
    def days_open(self) -> int | None:
        """Days from filing to termination, or to today (the site's time zone) while the case is open."""
        if self.date_filed is None:
            return None
        return ((self.date_terminated or timezone.localdate()) - self.date_filed).days

    @property
    def time_zone(self) -> str:
        """The zone the case's hearings are set in: its court's, or its division's where that differs."""
        return division_zone(self.court_id, self.division, self.court.time_zone)

    @property
    def title(self):
        return self.short_name or self.case_name
