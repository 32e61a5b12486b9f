"""Party types and party kinds read from the sheet's words."""

import pytest

from imports.classify import party_kind, party_role


@pytest.mark.parametrize(
    ("role_text", "role"),
    [
        ("Plaintiff", "plaintiff"),
        ("Counter Defendant", "counter_defendant"),
        ("ThirdParty Plaintiff", "third_party_plaintiff"),
        ("Joint Debtor", "debtor"),
        ("Interested Party", "interested_party"),
        ("Consolidated Plaintiff", "plaintiff"),
        ("Special Master", "other"),
        ("Material Witness", "other"),
        ("In Re", "other"),
    ],
)
def test_party_types_map_to_roles(role_text, role):
    """PACER's wording maps to the role it plainly means, and to "other" when it means none."""
    assert party_role(role_text) == role


def test_party_kinds_are_read_from_names():
    """USA is a government, an LLC an organization, a plain name a person."""
    assert [party_kind(n) for n in ["USA", "Deloitte & Touche LLP", "Lucas Joseph Roddy"]] == [
        "government",
        "organization",
        "person",
    ]
