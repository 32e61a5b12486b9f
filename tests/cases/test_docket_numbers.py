import pytest
from django.core.exceptions import ValidationError

from cases.docket_numbers import full_year, parse_docket_number


@pytest.mark.parametrize(
    ("raw", "normalized", "office", "year", "case_type", "sequence", "judges"),
    [
        ("5:25-cv-00709", "5:25-cv-00709", "5", 2025, "cv", 709, ""),
        ("5:25-CV-709", "5:25-cv-00709", "5", 2025, "cv", 709, ""),
        (" 5:25-cv-00709-EJD ", "5:25-cv-00709", "5", 2025, "cv", 709, "EJD"),
        ("1:08-cv-00901-WKW-SRW", "1:08-cv-00901", "1", 2008, "cv", 901, "WKW-SRW"),
        ("1:17-cr-00201-ABJ-1", "1:17-cr-00201", "1", 2017, "cr", 201, "ABJ"),
        ("2:98-cv-01203", "2:98-cv-01203", "2", 1998, "cv", 1203, ""),
        ("17-80033", "17-80033", "", 2017, "", 80033, ""),
        ("MDL No. 2168", "MDL No. 2168", "", None, "", 2168, ""),
    ],
)
def test_parses_the_forms_courts_use(raw, normalized, office, year, case_type, sequence, judges):
    """Each form a federal court writes parses to one normalized number and its parts."""
    parsed = parse_docket_number(raw)
    assert (parsed.normalized, parsed.office, parsed.year) == (normalized, office, year)
    assert (parsed.case_type, parsed.sequence, parsed.judge_initials) == (case_type, sequence, judges)


@pytest.mark.parametrize("raw", ["", "hello", "5:25-cv", "25-cv-00709x", "5:25-cv-00709-", "No. 5:25-cv-00709 extra"])
def test_refuses_malformed_numbers_with_a_clear_message(raw):
    """A malformed number is refused with a message that shows the expected form."""
    with pytest.raises(ValidationError) as error:
        parse_docket_number(raw)
    assert "5:25-cv-00709" in error.value.messages[0]


def test_two_digit_years_pivot_on_next_year():
    """'98' is 1998 and '25' is 2025: only years beyond next year belong to the last century."""
    import datetime

    today = datetime.date(2026, 11, 22)
    assert full_year("27", today) == 2027
    assert full_year("28", today) == 1928
    assert full_year("00", today) == 2000
