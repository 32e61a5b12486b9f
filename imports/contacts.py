"""Attorney contact blocks and roles, as PACER prints them under each party.

A contact block is the firm, the address, the phone, and labelled lines:

    Doniger Law Firm
    300 Corporate Pointe Suite 355
    Culver City , CA 90230
    310-570-1820
    Fax: 310-417-3538
    Email: scott@donigerlawfirm.com

Roles are PACER's flags: "LEAD ATTORNEY", "ATTORNEY TO BE NOTICED", "PRO HAC VICE",
"TERMINATED: 06/22/2009" and "Designation: CJA Appointment".
"""

import re
from dataclasses import dataclass
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

PHONE = re.compile(r"^(?:Phone:\s*)?(?=(?:\D*\d){7})[\d()\s./-]+(?:\s*(?:x|ext\.?)\s*\d+)?$", re.IGNORECASE)
# Appellate CM/ECF labels an attorney's own line "Direct:" and the firm's "Firm:", and lists the direct one first.
LABELLED = re.compile(
    r"^(?P<label>Email|E-mail|Fax|Designation|Phone|Tel|Direct|Firm|Cell|Mobile)\s*:\s*(?P<value>.*)$", re.IGNORECASE
)
# A first line that starts the street address rather than naming a firm.
STREET = re.compile(r"^(?:\d|P\.?\s?O\.?\s+Box|Post Office Box|Suite|Ste\.?\s|#)", re.IGNORECASE)
PRO_SE = "PRO SE"
APPELLATE_FLAGS = {"COR", "LD", "NTC"}
TERMINATED = re.compile(r"^TERMINATED:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})$", re.IGNORECASE)


@dataclass
class Contact:
    firm: str = ""
    address: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    designation: str = ""


@dataclass
class Roles:
    is_lead: bool = False
    to_be_noticed: bool = False
    pro_hac_vice: bool = False
    designation: str = ""
    date_terminated: date | None = None


def contact_parse(block: str) -> Contact:
    """Split a contact block into firm, address, phone, fax, email and designation."""
    contact, rest = Contact(), []
    for line in (" ".join(line.split()) for line in (block or "").splitlines()):
        if line and not _labelled_line(contact, line):
            rest.append(line)
    is_pro_se = any(line.upper() == PRO_SE for line in rest)
    rest = [line for line in rest if line.upper() != PRO_SE]
    if rest and not is_pro_se and not STREET.match(rest[0]):
        contact.firm = rest.pop(0)
    contact.address = "\n".join(rest)
    return contact


def _labelled_line(contact: Contact, line: str) -> bool:
    """Take a phone, fax, email or designation line into the contact. False for any other line."""
    match = LABELLED.match(line)
    if match is None:
        if PHONE.match(line) and not contact.phone:
            contact.phone = line
            return True
        return False
    label, value = match["label"].lower(), match["value"].strip()
    if label in ("email", "e-mail"):
        if not _is_email(value):
            return False  # kept in the address rather than lost
        contact.email = value
    elif label == "fax":
        contact.fax = value
    elif label == "designation":
        contact.designation = value
    elif not PHONE.match(value):
        return False  # "Firm: Smith LLP" names the firm; the line stays with the address
    else:
        contact.phone = contact.phone or value
    return True


def _is_email(value: str) -> bool:
    try:
        validate_email(value)
    except ValidationError:
        return False
    return True


def appellate_roles_parse(roles: list[str]) -> Roles:
    """Read appellate CM/ECF's notice flags for one attorney: "COR LD NTC Retained" is counsel of record (COR),
    lead (LD), to be noticed (NTC), retained; the words after the flags ("Retained", "Pro Se", "CJA Appointment",
    "US Attorney") are the designation."""
    parsed = Roles()
    for role in roles:
        words = role.split()
        flags = {word.upper() for word in words if word.upper() in APPELLATE_FLAGS}
        parsed.is_lead = parsed.is_lead or "LD" in flags
        parsed.to_be_noticed = parsed.to_be_noticed or "NTC" in flags
        designation = " ".join(word for word in words if word.upper() not in APPELLATE_FLAGS)
        parsed.designation = parsed.designation or designation
    return parsed


def roles_parse(roles: list[str]) -> Roles:
    """Read PACER's role flags for one attorney."""
    parsed = Roles()
    for role in (" ".join(role.split()) for role in roles):
        upper = role.upper()
        if upper == "LEAD ATTORNEY":
            parsed.is_lead = True
        elif upper == "ATTORNEY TO BE NOTICED":
            parsed.to_be_noticed = True
        elif upper == "PRO HAC VICE":
            parsed.pro_hac_vice = True
        elif upper.startswith("DESIGNATION:"):
            parsed.designation = role.split(":", 1)[1].strip()
        elif match := TERMINATED.match(role):
            parsed.date_terminated = datetime.strptime(match["date"], "%m/%d/%Y").date()
    return parsed
