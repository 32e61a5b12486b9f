"""Identifiers no sheet may carry into the database: alien registration numbers (A-numbers).

Immigration dockets print a petitioner's A-number beside the name, in the originating case's number and in
docket text. Like a social security number it identifies a person to the government, and the courts keep it
out of public filings, so every text a reader produces is scrubbed before anything sees it.
"""

import dataclasses
import re

WITHHELD = "[A-number withheld]"
# "A012345678", "A012-345-678", "A 12 345 678", "A#012345678": an A and eight or nine digits, spaced or dashed.
A_NUMBER = re.compile(r"(?<![A-Za-z0-9])A\s?[#:-]?\s?(?:\d{2,3}([\s-]?)\d{3}\1\d{3}|\d{8,9})(?!\d)")
# The digits alone, after a label that says what they are: "Alien No. 012345678", "A-Number: 012-345-678".
LABELLED = re.compile(
    r"\b(?P<label>(?:A-?\s?(?:number|no\.?)|alien(?:\s+registration)?\s+(?:number|no\.?))\s*[#:]?\s*)"
    r"(?:\d{2,3}([\s-]?)\d{3}\2\d{3}|\d{8,9})(?!\d)",
    re.IGNORECASE,
)


def a_numbers_removed(text: str) -> str:
    """The text with every A-number replaced by a mark saying one was withheld."""
    if not text:
        return text
    text = LABELLED.sub(lambda match: match["label"] + WITHHELD, text)
    return A_NUMBER.sub(WITHHELD, text)


def only_withheld(text: str) -> bool:
    """True for a text that held nothing but an A-number: "A022-317-477, " once scrubbed."""
    return text.replace(WITHHELD, "").strip(" ,;:.-\u00a0\t\n") == ""


def sheet_scrub(item) -> None:
    """Remove A-numbers from every text of a sheet, in place: the case, parties, counsel, entries, warnings."""
    for value_field in dataclasses.fields(item):
        value = getattr(item, value_field.name)
        if isinstance(value, str):
            setattr(item, value_field.name, a_numbers_removed(value))
        elif isinstance(value, list):
            for index, element in enumerate(value):
                if isinstance(element, str):
                    value[index] = a_numbers_removed(element)
                elif dataclasses.is_dataclass(element):
                    sheet_scrub(element)
        elif dataclasses.is_dataclass(value):
            sheet_scrub(value)
