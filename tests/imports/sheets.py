"""Real docket sheets, and ways to import them and look at what the database holds.

The sheets are in tests/data/pacer-dockets, beside the JSON juriscraper reads from each; the five that the
demo imports ship with the demo instead (devdata/data/dockets), and are read from there.
"""

import json
import re
from pathlib import Path

from django.apps import apps

from devdata.demo import DEMO_DOCKETS
from imports.services import docket_import

DATA = Path(__file__).resolve().parents[1] / "data"
SHEETS = DATA / "pacer-dockets"
COURTLISTENER = DATA / "courtlistener"
NOT_DOCKETS = {"canb_1", "dcd_2"}
SHEET_PATHS = {path.stem: path for folder in (SHEETS, DEMO_DOCKETS) for path in folder.glob("*.html")}
DOCKETS = sorted(name for name in SHEET_PATHS if name not in NOT_DOCKETS)
# Bankruptcy courts' sheets, cases and adversary proceedings, each beside its JSON; the file prefix is PACER's court id.
BANKRUPTCY = SHEETS / "bankruptcy"
BANKRUPTCY_DOCKETS = sorted(path.stem for path in BANKRUPTCY.glob("*.html"))
# The data the import writes, as opposed to the record of the import itself.
DOMAIN_MODELS = [
    "cases.Case",
    "cases.Party",
    "cases.CaseParty",
    "cases.LawFirm",
    "cases.Attorney",
    "cases.Representation",
    "cases.Claim",
    "filings.DocketEntry",
    "filings.DocketAttachment",
    "filings.ChronologyFact",
]


def sheet_bytes(name: str) -> bytes:
    return SHEET_PATHS[name].read_bytes()


def expected(name: str) -> dict:
    """What juriscraper is expected to read from the sheet, as its own test examples record it."""
    return json.loads((SHEETS / f"{name}.json").read_text(encoding="utf-8"))


def courtlistener_docket() -> dict:
    """The CourtListener fixture (Brady v. Deloitte, cand_2) as a dict, to change before importing it."""
    return json.loads((COURTLISTENER / "cand_2.json").read_text(encoding="utf-8"))


def json_bytes(docket: dict) -> bytes:
    """The docket as a file holds it; json escapes a NUL or a lone surrogate as \\u0000 or \\ud800, as an API may."""
    return json.dumps(docket).encode()


def sheet_import(name: str, **kwargs):
    return docket_import(content=sheet_bytes(name), file_name=f"{name}.html", **kwargs)


def bankruptcy_expected(name: str) -> dict:
    return json.loads((BANKRUPTCY / f"{name}.json").read_text(encoding="utf-8"))


def bankruptcy_import(name: str, **kwargs):
    return docket_import(content=(BANKRUPTCY / f"{name}.html").read_bytes(), file_name=f"{name}.html", **kwargs)


def without_last_entries(html: str, count: int) -> str:
    """An older sheet of the same case: the same page with its last `count` docket entry rows cut out."""
    rows = list(re.finditer(r"<tr[^>]*>\s*<td[^>]*>\s*\d{2}/\d{2}/\d{4}.*?</tr>", html, re.IGNORECASE | re.DOTALL))
    assert len(rows) > count, "the sheet has too few entry rows to cut"
    start, end = rows[-count].start(), rows[-1].end()
    return html[:start] + html[end:]


def domain_snapshot() -> dict:
    """Every row of the data an import writes, field by field, to compare before and after."""
    snapshot = {}
    for label in DOMAIN_MODELS:
        model = apps.get_model(label)
        fields = [field.attname for field in model._meta.concrete_fields if field.name not in ("updated_at",)]
        snapshot[label] = sorted(model.objects.values_list(*fields), key=repr)
    return snapshot
