"""A docket from CourtListener's REST API v4, as JSON.

The API serves a docket and its parts from separate endpoints, so the file
joins them: the docket object from /api/rest/v4/dockets/<id>/, with three
lists added under these keys, each holding the ``results`` of its endpoint
filtered to the docket (a whole page object with ``results`` is accepted too,
as long as it has no ``next`` page):

- ``docket_entries``: /api/rest/v4/docket-entries/?docket=<id>, each entry with
  its ``recap_documents`` (the main document and its attachments);
- ``parties``: /api/rest/v4/parties/?docket=<id>&filter_nested_results=True,
  each party with its ``party_types`` and its ``attorneys`` (role links);
- ``attorneys``: /api/rest/v4/attorneys/?docket=<id>&filter_nested_results=True,
  the names and contact details those role links point to.

What names another docket (an entry, a party type, a role link) is left out, in case a list was not filtered.
"""

import json
import sys
from datetime import date

from .contacts import contact_parse
from .models import DocketImport
from .privacy import identifiers_drop
from .sheet import DocketImportError, DocketSheet, SheetAttachment, SheetCounsel, SheetEntry, SheetParty, plain_text

# CourtListener's attorney role codes (cl.people_db.models.Role).
TO_BE_NOTICED, LEAD, PRO_HAC_VICE, SELF_TERMINATED, TERMINATED = 1, 2, 4, 5, 6
MAIN_DOCUMENT = 1


def sheet_parse(text: str) -> DocketSheet:
    """Read a CourtListener docket file, or raise DocketImportError saying what is wrong with it."""
    data = _json_read(text)
    if not isinstance(data, dict) or "docket_number" not in data:
        raise DocketImportError(
            "This JSON is not a CourtListener docket: it has no docket_number. Save the docket object from "
            "/api/rest/v4/dockets/<id>/ with its docket_entries, parties and attorneys lists."
        )
    try:
        return _sheet_from(data)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
        raise DocketImportError(f"This CourtListener docket is malformed: {_problem(error)}.") from None


