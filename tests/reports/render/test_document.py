"""A part as the PDF prints it: long words wrap inside the page; a huge entry is cut, with a note, in bounded memory."""

import io
import subprocess
import sys

import pdfplumber
import pytest
from pypdf import PdfReader

from devdata.demo import reference_case_load
from filings.models import DocketEntry
from reports.models import Report
from reports.render.document import part_render
from reports.services import report_plan

from ...filings.factories import DocketEntryFactory
from ...helpers import ROOT
from ...plugins.workers import child_env
from ..factories import ReportFactory

pytestmark = pytest.mark.django_db
# 229 characters without a space, as in the finding, where about 155 of them fitted on the page and the rest were lost.
LONG_URL = (
    "https://ecf.cand.uscourts.gov/cgi-bin/show_multidocs.pl?caseid=429871&arr_de_seq_nums=" + "a1b2c3d4e5" * 14 + "f6g"
)
HUGE = 5_000_000
MEMORY_BUDGET_MIB = 350


def planned(case, user, **options) -> Report:
    options = {"include_parties": False, "include_chronology": False, **options}
    report = ReportFactory(case=case, requested_by=user, **options)
    report_plan(report.pk)
    return Report.objects.select_related("case__court", "requested_by").get(pk=report.pk)


def test_a_long_unbroken_address_wraps_inside_the_page(reference_case, attorney):
    """Every character of a 229-character URL is on the page, and none runs past its right edge."""
    assert len(LONG_URL) == 229
    DocketEntryFactory(case=reference_case, sequence=50, entry_number=None, description=f"Exhibit list at {LONG_URL} .")
    report = planned(reference_case, attorney)
    rendered = part_render(report, report.parts.get(), number_pages=True)
    with pdfplumber.open(io.BytesIO(rendered.pdf)) as pdf:
        text = "".join("".join(page.extract_text() for page in pdf.pages).split())
        assert LONG_URL in text
        for page in pdf.pages:
            assert all(char["x1"] <= page.width for char in page.chars), page.page_number


def test_a_five_megabyte_entry_prints_its_start_and_a_note(reference_case, attorney):
    """The text is cut at the report's limit and says how long it was and where the rest is."""
    DocketEntryFactory(case=reference_case, sequence=50, entry_number=77, description=("Exhibit A. " * HUGE)[:HUGE])
    report = planned(reference_case, attorney)
    rendered = part_render(report, report.parts.get(), number_pages=True)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(rendered.pdf)).pages).split())
    assert "… (text truncated, 5,000,000 characters; full text in Casetracker)" in text
    assert rendered.page_count < 20


MEASURE = """
import resource, subprocess, sys
subprocess.run([sys.executable, "-c", sys.argv[1]], check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
"""
RENDER = "import django; django.setup(); from reports.rendering import part_render_and_save; part_render_and_save({})"


@pytest.mark.parametrize(
    "lengths",
    [[HUGE], [30_000] * 40],
    ids=["one 5 MB entry", "forty entries of 30,000 characters"],
)
@pytest.mark.django_db(transaction=True)
def test_rendering_long_text_stays_within_the_memory_budget(reference_data, attorney, lengths):
    """The worker's own render of the first part peaks under 350 MiB, measured in a fresh process: one entry prints
    only its limit, and many long ones are split into parts by the text they print."""
    case = reference_case_load()
    DocketEntry.objects.bulk_create(
        DocketEntryFactory.build(case=case, sequence=100 + n, description=("Exhibit A. " * length)[:length])
        for n, length in enumerate(lengths)
    )
    report = planned(case, attorney)
    part = report.parts.get(index=0)
    run = subprocess.run(
        [sys.executable, "-c", MEASURE, RENDER.format(part.pk)],
        cwd=ROOT, env=child_env("memory://"), capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    part.refresh_from_db()
    assert part.status == "done", Report.objects.get(pk=report.pk).error
    peak_mib = int(run.stdout.split()[-1])
    assert peak_mib <= MEMORY_BUDGET_MIB, f"peak RSS {peak_mib} MiB"


def test_the_matter_number_and_a_restriction_are_on_the_front_page_and_every_page(reference_case, attorney):
    from cases import walls

    reference_case.matter_number = "10234-0007"
    reference_case.save()
    walls.case_restrict(reference_case)
    walls.team_add(reference_case, [attorney])
    report = planned(reference_case, attorney)
    rendered = part_render(report, report.parts.get(), number_pages=True)
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(rendered.pdf)).pages]
    assert "Matter 10234-0007" in pages[0] and "RESTRICTED MATTER" in pages[0]
    assert all("Matter 10234-0007" in page for page in pages)


def test_an_appeals_report_is_captioned_as_the_court_of_appeals_and_names_the_case_below(attorney):
    """Ninth Circuit No. 17-15589: the court in full, the parties by the sides they took below, the appeal's fields."""
    from ...appeals.sheets import appellate_import

    case = appellate_import("ca9_2.html").case
    report = planned(case, attorney, include_parties=True)
    rendered = part_render(report, report.parts.get(), number_pages=True)
    text = " ".join(PdfReader(io.BytesIO(rendered.pdf)).pages[0].extract_text().split())
    assert "UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT" in text
    assert "Plaintiffs-Appellees," in text and "Defendants-Appellants." in text
    assert "Appeal from U.S. District Court for Hawaii, Honolulu" in text
    assert "Number below 1:17-cv-00050" in text and "Notice of appeal Mar 30, 2017" in text
