"""Real appellate dockets, and the district case the Ninth Circuit's sheets come from, to import in tests.

tests/data/pacer-dockets/appellate/ca9_1.html and ca9_2.html are two sheets of Ninth Circuit No. 17-15589, State of
Hawaii v. Trump, appealed from the District of Hawaii, No. 1:17-cv-00050. That district sheet is not among the test
data, so the case below is a real district sheet (M.D. Ala., almd.html) whose court and docket number are edited to
Hawaii's 1:17-cv-00050 after reading: its parties and docket are another case's, which matching does not look at.
"""

from pathlib import Path

from imports.services import docket_import, docket_sheet_apply, docket_sheet_read

from ..imports.sheets import SHEETS, sheet_bytes

APPELLATE = SHEETS / "appellate"
BELOW_COURT, BELOW_NUMBER = "hid", "1:17-cv-00050"


def appellate_import(name: str = "ca9_1.html", *, user=None):
    path: Path = APPELLATE / name
    return docket_import(content=path.read_bytes(), file_name=name, user=user)


def below_import(*, user=None, number: str = BELOW_NUMBER):
    """The district case below, edited as the module's docstring says, imported through the importer."""
    sheet = docket_sheet_read(content=sheet_bytes("almd"), file_name="almd.html")
    sheet.court_id, sheet.docket_number = BELOW_COURT, number
    return docket_sheet_apply(sheet=sheet, user=user, file_name="almd-edited-to-hid.html")
