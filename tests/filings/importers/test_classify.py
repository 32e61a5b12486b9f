"""Party types, party kinds and event types read from the sheet's words."""

import pytest

from filings.importers.classify import event_type_code, party_kind, party_role


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


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("COMPLAINT against Daffy's Inc (Filing fee $ 250 paid)", "complaint"),
        ("First AMENDED COMPLAINT against all defendants.", "amended_complaint"),
        ("ANSWER to Complaint by Daffy's Inc.", "answer"),
        ("MOTION to Dismiss for Lack of Jurisdiction", "motion_to_dismiss"),
        ("MOTION for Summary Judgment filed by USA", "motion_summary_judgment"),
        ("ORDER granting 12 Motion for Admission Pro Hac Vice", "order"),
        ("NOTICE OF VOLUNTARY DISMISSAL without prejudice", "notice_voluntary_dismissal"),
        ("STIPULATION of Dismissal with prejudice", "stipulated_dismissal"),
        ("JUDGMENT in favor of defendant", "judgment"),
        ("NOTICE of Appearance by Jane Doe", "notice_of_appearance"),
        ("Minute Entry for proceedings held before Judge Otero", "minute_entry"),
        ("20 DAY Summons Issued re Complaint", None),
        ("Arrest of Jose Miguel Santana-Esmeralda", None),
    ],
)
def test_event_types_are_read_from_the_start_of_the_text(text, code):
    """Clear openings are classified; anything unclear is left without a type."""
    assert event_type_code(text) == code
