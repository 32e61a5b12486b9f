"""Courts and the catalogue of causes of action."""

import re
import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

# courts-db names district courts in short form, "District Court, M.D. Louisiana"; court papers write them out.
SHORT_DISTRICT = re.compile(
    r"^(?P<court>District Court|United States Bankruptcy Court), (?:(?P<part>[NSEWCM])\.)?\s*D\.\s+(?P<place>.+)$"
)
TRIAL_COURTS = {
    "District Court": "United States District Court",
    "United States Bankruptcy Court": "United States Bankruptcy Court",
}
DISTRICT_PARTS = {"N": "Northern", "S": "Southern", "E": "Eastern", "W": "Western", "C": "Central", "M": "Middle"}


def court_name_in_full(name: str) -> str:
    """A short district or bankruptcy court name ("District Court, M.D. Louisiana", "United States Bankruptcy Court,
    D. Arizona") written out as court papers do; others as is."""
    if match := SHORT_DISTRICT.match(name):
        part = f"{DISTRICT_PARTS[match['part']]} " if match["part"] else ""
        return f"{TRIAL_COURTS[match['court']]} for the {part}District of {match['place']}"
    if name.startswith("Court of Appeals for the "):
        return f"United States {name}"
    return name


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(f'"{value}" is not a time zone name such as "America/Los_Angeles".')


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
    pacer_id = models.CharField(
        "PACER id",
        max_length=20,
        blank=True,
        help_text='PACER\'s own id for the court where it differs from the id above: "azb" for the Bankruptcy Court '
        'for the District of Arizona, which courts-db and CourtListener call "arb". Blank where they agree.',
    )
    name = models.CharField(max_length=200, help_text="The court's full name.")
    citation = models.CharField(max_length=60, blank=True, help_text='The court as a citation writes it: "N.D. Cal."')
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.DISTRICT)
    location = models.CharField(max_length=100, blank=True, help_text="The state or territory.")
    is_active = models.BooleanField(default=True, help_text="False for courts that no longer sit.")
    time_zone = models.CharField(
        max_length=40,
        default="America/New_York",
        validators=[validate_time_zone],
        help_text='Where the court sits, as the time zone database names it: "America/Los_Angeles". Hearings are '
        "set in this zone. Divisions across a zone line are handled in cases/court_zones.py.",
    )
    applies_state_holidays = models.BooleanField(
        default=False,
        help_text="Counts its state's legal holidays too when computing periods measured after an event "
        "(Fed. R. Civ. P. 6(a)(6)(C)), as some districts' local rules direct.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["pacer_id"],
                condition=~models.Q(pacer_id=""),
                name="court_pacer_id_unique",
                violation_error_message="Another court already has this PACER id.",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.citation})" if self.citation else self.name

    @property
    def caption_name(self) -> str:
        """The court as a caption heads a paper: "United States District Court for the Middle District of
        Louisiana", whichever form its stored name takes."""
        return court_name_in_full(self.name)


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
