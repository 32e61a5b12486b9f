"""axe-core's verdict on a page, for every browser test that checks one.

axe-core comes bundled in axe-playwright-python (its axe.min.js is injected into the page), so nothing is fetched.
"""

from axe_playwright_python.sync_playwright import Axe

SERIOUS = {"serious", "critical"}

# The admin's autocomplete boxes are Django's vendored Select2 4.0.13, whose markup axe faults: the single box's
# role=combobox span is named by an empty container when nothing is chosen (aria-input-field-name), the multiple
# box's search input has no label (label), and its <ul> holds a bare <span> (list). That markup is built by
# Select2's script, not by a template of ours; these three rules are waived on the admin pages for Select2's
# elements only, and still apply to everything else on them.
SELECT2_RULES = frozenset({"aria-input-field-name", "label", "list"})


def serious_violations(page, *, waive_select2: bool = False) -> list[str]:
    """axe's serious and critical violations on the page, one line each: rule, impact, help and the first targets."""
    lines = []
    for violation in Axe().run(page).response["violations"]:
        targets = [node["target"] for node in violation["nodes"]]
        if waive_select2 and violation["id"] in SELECT2_RULES:
            targets = [target for target in targets if "select2" not in str(target)]
        if violation["impact"] in SERIOUS and targets:
            lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets[:5]}")
    return lines
