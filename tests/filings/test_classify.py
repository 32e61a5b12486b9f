"""The event type a docket entry is, read from its text."""

import pytest

from filings.classify import MOTION_FILED, entry_kinds, event_type_code


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
        ("20 DAY Summons Issued re Complaint", "summons"),
        ("Arrest of Jose Miguel Santana-Esmeralda", None),
    ],
)
def test_event_types_are_read_from_the_start_of_the_text(text, code):
    """Clear openings are classified; anything unclear is left without a type."""
    assert event_type_code(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "MOTION(S) REFERRED: 2 MOTION to Proceed In Forma Pauperis. This motion is now pending before the USMJ.",
            None,
        ),
        ("Motions No Longer Referred: 12 MOTION for Leave to Appeal in forma pauperis.", None),
        ("Joint MOTION for Extension of Time to Indict by Jose Miguel Santana-Esmeralda.", "motion"),
        ("AMENDED Joint MOTION for Extension of Time to Indict by Jose Miguel Santana-Esmeralda.", "motion"),
        ("Ex Parte MOTION to Substitute Document - Rec. Doc. 37 by Ricky Babin.", "motion"),
        ("Unopposed MOTION to Continue Trial by Acme Corp.", "motion"),
        ("Consent MOTION to Stay Discovery by all parties.", "motion"),
        ("First MOTION for Extension of Time responsive pleadings to Complaint by Ricky Babin.", "motion"),
        ("Oral MOTION to Detain (flight) by USA as to Jose Alfredo Pacheco-Ramos.", "motion"),
        ("Joint MOTION to Dismiss for lack of jurisdiction by all defendants.", "motion_to_dismiss"),
        ("Cook County Republican Party MOTION for preliminary injunction", "motion"),
        ("Notice of Motion; defendant's MOTION to suppress evidence ; memorandum of law", "motion"),
        (
            "NOTICE OF MOTION AND MOTION to Dismiss for lack of personal jurisdiction filed by Daffy's Inc.",
            "motion_to_dismiss",
        ),
        ("NOTICE of Motion by James Joseph Mcquaid for presentment of motion for preliminary injunction 5", "notice"),
        ("COURT ORDER denying Motion to recall mandate filed by Appellant Mr. Lucas Roddy.", "order"),
        ("GENERAL ORDER: All pleadings and other papers filed under seal shall be maintained under seal.", "order"),
        ("CLERK ORDER dismissing appeal pursuant to 5th Circuit Rule 42.", "order"),
        ("PROPOSED ORDER EX PARTE REQUEST FOR RETURN OF PASSPORT", None),
        ("Notice of filing complaint in the state court", "notice"),
        ("SEALED COMPLAINT as to DOUGLAS HAIG (1).", "complaint"),
        ("Government's OPPOSITION to defendant's motion to suppress evidence", "opposition"),
        ("US ATTORNEY'S NOTICE OF APPEARANCE. Neel Kapur appearing for USA, filed.", "notice_of_appearance"),
        ("CLERK'S NOTICE re completion of In Forma Pauperis affidavit", "notice"),
        ("Summons Returned Unexecuted in case as to Keith Moultry", None),
        ("SUMMONS Returned Executed. Ricky Babin served on 11/21/2019, answer due 12/12/2019.", "summons_returned"),
        ("Judgment Returned Executed as to Jose Alfredo Pacheco-Ramos on 2/17/2015.", None),
        (
            "STIPULATION AND ORDER for voluntary dismissal of the entire action pursuant to FRCP 41(a)(1)",
            "stipulated_dismissal",
        ),
        ("ORDER re status hearing held on 3/4/2024", "order"),
        ("Pretrial Conference held before Judge Shira A. Scheindlin .", "minute_entry"),
        ("Appearance BOND ENTERED as to Daniel Beshears in amount of $5,000", None),
    ],
)
def test_the_document_named_first_is_read_past_its_qualifiers(text, code):
    """Joint, Ex Parte, First, a filer's name and the like are skipped; a clerk's notation about motions is none."""
    assert event_type_code(text) == code


def test_a_clerks_referral_of_a_motion_is_no_motion_filed():
    """ "MOTION(S) REFERRED" starts no response clock, while the motion it refers to does."""
    assert entry_kinds("MOTION(S) REFERRED: 26 First MOTION for Extension of Time.", None) == set()
    assert entry_kinds(
        "First MOTION for Extension of Time responsive pleadings to Complaint by Ricky Babin.", None
    ) == {MOTION_FILED}
