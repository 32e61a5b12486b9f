"""Importing docket sheets: PACER's Docket Report (HTML) and CourtListener's REST API v4 (JSON)."""

from .service import ImportSummary, docket_import
from .sheet import DocketImportError

__all__ = ["DocketImportError", "ImportSummary", "docket_import"]
