"""Who may see a matter, from a script: the firm's intake system restricts, staffs and screens cases here.

    python manage.py matter_access show CASE
    python manage.py matter_access restrict CASE | open CASE
    python manage.py matter_access team-add CASE USER [USER ...] [--role "Lead counsel"]
    python manage.py matter_access team-remove CASE USER [USER ...]
    python manage.py matter_access screen CASE USER --reason TEXT
    python manage.py matter_access unscreen CASE USER

CASE is a case id, or a docket number with --court. Prints the access that results; exits 1 with a message
on an unknown case or user, and changes nothing then.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cases import walls
from cases.docket_numbers import parse_docket_number
from cases.models import Case, MatterMember, Screen

ACTIONS = ["show", "restrict", "open", "team-add", "team-remove", "screen", "unscreen"]


class Command(BaseCommand):
    help = "Show or change who may see a case: open or restricted, its team, and the users screened from it."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=ACTIONS)
        parser.add_argument("case", help="A case id, or a docket number with --court.")
        parser.add_argument("users", nargs="*", help="Usernames, for team-add, team-remove, screen and unscreen.")
        parser.add_argument("--court", help='The court id of a docket number: "cand".')
        parser.add_argument("--reason", default="", help="Why the user is screened (required for screen).")
        parser.add_argument("--role", default="", help='The members\' role on the matter: "Associate".')

    def handle(self, *args, action, case, users, court, reason, role, **options):
        found = case_find(case, court)
        people = users_find(users)
        needs_users = action in {"team-add", "team-remove", "screen", "unscreen"}
        if needs_users and not people:
            raise CommandError(f"{action} needs at least one username.")
        if not needs_users and people:
            raise CommandError(f"{action} takes no usernames.")
        if action in {"screen", "unscreen"} and len(people) != 1:
            raise CommandError(f"{action} takes one username.")
        if action == "screen" and not reason.strip():
            raise CommandError("screen needs --reason: why the user is screened from the case.")
        with transaction.atomic():
            apply(action, found, people, reason=reason, role=role)
        self.stdout.write(access_text(found))


def apply(action: str, case: Case, people: list, *, reason: str, role: str) -> None:
    if action == "restrict":
        walls.case_restrict(case)
    elif action == "open":
        walls.case_open(case)
    elif action == "team-add":
        walls.team_add(case, people, role=role)
    elif action == "team-remove":
        walls.team_remove(case, people)
    elif action == "screen":
        walls.screen_add(case, people[0], reason=reason)
    elif action == "unscreen" and not walls.screen_remove(case, people[0]):
        raise CommandError(f"{people[0].get_username()} is not screened from this case.")


def case_find(value: str, court: str | None) -> Case:
    if court:
        try:
            number = parse_docket_number(value).normalized
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        found = Case.objects.filter(court_id=court, docket_number=number).first()
    else:
        found = Case.objects.filter(pk=int(value)).first() if value.isdigit() else None
        if found is None and not value.isdigit():
            raise CommandError(f'"{value}" is not a case id; give a docket number with --court.')
    if found is None:
        where = f" in {court}" if court else ""
        raise CommandError(f'No case "{value}"{where}.')
    return found


def users_find(names: list[str]) -> list:
    users = {user.get_username(): user for user in get_user_model().objects.filter(username__in=names)}
    unknown = [name for name in names if name not in users]
    if unknown:
        raise CommandError(f"No such user: {', '.join(unknown)}.")
    return [users[name] for name in names]


def access_text(case: Case) -> str:
    team = MatterMember.objects.filter(case=case).select_related("user")
    screens = Screen.objects.filter(case=case).select_related("user")
    lines = [
        f"{case.title}, No. {case.docket_number} ({case.court_id}), case {case.pk}",
        f"Matter number: {case.matter_number or '(none)'}",
        f"Access: {case.get_access_display()}",
        "Team: " + (", ".join(member_text(member) for member in team) or "(none)"),
        "Screened: "
        + ("; ".join(f"{s.user.get_username()} since {s.screened_on} ({s.reason})" for s in screens) or "(none)"),
    ]
    return "\n".join(lines)


def member_text(member: MatterMember) -> str:
    name = member.user.get_username()
    return f"{name} ({member.role})" if member.role else name
