"""Importing docket sheets: PACER's Docket Report (HTML) and CourtListener's REST API v4 (JSON)."""
