import csv
import io

import pytest
from django.urls import reverse

from ..cases.factories import CaseFactory

pytestmark = pytest.mark.django_db


def read_csv(response):
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_csv_holds_the_filtered_list(client, paralegal, reference_case):
    """The CSV export has a header and exactly the cases the filters select."""
    CaseFactory(case_name="Open Matter v. Someone")
    client.force_login(paralegal)
    response = client.get(reverse("cases:list_csv"), {"status": "terminated"})
    assert response["Content-Type"] == "text/csv"
    rows = read_csv(response)
    assert rows[0][:3] == ["Court", "Docket number", "Case name"]
    assert [row[1:5] for row in rows[1:]] == [
        [
            "5:25-cv-00709",
            "De La Torre v. LinkedIn Corporation",
            "Terminated",
            "Voluntarily dismissed without prejudice",
        ]
    ]
    assert rows[1][-1].endswith(reference_case.get_absolute_url())


def test_csv_cells_cannot_become_spreadsheet_formulas(client, paralegal):
    """A case name starting with "=" is written as text."""
    CaseFactory(case_name='=HYPERLINK("http://example.com","x") v. Someone')
    client.force_login(paralegal)
    rows = read_csv(client.get(reverse("cases:list_csv")))
    assert rows[1][2].startswith("'=HYPERLINK")


def test_csv_reads_the_list_in_batches_without_a_cursor(client, paralegal, monkeypatch, django_assert_max_num_queries):
    """Five cases at two a batch: every case exported, in the list's order, in three short reads after the ids."""
    monkeypatch.setattr("cases.exports.BATCH", 2)
    names = [CaseFactory().case_name for _ in range(5)]
    client.force_login(paralegal)
    response = client.get(reverse("cases:list_csv"), {"sort": "name"})
    with django_assert_max_num_queries(4):
        rows = read_csv(response)
    assert [row[2] for row in rows[1:]] == sorted(names)
