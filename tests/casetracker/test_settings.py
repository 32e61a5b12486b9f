"""Production settings: fail fast without a secret key, and pass `check --deploy` cleanly."""

import secrets

from ..helpers import manage

PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "casetracker.example.com",
    "DJANGO_SECURE_SSL_REDIRECT": "1",
}


def test_check_deploy_reports_nothing_under_production_settings():
    """`manage.py check --deploy` passes with debug off and the production variables set."""
    result = manage("check", "--deploy", "--fail-level", "DEBUG", env=PRODUCTION, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    """With debug off and no DJANGO_SECRET_KEY, start-up stops with a message saying so."""
    result = manage("check", env={**PRODUCTION, "DJANGO_SECRET_KEY": ""}, check=False)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr
