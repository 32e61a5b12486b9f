"""The federal courts, from the courts-db package rather than typed in by hand.

courts-db's "type" is unreliable for federal courts (it calls the District of
New Jersey appellate), so the kind is read from the court's name.

Where PACER's id for a court differs from courts-db's, the court's CM/ECF address
says so (courts-db's "arb" has https://ecf.azb.uscourts.gov/), and juriscraper's
list of PACER's courts confirms that the host's name is one of PACER's ids.
"""

import re

from courts_db import courts

# Grouping records such as "usdistct" are parents of courts, not courts.
PARENTS = {court.get("parent") for court in courts if court.get("parent")}


# courts-db keeps the name the court had before 1999 (Veterans' Judicial Review Act amendments).
CURRENT_NAMES = {"cavc": "United States Court of Appeals for Veterans Claims"}


# Only a CM/ECF host names PACER's id: courts-db's other addresses (www.arb.uscourts.gov for both Arkansas
# bankruptcy courts) are the courts' public sites.
ECF_HOST = re.compile(r"^https?://ecf\.(?P<host>[a-z0-9]+)\.uscourts\.gov(?:/|$)", re.IGNORECASE)


def court_kind(name: str) -> str | None:
    """The kind of court, from its name. A bankruptcy appellate panel hears appeals: it is an appellate court."""
    if "Bankruptcy Appellate Panel" in name:
        return "appellate"
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


def is_pacer_id(court_id: str) -> bool:
    """Whether PACER knows the id, by juriscraper's map of each PACER court to its document id prefix."""
    from juriscraper.pacer.utils import get_doc_id_prefix_from_court_id  # loads juriscraper only when courts load

    try:
        get_doc_id_prefix_from_court_id(court_id)
    except KeyError:
        return False
    return True


def pacer_ids() -> dict[str, str]:
    """PACER's id for each courts-db court whose id differs from it: {"arb": "azb"}.

    A host that is another court's courts-db id is left out, so every id a person types names one court."""
    ids = {court["id"] for court in courts}
    found = {}
    for court in courts:
        match = ECF_HOST.match(court.get("court_url") or "")
        host = match["host"].lower() if match else ""
        if host and host != court["id"] and host not in ids and is_pacer_id(host):
            found[court["id"]] = host
    return found


def federal_courts():
    """Yield one dict of Court fields for each federal court courts-db knows."""
    pacer = pacer_ids()
    for court in courts:
        name = CURRENT_NAMES.get(court["id"]) or " ".join(court["name"].split())
        kind = court_kind(name)
        if court.get("system") != "federal" or court["id"] in PARENTS or kind is None:
            continue
        yield {
            "id": court["id"],
            "pacer_id": pacer.get(court["id"], ""),
            "name": name,
            "citation": court.get("citation_string") or "",
            "kind": kind,
            "location": court.get("location") or "",
            "is_active": is_active(court),
        }


def load_federal_courts(court_model):
    """Create the courts that are missing and refresh the others. Returns how many were created.

    Only the fields the model has are written: an early migration's Court has no PACER id yet."""
    existing = set(court_model.objects.values_list("id", flat=True))
    fields = {field.name for field in court_model._meta.concrete_fields}
    rows = [{name: value for name, value in row.items() if name in fields} for row in federal_courts()]
    court_model.objects.bulk_create([court_model(**row) for row in rows if row["id"] not in existing])
    for row in rows:
        if row["id"] in existing:
            court_model.objects.filter(id=row["id"]).update(**row)
    return len([row for row in rows if row["id"] not in existing])
