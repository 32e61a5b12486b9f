"""The event type a docket entry is, read from its text."""

import pytest

from filings.classify import event_type_code


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
