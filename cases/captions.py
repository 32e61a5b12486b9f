"""The caption of a case as court papers head it, for every kind of docket.

A civil case names its sides ("PLAINTIFF, Plaintiff, v. DEFENDANT, Defendant."); an appeal names them as the
court of appeals does, keeping the side each party took below ("STATE OF HAWAII, Plaintiff-Appellee, v. DONALD
J. TRUMP, Defendant-Appellant."); a bankruptcy case and any matter with no sides is "In re" its debtor or its
name. The sheet's own words for a role are used where they are a plain role; otherwise the role's label.
"""

import re
from dataclasses import dataclass, field

CAPTION_NAMES = 3  # court papers list the first few and then "et al."
FIRST_SIDE = {"plaintiff", "petitioner", "appellant"}
SECOND_SIDE = {"defendant", "respondent", "appellee"}
APPELLATE_ROLES = {"appellant", "appellee"}
# Words a caption's role line may be built from, as the sheet gives them ("Plaintiff - Appellee").
ROLE_WORDS = {"plaintiff", "defendant", "appellant", "appellee", "petitioner", "respondent", "intervenor", "cross"}
IN_RE_ROLES = {"debtor"}
# A matter with no adverse parties is named "In re ..." (or "In the Matter of", "Ex parte") in its own name.
IN_RE_NAME = re.compile(r"^\s*(?:in\s+re|in\s+the\s+matter\s+of|ex\s+parte)\b[\s:,]*", re.IGNORECASE)


@dataclass
class CaptionSide:
    links: list
    more: bool
    label: str
    missing: str = ""


@dataclass
class Caption:
    sides: list[CaptionSide] = field(default_factory=list)
    in_re: list = field(default_factory=list)  # the debtors of an "In re" caption
    in_re_more: bool = False
    in_re_label: str = ""
    in_re_name: str = ""  # the matter's own name after its "In re", when no debtor is named


def case_caption_build(links: list, *, appellate: bool = False, case_name: str = "") -> Caption:
    """The caption from the case's parties in page order (each a CaseParty with party loaded)."""
    first = [link for link in links if _side(link, appellate) == 1]
    second = [link for link in links if _side(link, appellate) == 2]
    debtors = [link for link in links if link.role in IN_RE_ROLES]
    named_in_re = IN_RE_NAME.match(case_name)
    if not (first or second) and debtors:
        label = _plural("Debtor", len(debtors))
        return Caption(in_re=debtors[:CAPTION_NAMES], in_re_more=len(debtors) > CAPTION_NAMES, in_re_label=label)
    if not (first or second) and named_in_re:
        return Caption(in_re_name=case_name[named_in_re.end() :].strip())
    return Caption(sides=[_caption_side(first, "Plaintiff"), _caption_side(second, "Defendant")])


def _side(link, appellate: bool) -> int:
    """1 for the first side of the "v.", 2 for the second, 0 for neither. An appellate party keeps the side it
    took below when the sheet's words say it ("Defendant - Appellant")."""
    if appellate or link.role in APPELLATE_ROLES:
        words = set(re.findall(r"[a-z]+", (link.role_text or "").lower()))
        if words & {"plaintiff", "petitioner"}:
            return 1
        if words & {"defendant", "respondent"}:
            return 2
    if link.role in FIRST_SIDE:
        return 1
    return 2 if link.role in SECOND_SIDE else 0


def _caption_side(links: list, default: str) -> CaptionSide:
    shown = links[:CAPTION_NAMES]
    count = len(links)
    if not links:
        return CaptionSide([], False, _plural(default, 1), missing=f"{default}s not recorded")
    label = _role_words(shown[0]) or shown[0].get_role_display()
    return CaptionSide(shown, count > CAPTION_NAMES, _plural(label, count))


def _role_words(link) -> str:
    """The sheet's words for the role when they are a plain role ("Plaintiff - Appellee" -> "Plaintiff-Appellee")."""
    text = (link.role_text or "").split(";")[0]
    words = re.findall(r"[A-Za-z]+", text)
    if not words or any(word.lower() not in ROLE_WORDS for word in words) or len(words) > 3:
        return ""
    return "-".join(word.capitalize() for word in words)


def _plural(label: str, count: int) -> str:
    if count <= 1:
        return label
    return "-".join(part if part.endswith("s") else f"{part}s" for part in label.split("-"))
