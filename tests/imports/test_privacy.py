"""A bankruptcy party's identifier lines never reach the database; the rest of its description does."""

import pytest

from imports.privacy import identifiers_drop


@pytest.mark.parametrize(
    ("extra_info", "kept"),
    [
        ("3314 Seminole Ave\nLynwood, CA 90262\nSSN / ITIN: xxx-xx-7086", "3314 Seminole Ave\nLynwood, CA 90262"),
        ("JEFFERSON-KY\nTax ID / EIN: 36-4296082     ", "JEFFERSON-KY"),
        ("c/o Walter Oney, Esq.\nSSN / ITIN: xxx-xx-4753", "c/o Walter Oney, Esq."),
        ("EIN: 12-3456789", ""),
        ("Social Security No.: xxx-xx-1234\nBoston, MA 02114", "Boston, MA 02114"),
        ("Chapter 7 Trustee\n123 Main St., Suite 4", "Chapter 7 Trustee\n123 Main St., Suite 4"),
        ("", ""),
        (None, ""),
    ],
)
def test_identifier_lines_are_dropped_and_the_rest_kept(extra_info, kept):
    """SSN / ITIN and Tax ID / EIN lines go, label and number; addresses and words stay."""
    assert identifiers_drop(extra_info) == kept
