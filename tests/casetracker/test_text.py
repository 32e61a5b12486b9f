"""Bidirectional controls are shown as their codes, so a name cannot hide what follows it."""

import pytest

from casetracker.text import BIDI_CONTROLS, display_safe


def test_a_right_to_left_override_is_shown_as_its_code():
    """ "Invoice <RLO>fdp.exe" would read "Invoice exe.pdf"; shown, it reads what it is."""
    assert display_safe("Invoice \u202efdp.exe") == "Invoice [U+202E]fdp.exe"


@pytest.mark.parametrize("control", list(BIDI_CONTROLS))
def test_every_embedding_override_isolate_and_mark_is_shown(control):
    """U+202A-U+202E, U+2066-U+2069, LRM, RLM and the Arabic letter mark are all written out."""
    assert display_safe(f"a{control}b") == f"a[U+{ord(control):04X}]b"


def test_ordinary_text_in_any_script_is_left_alone():
    """Hebrew, Arabic and accented names need no controls and are unchanged."""
    text = "שרה כהן · محمد علي · Peña & Müller LLP"
    assert display_safe(text) is text


def test_the_list_is_the_unicode_bidi_controls():
    """Exactly the embeddings, overrides, isolates and the three marks."""
    expected = {0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
    assert {ord(char) for char in BIDI_CONTROLS} == expected
