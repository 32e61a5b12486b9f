"""Rendering a report to PDF: WeasyPrint for the parts, pypdf and ReportLab to join and number them.

Loaded by the worker only.
"""
