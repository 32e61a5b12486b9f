"""The demo: three users, one per role, the reference case, De La Torre v. LinkedIn Corp., and real dockets."""

import hashlib
import json
import threading
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from simple_history.signals import pre_create_historical_record

from cases.models import Case, CauseOfAction, Court
from cases.services import case_create, case_party_add, claim_create, party_get_or_create
from casetracker.roles import ADMINISTRATOR, ATTORNEY, PARALEGAL, sync_role_groups
from filings.models import DocketEntry, EventType
from filings.services import docket_entry_record, fact_record
from imports.models import DocketImport
from imports.services import ImportSummary, docket_import

DATA = Path(__file__).with_name("data")
REFERENCE_CASE = DATA / "reference_case.json"  # every fact from reference-case.md beside it, and nothing more
DEMO_DOCKETS = DATA / "dockets"  # real PACER sheets: see dockets/SOURCES.md

# What the history page says of a version the demo wrote, where a person's edit would name its author.
DEMO_CHANGE_REASON = "Loaded with the demo data (load_demo)"

# (username, password, role, may use the admin)
DEMO_USERS = [
    ("paralegal", "paralegal-demo", PARALEGAL, False),
    ("attorney", "attorney-demo", ATTORNEY, False),
    ("admin", "admin-demo", ADMINISTRATOR, True),
]


def demo_users_ensure() -> list[str]:
    """Create the demo users that are missing. Returns the usernames created."""
    sync_role_groups()
    created = []
    for username, password, role, is_staff in DEMO_USERS:
        user, is_new = get_user_model().objects.get_or_create(username=username, defaults={"is_staff": is_staff})
        if is_new:
            user.set_password(password)
            user.save()
            created.append(username)
        user.groups.add(Group.objects.get(name=role))
    return created


@contextmanager
def demo_history():
    """Versions written in this thread while it lasts, and given no reason of their own, say they are demo data."""
    loader = threading.get_ident()

    def label(sender, history_instance, **kwargs):
        if threading.get_ident() == loader and not history_instance.history_change_reason:
            history_instance.history_change_reason = DEMO_CHANGE_REASON

    pre_create_historical_record.connect(label, weak=False)
    try:
        yield
    finally:
        pre_create_historical_record.disconnect(label)


@demo_history()
@transaction.atomic
def reference_case_load(path: Path = REFERENCE_CASE) -> Case | None:
    """Load the reference case through the same services a person's edits use. None if it is there already."""
    data = json.loads(path.read_text(encoding="utf-8"))
    fields = dict(data["case"])
    court = Court.objects.get(pk=fields.pop("court"))
    if Case.objects.filter(court=court, docket_number=fields["docket_number"]).exists():
        return None
    case = case_create(court=court, **fields)
    parties = {item["name"]: _party_load(case, item) for item in data["parties"]}
    plaintiffs = [parties[name] for name, item in _by_name(data["parties"]) if "plaintiff" in item["roles"]]
    defendants = [parties[name] for name, item in _by_name(data["parties"]) if "defendant" in item["roles"]]
    for claim in data["claims"]:
        _claim_load(case, claim, plaintiffs, defendants)
    for entry in data["docket"]:
        _entry_load(case, entry, parties)
    for fact in data["chronology"]:
        fact_record(case=case, **{**fact, "date": date.fromisoformat(fact["date"])})
    return case


def _by_name(items):
    return [(item["name"], item) for item in items]


def _party_load(case, item):
    party = party_get_or_create(name=item["name"], kind=item["kind"], description=item.get("description", ""))
    for role in item["roles"]:
        case_party_add(case=case, party=party, role=role, description=item.get("case_description", ""))
    return party


def _claim_load(case, claim, plaintiffs, defendants):
    relief = [
        {**item, "amount_per_person": Decimal(item["amount_per_person"])} if "amount_per_person" in item else item
        for item in claim["relief"]
    ]
    claim_create(
        case=case,
        count_number=claim["count_number"],
        cause_of_action=CauseOfAction.objects.get(name=claim["cause_of_action"]),
        summary=claim["summary"],
        asserted_by=plaintiffs,
        asserted_against=defendants,
        relief=relief,
    )


def _entry_load(case, entry, parties):
    fields = dict(entry)
    fields["event_type"] = EventType.objects.get(code=fields.pop("event_type"))
    fields["date_filed"] = date.fromisoformat(fields["date_filed"])
    fields["filed_by"] = parties.get(fields.pop("filed_by", None))
    docket_entry_record(entry=DocketEntry(case=case, **fields))


@demo_history()
def demo_dockets_load(folder: Path = DEMO_DOCKETS) -> list[ImportSummary]:
    """Import the real docket sheets shipped with the demo. A sheet imported before is skipped, so a second run
    adds no row, not even an import record."""
    imported = set(DocketImport.objects.values_list("sha256", flat=True))
    summaries = []
    for path in sorted(folder.glob("*.html")):
        content = path.read_bytes()
        if hashlib.sha256(content).hexdigest() not in imported:
            summaries.append(docket_import(content=content, file_name=path.name))
    return summaries
