"""Imports running at the same moment, each in its own thread with its own database connection, committing for real.

Both imports pass a barrier together, so each reads the parties, firms and attorneys before the other has
written them: the database's unique constraints decide which insert stands, and the other finds that row.
"""

import threading

import pytest
from django.db import connection
from django.db.models.functions import Coalesce, Lower

from cases.models import Attorney, Case, CaseParty, LawFirm, Party, Representation
from cases.services import law_firms_get_or_create
from imports.services import docket_import, docket_sheet_read

from ..helpers import restore_reference_data
from .sheets import courtlistener_docket, json_bytes

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def reference_data(transactional_db):
    restore_reference_data()


def imports_at_once(*contents: bytes) -> list:
    """Import each file in its own thread, all starting together. Returns each summary, or the error it raised."""
    barrier, results = threading.Barrier(len(contents)), [None] * len(contents)

    def run(index: int, content: bytes) -> None:
        try:
            barrier.wait(timeout=30)
            results[index] = docket_import(content=content, file_name=f"sheet-{index}.json")
        except Exception as error:  # the test reports it
            results[index] = error
        finally:
            connection.close()  # this thread's own connection

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(contents)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def another_case(docket_number: str, *, parties_renamed: bool) -> bytes:
    """cand_2 as another case: the same counsel, and the same parties unless they are renamed."""
    docket = courtlistener_docket()
    docket["docket_number"] = docket_number
    if parties_renamed:
        for party in docket["parties"]:
            party["name"] = f"{party['name']} ({docket_number})"
    return json_bytes(docket)


def identities(model, *fields) -> list:
    return list(model.objects.annotate(fold=Lower("name")).values_list("fold", *fields))


def test_two_cases_sharing_new_counsel_at_once_make_each_attorney_once():
    """Different parties, the same 16 new attorneys of known firms: both imports succeed, one row per attorney."""
    sheets = [another_case(number, parties_renamed=True) for number in ("3:08-cv-00177", "3:08-cv-00178")]
    counsel = [c for party in docket_sheet_read(content=sheets[0], file_name="x.json").parties for c in party.counsel]
    law_firms_get_or_create(firms={c.firm: {} for c in counsel if c.firm})
    results = imports_at_once(*sheets)
    attorneys = identities(Attorney, Coalesce("firm_id", 0))
    assert len(attorneys) == len(set(attorneys)) == 16
    assert [type(result).__name__ for result in results] == ["ImportSummary", "ImportSummary"], results
    assert Representation.objects.count() == 2 * 24 and Party.objects.count() == 8


def test_two_cases_sharing_a_new_party_at_once_both_import():
    """The same four new parties in two cases: neither import is refused, and each party is one row in both."""
    results = imports_at_once(
        another_case("3:08-cv-00177", parties_renamed=False), another_case("3:08-cv-00178", parties_renamed=False)
    )
    assert [type(result).__name__ for result in results] == ["ImportSummary", "ImportSummary"], results
    assert Case.objects.count() == 2 and Party.objects.count() == 4
    assert CaseParty.objects.count() == 8 and Attorney.objects.count() == 16
    assert len(identities(LawFirm)) == len(set(identities(LawFirm)))
    assert all(party.history.count() == 1 for party in Party.objects.all())  # one version each: created once
