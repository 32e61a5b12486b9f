"""The PDF reads in the order a person reads it, and screen readers can follow it.

A report rendered in one pass is tagged (a structure tree under /StructTreeRoot, marked content); a report joined
from parts cannot carry one tree, so it keeps its outline, its title shown by viewers and its language instead.
"""

import io

import pdfplumber
import pytest
from pypdf import PdfReader

from reports.render.assembly import assemble
from reports.render.document import part_render

from .test_document import planned

pytestmark = pytest.mark.django_db
COURT = "UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF CALIFORNIA"


def first_page_lines(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return document.pages[0].extract_text().splitlines()


def is_true(pdf_boolean) -> bool:
    return pdf_boolean == True  # noqa: E712 - a pypdf BooleanObject compares equal to True, it is not True


def structure_kinds(node, kinds, depth=0):
    """Every structure type (/S) in the tree under node."""
    node = node.get_object()
    if "/S" in node:
        kinds.add(str(node["/S"]))
    children = node.get("/K")
    children = children.get_object() if children is not None else []
    for child in children if isinstance(children, list) else [children]:
        child = child.get_object() if hasattr(child, "get_object") else child
        if hasattr(child, "keys") and depth < 40:
            structure_kinds(child, kinds, depth + 1)
    return kinds


def test_the_court_heading_reads_in_order_with_no_hidden_text(reference_case, attorney):
    """The court's name is one line of its own, not interleaved with the running header's hidden copy."""
    report = planned(reference_case, attorney)
    lines = first_page_lines(part_render(report, report.parts.get(), number_pages=True).pdf)
    assert COURT in lines
    assert not any("STATES" in line and "LinkedIn" in line for line in lines)
    heading = lines.index(COURT)
    assert lines[heading + 1] == "SAN JOSE DIVISION"
    assert [line for line in lines[:heading] if "De La Torre" in line] == []


def test_a_report_in_one_pass_is_tagged_with_its_language_and_title(reference_case, attorney):
    """Marked, with a structure tree that holds headings, paragraphs and tables; English; the title is shown."""
    report = planned(reference_case, attorney)
    reader = PdfReader(io.BytesIO(part_render(report, report.parts.get(), number_pages=True).pdf))
    root = reader.trailer["/Root"]
    assert is_true(root["/MarkInfo"]["/Marked"])
    assert str(root["/Lang"]).startswith("en")
    assert is_true(root["/ViewerPreferences"]["/DisplayDocTitle"])
    kinds = structure_kinds(root["/StructTreeRoot"], set())
    assert {"/H2", "/P", "/Table"} <= kinds, kinds
    assert reader.metadata.title.startswith("Docket and timeline report: De La Torre v. LinkedIn Corp.")


def test_a_joined_report_keeps_its_outline_title_and_language(reference_case, attorney):
    """Two parts joined: the bookmarks of both, the document's title shown by viewers, English."""
    report = planned(reference_case, attorney)
    part = report.parts.get()
    halves = [io.BytesIO(part_render(report, part, number_pages=False).pdf) for _ in range(2)]
    pdf, _ = assemble(report, halves)
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    assert str(root["/Lang"]).startswith("en")
    assert is_true(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert reader.metadata.title.startswith("Docket and timeline report:")
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles.count("Summary") == 2 and "Docket" in titles
    assert COURT in first_page_lines(pdf)


def test_the_front_page_names_the_court_in_full_and_the_parties_with_their_descriptions(reference_case, attorney):
    """With parties included: the defendant's description is printed, and a relief is not repeated as its own
    description."""
    report = planned(reference_case, attorney, include_parties=True)
    pdf = part_render(report, report.parts.get(), number_pages=True).pdf
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "LinkedIn Corporation A subsidiary of Microsoft Corporation." in text
    assert "Relief: Restitution" in text and "Restitution: Restitution" not in text
