"""Captions for every kind of docket: two sides of a "v.", an appeal's sides as taken below, and "In re"."""

import pytest

from cases.captions import case_caption_build
from cases.models import CaseParty, Party


def link(name, role, role_text=""):
    return CaseParty(party=Party(name=name), role=role, role_text=role_text)


def lines(caption):
    """The caption as it reads: names, then each side's role line."""
    if not caption.sides:
        return ["In re:", *[item.party.name for item in caption.in_re], caption.in_re_label]
    out = []
    for side in caption.sides:
        out += [item.party.name for item in side.links] or [side.missing]
        out.append(side.label + ("+" if side.more else ""))
    return out


def test_a_civil_case_names_plaintiffs_and_defendants():
    caption = case_caption_build([link("Jane Roe", "plaintiff"), link("Acme Corp.", "defendant")])
    assert lines(caption) == ["Jane Roe", "Plaintiff", "Acme Corp.", "Defendant"]


def test_petitioners_are_called_petitioners_not_plaintiffs():
    caption = case_caption_build(
        [link("A", "petitioner"), link("B", "petitioner"), link("Warden", "respondent", "Respondent")]
    )
    assert lines(caption) == ["A", "B", "Petitioners", "Warden", "Respondent"]


def test_an_appeal_keeps_the_sides_taken_below_in_the_sheets_words():
    parties = [
        link("Donald J. Trump", "appellant", "Defendant - Appellant"),
        link("State of Hawaii", "appellee", "Plaintiff - Appellee"),
        link("Ismail Elshikh", "appellee", "Plaintiff - Appellee"),
    ]
    caption = case_caption_build(parties, appellate=True)
    assert lines(caption) == [
        "State of Hawaii",
        "Ismail Elshikh",
        "Plaintiffs-Appellees",
        "Donald J. Trump",
        "Defendant-Appellant",
    ]


def test_an_appeal_with_plain_appellate_roles():
    caption = case_caption_build([link("Gifty Samuels", "appellant", "Appellant"), link("Bank", "appellee")])
    assert lines(caption) == ["Gifty Samuels", "Appellant", "Bank", "Appellee"]


def test_a_bankruptcy_case_is_in_re_its_debtors():
    parties = [link("Craig Meier", "debtor", "Debtor"), link("Pat Meier", "debtor", "Joint Debtor")]
    parties.append(link("U.S. Trustee", "trustee", "U.S. Trustee"))
    assert lines(case_caption_build(parties)) == ["In re:", "Craig Meier", "Pat Meier", "Debtors"]


def test_a_matter_with_no_sides_and_no_debtor_is_in_re_its_name():
    caption = case_caption_build([link("In re: Sealed Case", "other", "In re")], case_name="In re: Sealed Case")
    assert (caption.sides, caption.in_re, caption.in_re_name) == ([], [], "Sealed Case")


def test_a_case_with_no_parties_recorded_keeps_its_two_sides():
    caption = case_caption_build([], case_name="State of Hawaii v. Trump")
    assert lines(caption) == ["Plaintiffs not recorded", "Plaintiff", "Defendants not recorded", "Defendant"]


@pytest.mark.parametrize("count", [4, 7])
def test_more_than_three_on_a_side_is_et_al(count):
    caption = case_caption_build([link(f"P{n}", "plaintiff") for n in range(count)] + [link("D", "defendant")])
    assert len(caption.sides[0].links) == 3 and caption.sides[0].more
    assert caption.sides[0].label == "Plaintiffs"


def test_one_side_missing_says_so():
    caption = case_caption_build([link("Jane Roe", "plaintiff")])
    assert lines(caption) == ["Jane Roe", "Plaintiff", "Defendants not recorded", "Defendant"]


def test_odd_sheet_wording_falls_back_to_the_role_label():
    caption = case_caption_build([link("USA", "appellee", "AppelleeUSA"), link("Raji", "appellant", "Appellant")])
    assert lines(caption) == ["Raji", "Appellant", "USA", "Appellee"]
