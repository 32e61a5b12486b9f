"""Every rendered page, and the PDF, shows bidirectional controls in names as their codes."""

import io

import pytest
from django.template import engines
from django.urls import reverse
from pypdf import PdfReader

from reports.render.document import part_render

from ..cases.factories import CaseFactory, CasePartyFactory, PartyFactory
from ..reports.factories import ReportFactory, ReportPartFactory

pytestmark = pytest.mark.django_db
DISGUISED = "Invoice \u202efdp.exe"
SHOWN = "Invoice [U+202E]fdp.exe"


@pytest.fixture
def link():
    case = CaseFactory(case_name=f"{DISGUISED} v. Acme Widgets, Inc.")
    return CasePartyFactory(case=case, party=PartyFactory(name=f"{DISGUISED} LLC"))


@pytest.mark.parametrize("page", ["cases:list", "casefile:case", "cases:party", "admin:cases_party_change"])
def test_pages_show_the_control_as_its_code(admin_client, link, page):
    """The case list, the case page, the party page and an admin form never send the raw control."""
    pk = {"cases:list": None, "casefile:case": link.case.pk}.get(page, link.party.pk)
    response = admin_client.get(reverse(page, args=[pk] if pk else []))
    content = response.content.decode()
    assert response.status_code == 200
    assert "\u202e" not in content
    assert SHOWN in content


def test_the_pdf_shows_the_control_as_its_code(link, attorney):
    """The report's caption and parties print the code, not the reordering control."""
    report = ReportFactory(case=link.case, requested_by=attorney)
    rendered = part_render(report, ReportPartFactory(report=report, index=0), number_pages=True)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(rendered.pdf)).pages)
    assert "\u202e" not in text
    assert SHOWN in text and SHOWN.upper() in text


def test_what_was_escaped_stays_escaped_and_safe():
    """The engine's output is still marked safe, and markup in a value is still escaped."""
    template = engines["django"].from_string("{{ name }}")
    output = template.render({"name": f"<b>{DISGUISED}</b>"})
    assert output == f"&lt;b&gt;{SHOWN}&lt;/b&gt;"
    assert hasattr(output, "__html__")
