"""The federal courts, from the courts-db package rather than typed in by hand.

courts-db's "type" is unreliable for federal courts (it calls the District of
New Jersey appellate), so the kind is read from the court's name.
"""

from courts_db import courts

# Grouping records such as "usdistct" are parents of courts, not courts.
PARENTS = {court.get("parent") for court in courts if court.get("parent")}


def court_kind(name: str) -> str | None:
    if "Bankruptcy" in name:
        return "bankruptcy"
    if "District Court" in name:
        return "district"
    if "Court of Appeals" in name or "Circuit" in name:
        return "appellate"
    if "Court" in name or "Panel" in name:
        return "special"
    return None  # agencies and boards that courts-db also lists


def is_active(court: dict) -> bool:
    dates = court.get("dates") or [{}]
    return court.get("active") is not False and dates[-1].get("end") is None


def federal_courts():
    """Yield one dict of Court fields for each federal court courts-db knows."""
    for court in courts:
        name = " ".join(court["name"].split())
        kind = court_kind(name)
        if court.get("system") != "federal" or court["id"] in PARENTS or kind is None:
            continue
        yield {
            "id": court["id"],
            "name": name,
            "citation": court.get("citation_string") or "",
            "kind": kind,
            "location": court.get("location") or "",
            "is_active": is_active(court),
        }


def load_federal_courts(court_model):
    """Create the courts that are missing and refresh the others. Returns how many were created."""
    existing = set(court_model.objects.values_list("id", flat=True))
    rows = list(federal_courts())
    court_model.objects.bulk_create([court_model(**row) for row in rows if row["id"] not in existing])
    for row in rows:
        if row["id"] in existing:
            court_model.objects.filter(id=row["id"]).update(**row)
    return len([row for row in rows if row["id"] not in existing])
