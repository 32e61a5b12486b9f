"""The renderer fetches nothing but its own stylesheet folder, and user text never becomes markup in a PDF."""

import datetime
import io
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from pypdf import PdfReader
from weasyprint import HTML

from filings.services import fact_record
from reports.render.document import part_render
from reports.render.fetcher import BASE_URL, StaticOnlyFetcher
from reports.services import report_plan

from ...filings.factories import DocketEntryFactory
from ..factories import ReportFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def listener():
    """An HTTP server on loopback that counts every request made to it."""
    hits = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"body { color: red }")

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", hits
    server.shutdown()


def payloads(url: str) -> list[str]:
    return [
        '<img src="file:///etc/passwd">',
        '<link rel="attachment" href="file:///etc/hostname">',
        f'<img src="{url}/tracker.png"> {url}/plain-address',
        f"<style>@import url({url}/evil.css); @import url(file:///etc/passwd);</style>",
    ]


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "file:///etc/hostname", "http://127.0.0.1:8000/x", "https://example.com/a.css",
     "data:text/css,body{}", BASE_URL + "../css/app.css", "file://remotehost/static/reports/report.css"],
)  # fmt: skip
def test_fetcher_refuses_anything_but_its_folder(url):
    """Other files, other hosts, data URLs and ../ escapes are refused."""
    with pytest.raises(ValueError, match="refused"):
        StaticOnlyFetcher().fetch(url)


def test_fetcher_serves_the_report_stylesheet():
    """Its own stylesheet is the one thing it reads."""
    response = StaticOnlyFetcher().fetch(BASE_URL + "report.css")
    assert b"@page" in response.read()


def test_markup_in_docket_and_chronology_text_is_printed_not_fetched(reference_case, attorney, listener):
    """Every payload prints as text: no request reaches the listener, nothing is embedded, nothing is read."""
    url, hits = listener
    for n, payload in enumerate(payloads(url)):
        DocketEntryFactory(case=reference_case, description=payload, sequence=100 + n, entry_number=None)
        fact_record(case=reference_case, date=datetime.date(2025, 1, 25), description=payload)
    report = ReportFactory(case=reference_case, requested_by=attorney)
    report_plan(report.pk)
    report.refresh_from_db()
    rendered = part_render(report, report.parts.get(), number_pages=True)
    reader = PdfReader(io.BytesIO(rendered.pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert '<img src="file:///etc/passwd">' in text
    assert '<link rel="attachment" href="file:///etc/hostname">' in text
    assert "@import url(file:///etc/passwd);" in text
    assert hits == [] and rendered.refused_urls == []
    assert reader.attachments == {}
    assert "root:x:0:0" not in text  # the first line of /etc/passwd never reaches the page
    assert len(reader.pages[0].images) == 0


def test_raw_markup_reaching_the_renderer_is_still_refused(listener):
    """Had escaping failed, the fetcher is the second wall: each URL is refused, none is fetched or attached."""
    url, hits = listener
    fetcher = StaticOnlyFetcher()
    html = "<html><body><p>x</p>" + "".join(payloads(url)) + "</body></html>"
    pdf = HTML(string=html, base_url=BASE_URL, url_fetcher=fetcher).write_pdf()
    assert hits == []
    assert set(fetcher.refused) >= {
        "file:///etc/passwd",
        "file:///etc/hostname",
        f"{url}/tracker.png",
        f"{url}/evil.css",
    }
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.attachments == {}
    assert all(not page.images for page in reader.pages)
    assert "root:x:0:0" not in "".join(page.extract_text() for page in reader.pages)
