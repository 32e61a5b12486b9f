"""Parties, their roles in cases, and the counsel who appear for them."""

import re

from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce, Lower
from django.urls import reverse
from simple_history.models import HistoricalRecords

from ..access import CaseOwnedQuerySet, PartyQuerySet
from .case import Case


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

    objects = PartyQuerySet.as_manager()

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
    APPELLANT = "appellant", "Appellant"
    APPELLEE = "appellee", "Appellee"
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

    objects = CaseOwnedQuerySet.as_manager()

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


# A firm's legal form and punctuation vary from sheet to sheet ("Morrison & Foerster LLP", "MORRISON AND FOERSTER,
# L.L.P."); the match key drops them so an import finds the firm it already has.
FIRM_FORMS = {"llp", "lllp", "llc", "lp", "pc", "pllc", "plc", "pa", "apc", "lpa", "ltd", "inc", "chartered", "co"}


def firm_key(name: str) -> str:
    """The firm's name with case, "&"/"and", punctuation and a trailing legal form set aside."""
    words = re.sub(r"[^\w\s]", "", re.sub(r"\s*&\s*", " and ", name.casefold()).replace(".", "")).split()
    while len(words) > 1 and words[-1] in FIRM_FORMS:
        words.pop()
    return " ".join(words)[:300]


class LawFirm(models.Model):
    name = models.CharField(max_length=300, help_text="The firm or office name.")
    match_key = models.CharField(
        max_length=300,
        blank=True,
        db_index=True,
        editable=False,
        help_text="The name as imports compare it: no case, punctuation or legal form. Kept from the name.",
    )
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

    def save(self, *args, **kwargs):
        self.match_key = firm_key(self.name)
        super().save(*args, **kwargs)


class Attorney(models.Model):
    """Counsel, once per name and firm: the same name at another firm, or with none, is another row."""

    name = models.CharField(max_length=200)
    firm = models.ForeignKey(
        LawFirm,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="attorneys",
        help_text="The firm the attorney appears from. A firm with attorneys cannot be deleted; move them first.",
    )
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=60, blank=True)
    fax = models.CharField(max_length=60, blank=True)
    address = models.TextField(blank=True, help_text="The mailing address as the docket gives it.")
    bar_number = models.CharField(max_length=40, blank=True, help_text="State bar number, when known.")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="attorney_records",
        help_text="The firm's user who is this attorney: the cases this attorney appears in are that user's "
        "cases, and their deadlines are on that user's calendar.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "attorneys"
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                Coalesce("firm", 0, output_field=models.BigIntegerField()),  # no firm is one firm, not many
                name="attorney_identity_unique",
                violation_error_message="An attorney with this name already exists at this firm.",
            )
        ]

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

    objects = CaseOwnedQuerySet.through("case_party__case").as_manager()

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

    @property
    def is_pro_se(self) -> bool:
        """The party appears for itself: PACER lists a pro se party as its own attorney, or designates it so."""
        same_name = " ".join(self.attorney.name.casefold().split()) == " ".join(
            self.case_party.party.name.casefold().split()
        )
        return same_name or "pro se" in self.designation.casefold()
