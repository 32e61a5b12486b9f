"""What the importer never stores: the identifier lines a bankruptcy court prints under a party.

A bankruptcy docket lists each debtor with the last digits of a Social Security or taxpayer number
("SSN / ITIN: xxx-xx-4515", "Tax ID / EIN: 36-4296082"). They identify a person or a business, are
no part of the case a firm tracks, and are kept out of the party's description; the rest stays.
"""

import re

# The label, then its value: digits, masks ("xxx") and dashes. The court prints at most the last four digits of
# a person's number (Fed. R. Bankr. P. 9037); the app keeps none of it.
IDENTIFIER = re.compile(
    r"\b(?:SSN|ITIN|EIN|TIN|Tax\s*ID(?:\s*No\.?)?|Taxpayer\s+ID|Social\s+Security\s+(?:No\.?|Number))"
    r"(?:\s*/\s*(?:SSN|ITIN|EIN|TIN|Tax\s*ID))*\s*(?:#|No\.?)?\s*:\s*[0-9xX*#-]+(?:[ -][0-9xX*#-]+)*",
    re.IGNORECASE,
)


def identifiers_drop(text: str) -> str:
    """The text without its identifier lines ("SSN / ITIN: xxx-xx-4515"): each label and number is cut, and a
    line left empty goes."""
    lines = (IDENTIFIER.sub("", line).strip() for line in (text or "").splitlines())
    return "\n".join(line for line in lines if line)
