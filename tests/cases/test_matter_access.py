"""The matter_access command: what an intake system scripts to restrict, staff and screen a case."""

import pytest
from django.core.management import CommandError, call_command

from cases.models import Case
from casetracker.roles import ATTORNEY, PARALEGAL

from ..casetracker.factories import user_with_role
from .factories import CaseFactory

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("matter_access", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def case():
    return CaseFactory(docket_number="5:25-cv-00709", court_id="cand", matter_number="10234-0007")


@pytest.fixture
def people():
    return user_with_role("jdoe", ATTORNEY), user_with_role("rroe", PARALEGAL)


def test_show_prints_the_access(case):
    out = run("show", str(case.pk))
    assert "Matter number: 10234-0007" in out and "Access: Open to the firm" in out
    assert "Team: (none)" in out and "Screened: (none)" in out


def test_a_case_is_found_by_docket_number_and_court(case):
    assert f"case {case.pk}" in run("show", "5:25-cv-709", "--court", "cand")


def test_restrict_staff_and_open(case, people):
    run("restrict", str(case.pk))
    out = run("team-add", str(case.pk), "jdoe", "rroe", "--role", "Associate")
    assert "Access: Restricted to its team" in out and "jdoe (Associate), rroe (Associate)" in out
    out = run("team-remove", str(case.pk), "rroe")
    assert "Team: jdoe (Associate)" in out
    assert "Access: Open to the firm" in run("open", str(case.pk))
    assert Case.objects.get(pk=case.pk).access == Case.Access.FIRM


def test_screen_and_unscreen(case, people):
    out = run("screen", str(case.pk), "jdoe", "--reason", "Represented LinkedIn at a prior firm")
    assert "jdoe since" in out and "Represented LinkedIn at a prior firm" in out
    assert not Case.objects.for_user(people[0]).filter(pk=case.pk).exists()
    assert "Screened: (none)" in run("unscreen", str(case.pk), "jdoe")
    assert Case.objects.for_user(people[0]).filter(pk=case.pk).exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["show", "999999"], 'No case "999999"'),
        (["show", "5:25-cv-00709"], "give a docket number with --court"),
        (["show", "5:25-cv-00001", "--court", "cand"], 'No case "5:25-cv-00001" in cand'),
        (["team-add", "{pk}", "jdoe", "nobody"], "No such user: nobody."),
        (["team-add", "{pk}"], "team-add needs at least one username."),
        (["screen", "{pk}", "jdoe"], "screen needs --reason"),
        (["unscreen", "{pk}", "jdoe"], "jdoe is not screened from this case."),
        (["restrict", "{pk}", "jdoe"], "restrict takes no usernames."),
    ],
)
def test_bad_input_is_refused_with_a_message_and_changes_nothing(case, people, args, message):
    with pytest.raises(CommandError, match=message):
        run(*[arg.format(pk=case.pk) for arg in args])
    case.refresh_from_db()
    assert case.access == Case.Access.FIRM and not case.team.exists() and not case.screens.exists()


def test_an_unknown_case_exits_1(tmp_path):
    """From a shell, as an intake script calls it: exit status 1 and the message on stderr."""
    import subprocess
    import sys

    from django.conf import settings

    result = subprocess.run(
        [sys.executable, "manage.py", "matter_access", "show", "987654"],
        cwd=settings.BASE_DIR, capture_output=True, text=True, env=_env(),
    )  # fmt: skip
    assert result.returncode == 1 and 'No case "987654"' in result.stderr


def _env():
    import os

    from django.db import connection

    name = connection.settings_dict["NAME"]
    return {**os.environ, "DATABASE_URL": f"postgres://root@127.0.0.1:5432/{name}"}
