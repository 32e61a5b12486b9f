"""Reading the sheet's words into the app's categories: party roles and party kinds.

Each function answers only when the words are clear; otherwise it says "other"
or nothing, and the sheet's own wording is kept beside the category.
"""

import re

from cases.models import Party, PartyRole

# PACER's party types, lower-cased with punctuation and spaces dropped.
PARTY_ROLES = {
    "plaintiff": PartyRole.PLAINTIFF,
    "defendant": PartyRole.DEFENDANT,
    "petitioner": PartyRole.PETITIONER,
    "respondent": PartyRole.RESPONDENT,
    "intervenor": PartyRole.INTERVENOR,
    "intervenorplaintiff": PartyRole.INTERVENOR,
    "intervenordefendant": PartyRole.INTERVENOR,
    "counterclaimant": PartyRole.COUNTER_CLAIMANT,
    "counterplaintiff": PartyRole.COUNTER_CLAIMANT,
    "counterdefendant": PartyRole.COUNTER_DEFENDANT,
    "crossclaimant": PartyRole.CROSS_CLAIMANT,
    "crossplaintiff": PartyRole.CROSS_CLAIMANT,
    "crossdefendant": PartyRole.CROSS_DEFENDANT,
    "thirdpartyplaintiff": PartyRole.THIRD_PARTY_PLAINTIFF,
    "3rdpartyplaintiff": PartyRole.THIRD_PARTY_PLAINTIFF,
    "thirdpartydefendant": PartyRole.THIRD_PARTY_DEFENDANT,
    "3rdpartydefendant": PartyRole.THIRD_PARTY_DEFENDANT,
    "debtor": PartyRole.DEBTOR,
    "jointdebtor": PartyRole.DEBTOR,
    "debtorinpossession": PartyRole.DEBTOR,
    "creditor": PartyRole.CREDITOR,
    "trustee": PartyRole.TRUSTEE,
    "ustrustee": PartyRole.TRUSTEE,
    "movant": PartyRole.MOVANT,
    "interestedparty": PartyRole.INTERESTED_PARTY,
    "amicus": PartyRole.AMICUS,
    "amicuscuriae": PartyRole.AMICUS,
}
# "Consolidated Plaintiff", "Defendant (Consolidated)": the last plain word decides.
ROLE_WORDS = {"plaintiff": PartyRole.PLAINTIFF, "defendant": PartyRole.DEFENDANT}
# A bankruptcy court's types end in the word that says the role: "Successor Trustee", "Assistant U.S. Trustee",
# "Petitioning Creditor"; a committee is named for whom it speaks: "Creditor Committee" (the wording is kept beside).
HEAD_WORDS = {
    "trustee": PartyRole.TRUSTEE,
    "debtor": PartyRole.DEBTOR,
    "creditor": PartyRole.CREDITOR,
    "creditors": PartyRole.CREDITOR,
}
PTY = re.compile(r"\bpty\b")  # bankruptcy courts abbreviate "Party": "3rd Pty Defendant"
# An appellate docket gives the role below and the role in the appeal: "Defendant - Appellant", "Petitioner -
# Appellee / Cross-Appellant", "AppelleeUSA". The role in the appeal, written last, is the party's role in this
# case; a cross-appeal's word decides only when there is no other.
APPELLATE_WORDS = {
    "appellant": PartyRole.APPELLANT,
    "appellee": PartyRole.APPELLEE,
    "petitioner": PartyRole.PETITIONER,
    "respondent": PartyRole.RESPONDENT,
}
APPELLATE_WORD = re.compile(r"(cross\W*)?(appellant|appellee|petitioner|respondent)", re.IGNORECASE)

GOVERNMENT = re.compile(
    r"^(USA|United States\b|U\.S\.|State of|People of|Commonwealth of|County of|City of|District of Columbia)|"
    r"\b(Department|Dept\.?|Bureau|Agency|Commission|Service|Administration|Attorney General)\b",
    re.IGNORECASE,
)
ORGANIZATION = re.compile(
    r"\b(Inc|Incorporated|LLC|L\.L\.C|LLP|LP|Ltd|Corp|Corporation|Company|Co|Bank|Association|Assn|"
    r"Foundation|Trust|Group|Partners|University|College|Coalition|Union|Church|Institute|Society|"
    r"Agency|District|Authority|Hospital|Center|Holdings|Enterprises|Industries|N\.A|P\.C|PLLC|S\.A|GmbH)\b\.?",
    re.IGNORECASE,
)


def party_role(role_text: str) -> str:
    """Map a PACER party type ("Plaintiff", "Counter Defendant", "Special Master") to a PartyRole."""
    key = re.sub(r"[^a-z0-9]", "", role_text.lower())
    if key in PARTY_ROLES:
        return PARTY_ROLES[key]
    if role := bankruptcy_role(role_text):
        return role
    if role := appellate_role(role_text) or _part_role(role_text):
        return role
    words = re.findall(r"[a-z]+", role_text.lower())
    plain = [ROLE_WORDS[word] for word in words if word in ROLE_WORDS]
    return plain[-1] if len(set(plain)) == 1 else PartyRole.OTHER


def bankruptcy_role(role_text: str) -> str:
    """The role a bankruptcy court's type gives ("3rd Pty Defendant", "Liquidating Trustee"), or ""."""
    text = PTY.sub("party", role_text.lower())
    if (key := re.sub(r"[^a-z0-9]", "", text)) in PARTY_ROLES:
        return PARTY_ROLES[key]
    words = re.findall(r"[a-z]+", text)
    head = words[-2] if len(words) > 1 and words[-1] == "committee" else words[-1] if words else ""
    return HEAD_WORDS.get(head, "")


def appellate_role(role_text: str) -> str:
    """The role in the appeal an appellate party type gives, or "" for a type that names none."""
    found = APPELLATE_WORD.findall(role_text)
    words = [word for cross, word in found if not cross] or [word for _, word in found]
    return APPELLATE_WORDS[words[-1].lower()] if words else ""


def _part_role(role_text: str) -> str:
    """ "Intervenor - Pending": the first part of a type written in parts that is a type of its own."""
    parts = (re.sub(r"[^a-z0-9]", "", part) for part in re.split(r"\s[-/]\s|[,;(]", role_text.lower()))
    return next((PARTY_ROLES[part] for part in parts if part in PARTY_ROLES), "")


def party_kind(name: str) -> str:
    """Guess whether a party is a government, an organization or a person from its name."""
    if GOVERNMENT.search(name):
        return Party.Kind.GOVERNMENT
    if ORGANIZATION.search(name):
        return Party.Kind.ORGANIZATION
    return Party.Kind.PERSON
