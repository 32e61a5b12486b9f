"""Courts, cases, parties, counsel and claims.

Every legally meaningful field carries help_text, so this module doubles as
the data dictionary. Structure lives here; what events do to a case lives in
services.
"""

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from simple_history.models import HistoricalRecords

from .docket_numbers import parse_docket_number


class Court(models.Model):
    class Kind(models.TextChoices):
        DISTRICT = "district", "District court"
        BANKRUPTCY = "bankruptcy", "Bankruptcy court"
        APPELLATE = "appellate", "Court of appeals"
        SPECIAL = "special", "Special court"

    id = models.CharField(
        primary_key=True,
        max_length=20,
        help_text='PACER\'s court id, as courts-db spells it: "cand" for the Northern District of California.',
    )
    name = models.CharField(max_length=200, help_text="The court's full name.")
    citation = models.CharField(max_length=60, blank=True, help_text='The court as a citation writes it: "N.D. Cal."')
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.DISTRICT)
    location = models.CharField(max_length=100, blank=True, help_text="The state or territory.")
    is_active = models.BooleanField(default=True, help_text="False for courts that no longer sit.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.citation})" if self.citation else self.name


class CauseOfAction(models.Model):
    """An entry in the catalogue of causes of action that claims are drawn from."""

    name = models.CharField(max_length=200, unique=True, help_text='For example "Breach of contract".')
    statute = models.CharField(
        max_length=200,
        blank=True,
        help_text='The statute or rule the cause rests on, as cited: "18 U.S.C. § 2701 et seq." '
        "Blank for common-law causes.",
    )
    description = models.TextField(blank=True, help_text="What a plaintiff must show, in a sentence or two.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "causes of action"

    def __str__(self):
        return f"{self.name} ({self.statute})" if self.statute else self.name


class CaseQuerySet(models.QuerySet):
    def for_user(self, user):
        """The cases this user may see. Matter-level walls will narrow this one place."""
        if user.is_active and user.has_perm("cases.view_case"):
            return self
        return self.none()


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
        COURTLISTENER = "courtlistener", "CourtListener"
        SYNTHETIC = "synthetic", "Synthetic test data"

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
    nature_of_suit = models.CharField(
        max_length=100,
        blank=True,
        help_text='The civil cover sheet\'s nature-of-suit code and title: "890 Other Statutory Actions".',
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
        permissions = [("export_report", "Can export docket and timeline reports")]
        constraints = [
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
            models.Index(fields=["status", "-date_filed"], name="case_status_filed_idx"),
            models.Index(fields=["-date_filed", "-id"], name="case_filed_idx"),
            models.Index(fields=["-date_terminated", "-id"], name="case_terminated_idx"),
            models.Index(fields=["case_name", "id"], name="case_name_idx"),
            models.Index(fields=["docket_number", "id"], name="case_docket_number_idx"),
            models.Index(fields=["court", "-date_filed"], name="case_court_filed_idx"),
        ]

    def __str__(self):
        return f"{self.short_name or self.case_name}, No. {self.docket_number} ({self.court_id})"

    def get_absolute_url(self):
        return reverse("cases:detail", args=[self.pk])

    def clean(self):
        """Store the docket number in its one normalized form, with its parts."""
        try:
            parsed = parse_docket_number(self.docket_number)
        except ValidationError as error:
            raise ValidationError({"docket_number": error}) from None
        self.docket_number = parsed.normalized
        self.dn_office, self.dn_year, self.dn_case_type = parsed.office, parsed.year, parsed.case_type
        self.dn_sequence = parsed.sequence
        self.dn_judge_initials = parsed.judge_initials or self.dn_judge_initials

    @property
    def is_terminated(self):
        return self.status == self.Status.TERMINATED

    @property
    def title(self):
        return self.short_name or self.case_name


class Party(models.Model):
    """One person or organization, once, however many cases it appears in."""

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANIZATION = "organization", "Organization"
        GOVERNMENT = "government", "Government"

    name = models.CharField(max_length=300, help_text="The party's name as the pleadings give it.")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    description = models.TextField(blank=True, help_text='What identifies it: "a subsidiary of Microsoft Corporation".')
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "parties"
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                name="party_name_unique_ci",
                violation_error_message="A party with this name already exists.",
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("cases:party", args=[self.pk])


class PartyRole(models.TextChoices):
    PLAINTIFF = "plaintiff", "Plaintiff"
    DEFENDANT = "defendant", "Defendant"
    CLASS_REPRESENTATIVE = "class_rep", "Putative class representative"
    PETITIONER = "petitioner", "Petitioner"
    RESPONDENT = "respondent", "Respondent"
    INTERVENOR = "intervenor", "Intervenor"
    COUNTER_CLAIMANT = "counter_claimant", "Counter claimant"
    COUNTER_DEFENDANT = "counter_defendant", "Counter defendant"
    CROSS_CLAIMANT = "cross_claimant", "Cross claimant"
    CROSS_DEFENDANT = "cross_defendant", "Cross defendant"
    THIRD_PARTY_PLAINTIFF = "third_party_plaintiff", "Third-party plaintiff"
    THIRD_PARTY_DEFENDANT = "third_party_defendant", "Third-party defendant"
    DEBTOR = "debtor", "Debtor"
    CREDITOR = "creditor", "Creditor"
    TRUSTEE = "trustee", "Trustee"
    MOVANT = "movant", "Movant"
    INTERESTED_PARTY = "interested_party", "Interested party"
    AMICUS = "amicus", "Amicus"
    OTHER = "other", "Other"


class CaseParty(models.Model):
    """A party's role in one case."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="case_parties", db_index=False)
    party = models.ForeignKey(Party, on_delete=models.PROTECT, related_name="case_roles")
    role = models.CharField(max_length=30, choices=PartyRole.choices, help_text="The party's role in this case.")
    role_text = models.CharField(
        max_length=100,
        blank=True,
        help_text='The role exactly as the docket sheet words it, when it says more: "Plaintiff-Appellee".',
    )
    description = models.CharField(
        max_length=500,
        blank=True,
        help_text='How the caption describes it here: "individually and on behalf of all others similarly situated".',
    )
    date_terminated = models.DateField(null=True, blank=True, help_text="The day the party left this case.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["case", "role", "party__name"]
        verbose_name = "party in a case"
        verbose_name_plural = "parties in cases"
        constraints = [
            models.UniqueConstraint(
                fields=["case", "party", "role"],
                name="case_party_role_unique",
                violation_error_message="This party already has this role in this case.",
            )
        ]

    def __str__(self):
        return f"{self.party} ({self.get_role_display()})"


class LawFirm(models.Model):
    name = models.CharField(max_length=300, help_text="The firm or office name.")
    address = models.TextField(blank=True)
    phone = models.CharField(max_length=60, blank=True)
    website = models.URLField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                name="law_firm_name_unique_ci",
                violation_error_message="A firm with this name already exists.",
            )
        ]

    def __str__(self):
        return self.name


class Attorney(models.Model):
    name = models.CharField(max_length=200)
    firm = models.ForeignKey(LawFirm, on_delete=models.SET_NULL, null=True, blank=True, related_name="attorneys")
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=60, blank=True)
    fax = models.CharField(max_length=60, blank=True)
    address = models.TextField(blank=True, help_text="The mailing address as the docket gives it.")
    bar_number = models.CharField(max_length=40, blank=True, help_text="State bar number, when known.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "attorneys"

    def __str__(self):
        return f"{self.name} ({self.firm})" if self.firm_id else self.name


class Representation(models.Model):
    """Which attorney appears for which party in a case, and how."""

    case_party = models.ForeignKey(CaseParty, on_delete=models.CASCADE, related_name="representations", db_index=False)
    attorney = models.ForeignKey(Attorney, on_delete=models.PROTECT, related_name="representations")
    is_lead = models.BooleanField("lead attorney", default=False)
    to_be_noticed = models.BooleanField(
        "attorney to be noticed", default=False, help_text="Receives notices of electronic filing."
    )
    pro_hac_vice = models.BooleanField(default=False, help_text="Admitted for this case only.")
    designation = models.CharField(
        max_length=100, blank=True, help_text='As the docket designates: "Retained", "CJA Appointment".'
    )
    date_terminated = models.DateField(null=True, blank=True, help_text="The day the attorney stopped appearing.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["-is_lead", "attorney__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["case_party", "attorney"],
                name="representation_unique",
                violation_error_message="This attorney already appears for this party in this case.",
            )
        ]

    def __str__(self):
        return f"{self.attorney.name} for {self.case_party.party.name}"


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
