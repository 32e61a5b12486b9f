"""The only way the PDF renderer may read anything: the report's own stylesheet folder, nothing else.

Docket text is escaped before it reaches the renderer, so markup in it never becomes an element. This
fetcher is the second wall: whatever URL a document or stylesheet names (file:///etc/passwd, an
http://127.0.0.1 address, an @import), it is refused unless it is a file inside ASSETS.
"""

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from weasyprint.urls import URLFetcher, URLFetcherResponse

ASSETS = (Path(settings.BASE_DIR) / "static" / "reports").resolve()
BASE_URL = ASSETS.as_uri() + "/"


class StaticOnlyFetcher(URLFetcher):
    """Serves files under ASSETS; refuses every other URL, and remembers what it refused."""

    def __init__(self):
        super().__init__(allowed_protocols={"file"})
        self.refused: list[str] = []

    def fetch(self, url, headers=None):
        path = allowed_path(url)
        if path is None:
            self.refused.append(url)
            raise ValueError(f"The report renderer reads only its own stylesheet folder; refused {url!r}.")
        mime, _ = mimetypes.guess_type(path.name)
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": mime or "application/octet-stream"})


def allowed_path(url: str) -> Path | None:
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        return None
    path = Path(unquote(parts.path)).resolve()
    return path if path.is_file() and path.is_relative_to(ASSETS) else None