def _json_read(text: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise DocketImportError(
            f"The file is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        ) from None
    except RecursionError:
        raise DocketImportError(
            "The file is not valid JSON: its lists or objects are nested too deeply to read."
        ) from None
    except ValueError:  # the one other refusal: an integer too long to convert, a guard against slow conversions
        raise DocketImportError(
            f"The file is not valid JSON: it holds a number of more than {sys.get_int_max_str_digits()} digits."
        ) from None


def _court(data: dict) -> str:
    """The court id the docket names: court_id, or the last part of its court URL."""
    court = data.get("court_id") or str(data.get("court") or "").rstrip("/").rsplit("/", 1)[-1]
    return str(court).lower()


def _sheet_from(data: dict) -> DocketSheet:
    attorneys = {attorney["id"]: attorney for attorney in _results(data, "attorneys")}
    docket_id = data.get("id")
    sheet = DocketSheet(
        source=DocketImport.Source.COURTLISTENER,
        court_id=_court(data),
        docket_number=plain_text(data["docket_number"]),
        case_name=plain_text(data.get("case_name") or data.get("case_name_full") or data.get("case_name_short")),
        cause=plain_text(data.get("cause")),
        nature_of_suit=plain_text(data.get("nature_of_suit")),
        jury_demand=plain_text(data.get("jury_demand")),
        jurisdiction=plain_text(data.get("jurisdiction_type")),
        assigned_to=plain_text(data.get("assigned_to_str")),
        referred_to=plain_text(data.get("referred_to_str")),
        date_filed=_date(data.get("date_filed")),
        date_terminated=_date(data.get("date_terminated")),
    )
    sheet.entries = _entries(data, docket_id, sheet.warnings)
    for party in _results(data, "parties"):
        sheet.parties += _parties(party, docket_id, attorneys, sheet.warnings)
    return sheet


def _results(data: dict, key: str) -> list:
    value = data.get(key) or []
    if isinstance(value, dict):
        if value.get("next"):
            raise DocketImportError(
                f"The file holds only the first page of {key}: fetch every page of the endpoint and join their "
                "results into one list."
            )
        value = value.get("results") or []
    if not isinstance(value, list):
        raise DocketImportError(f"{key} should be a list of the endpoint's results.")
    return value


def _entries(data: dict, docket_id, warnings: list[str]) -> list[SheetEntry]:
    """This docket's entries: one of another docket, joined in from an unfiltered list, is left out and counted."""
    entries = _results(data, "docket_entries")
    ours = [entry for entry in entries if _entry_in_docket(entry, docket_id)]
    if len(ours) < len(entries):
        warnings.append(f"{len(entries) - len(ours)} docket entries of another docket were left out.")
    return [_entry(entry) for entry in ours]


def _entry(entry: dict) -> SheetEntry:
    documents = entry.get("recap_documents") or []
    main = next((doc for doc in documents if _is_main(doc)), {})
    description = entry.get("description") or main.get("description") or ""
    if not entry.get("date_filed"):
        raise DocketImportError(f'An entry has no date_filed: "{plain_text(description)[:80]}".')
    return SheetEntry(
        date_filed=_date(entry["date_filed"]),
        description=description or "[No docket text in the CourtListener record]",
        number=entry.get("entry_number"),
        pacer_doc_id=main.get("pacer_doc_id") or "",
        pacer_seq_no=str(entry.get("pacer_sequence_number") or ""),
        page_count=main.get("page_count"),
        attachments=[_attachment(doc) for doc in documents if not _is_main(doc)],
    )


def _is_main(document: dict) -> bool:
    return document.get("attachment_number") is None or document.get("document_type") == MAIN_DOCUMENT


def _attachment(document: dict) -> SheetAttachment:
    return SheetAttachment(
        number=int(document["attachment_number"]),
        description=plain_text(document.get("description")),
        pacer_doc_id=document.get("pacer_doc_id") or "",
        page_count=document.get("page_count"),
    )


def _parties(party: dict, docket_id, attorneys: dict, warnings: list[str]) -> list[SheetParty]:
    """One SheetParty for each of the party's types in this docket, each with its counsel."""
    counsel = _counsel(party, docket_id, attorneys, warnings)
    return [
        SheetParty(
            name=plain_text(party["name"]),
            role_text=plain_text(party_type["name"]),
            description=plain_text(identifiers_drop(party_type.get("extra_info") or party.get("extra_info"))),
            date_terminated=_date(party_type.get("date_terminated")),
            counsel=counsel,
        )
        for party_type in party.get("party_types") or []
        if _in_docket(party_type, docket_id)
    ]


def _counsel(party: dict, docket_id, attorneys: dict, warnings: list[str]) -> list[SheetCounsel]:
    """The party's attorneys in this docket, their role links merged into one SheetCounsel each."""
    found: dict[int, SheetCounsel] = {}
    for link in party.get("attorneys") or []:
        if not _in_docket(link, docket_id):
            continue
        attorney = attorneys.get(link["attorney_id"])
        if attorney is None:
            warnings.append(f"{party['name']}: attorney {link['attorney_id']} is not in the file's attorneys list.")
            continue
        counsel = found.get(link["attorney_id"]) or found.setdefault(link["attorney_id"], _attorney(attorney))
        _role_apply(counsel, link)
    return list(found.values())


def _attorney(attorney: dict) -> SheetCounsel:
    contact = contact_parse(attorney.get("contact_raw") or "")
    return SheetCounsel(
        name=plain_text(attorney["name"]),
        firm=contact.firm,
        address=contact.address,
        phone=plain_text(attorney.get("phone")) or contact.phone,
        fax=plain_text(attorney.get("fax")) or contact.fax,
        email=plain_text(attorney.get("email")) or contact.email,
        designation=contact.designation,
    )


def _role_apply(counsel: SheetCounsel, link: dict) -> None:
    role = link.get("role")
    counsel.is_lead |= role == LEAD
    counsel.to_be_noticed |= role == TO_BE_NOTICED
    counsel.pro_hac_vice |= role == PRO_HAC_VICE
    if role in (TERMINATED, SELF_TERMINATED) and link.get("date_action"):
        counsel.date_terminated = _date(link["date_action"])


def _entry_in_docket(entry: dict, docket_id) -> bool:
    """An entry names its docket by URL (".../dockets/4651830/"), or by id; one that names none is kept."""
    named = entry.get("docket_id") or str(entry.get("docket") or "").rstrip("/").rsplit("/", 1)[-1]
    return docket_id is None or not named or str(named) == str(docket_id)


def _in_docket(item: dict, docket_id) -> bool:
    """Nested lists may cover the party's other cases unless filter_nested_results was set."""
    return docket_id is None or item.get("docket_id") in (None, docket_id)


def _date(value) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _problem(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"a required field is missing ({error.args[0]})"
    return str(error)
