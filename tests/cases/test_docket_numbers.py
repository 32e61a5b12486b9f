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


@pytest.mark.parametrize(
    ("raw", "normalized", "office", "year", "case_type", "sequence", "judges"),
    [
        ("8-09-78584-ast", "8:09-78584", "8", 2009, "", 78584, "AST"),
        ("1-10-41177", "1:10-41177", "1", 2010, "", 41177, ""),
        ("8:09-78584", "8:09-78584", "8", 2009, "", 78584, ""),
        ("2:09-bk-12345-ABC", "2:09-bk-12345", "2", 2009, "bk", 12345, "ABC"),
        ("2:09-ap-00844", "2:09-ap-00844", "2", 2009, "ap", 844, ""),
        ("2:09-AP-844-SSC", "2:09-ap-00844", "2", 2009, "ap", 844, "SSC"),
        ("09-01182-smb", "09-01182", "", 2009, "", 1182, "SMB"),
        ("10-00400-als7", "10-00400", "", 2010, "", 400, "ALS7"),
        ("08-42263", "08-42263", "", 2008, "", 42263, ""),
    ],
)
def test_parses_the_forms_bankruptcy_courts_use(raw, normalized, office, year, case_type, sequence, judges):
    """Each bankruptcy form parses to one normalized number, as a bankruptcy court's and as any court's."""
    for kind in ("bankruptcy", None):
        parsed = parse_docket_number(raw, kind=kind)
        assert (parsed.normalized, parsed.office, parsed.year) == (normalized, office, year)
        assert (parsed.case_type, parsed.sequence, parsed.judge_initials) == (case_type, sequence, judges)


@pytest.mark.parametrize(
    ("raw", "normalized", "year", "sequence"),
    [
        ("17-15589", "17-15589", 2017, 15589),
        ("23-7222", "23-7222", 2023, 7222),
        ("22-21", "22-21", 2022, 21),
        ("15-1074", "15-1074", 2015, 1074),
        ("22-0021", "22-21", 2022, 21),
        (" 23-7222 ", "23-7222", 2023, 7222),
        ("2023-1234", "2023-1234", 2023, 1234),
        ("2023-01234", "2023-1234", 2023, 1234),
    ],
)
def test_parses_the_forms_courts_of_appeals_use(raw, normalized, year, sequence):
    """An appellate number keeps the court's own form: the year as written, the sequence unpadded."""
    parsed = parse_docket_number(raw, kind="appellate")
    assert (parsed.normalized, parsed.year, parsed.sequence) == (normalized, year, sequence)
    assert (parsed.office, parsed.case_type, parsed.judge_initials) == ("", "", "")


@pytest.mark.parametrize(
    ("raw", "kind", "normalized"),
    [
        ("17-15589", "bankruptcy", "17-15589"),
        ("22-21", None, "22-21"),
        ("2023-1234", None, "2023-1234"),
        ("5:25-cv-709", "appellate", "5:25-cv-00709"),  # an appellate court's own district-form number
        ("MDL No. 2741", "special", "MDL No. 2741"),
    ],
)
def test_the_courts_kind_decides_how_a_number_is_read(raw, kind, normalized):
    """A court's kind picks the reading; with none, every form is tried, the appellate ones last."""
    assert parse_docket_number(raw, kind=kind).normalized == normalized


@pytest.mark.parametrize(("raw", "kind"), [("22-21", "district"), ("22-21", "bankruptcy"), ("2023-1234", "district")])
def test_appellate_forms_are_refused_for_other_courts(raw, kind):
    """A district or bankruptcy court writes no short year-sequence number: it is refused, not guessed."""
    with pytest.raises(ValidationError):
        parse_docket_number(raw, kind=kind)


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
