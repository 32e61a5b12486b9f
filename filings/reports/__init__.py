"""Docket and timeline reports: planned in parts, rendered by workers with WeasyPrint, assembled with pypdf."""
