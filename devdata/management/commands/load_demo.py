from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from devdata.demo import DEMO_USERS, demo_dockets_load, demo_users_ensure, reference_case_load


class Command(BaseCommand):
    help = (
        "Create the demo users, load the reference case, De La Torre v. LinkedIn Corp., and import five real "
        "docket sheets. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-published-passwords",
            action="store_true",
            help="Run even with debug off. The demo passwords are in the README: never do this in production.",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["allow_published_passwords"]:
            raise CommandError(
                "load_demo creates users whose passwords are published in the README, so it runs only with "
                "DJANGO_DEBUG=1. Pass --allow-published-passwords to run it anyway on a machine nobody else can reach."
            )
        created = demo_users_ensure()
        case = reference_case_load()
        self.stdout.write(f"Reference case: {case} loaded." if case else "Reference case: already loaded.")
        dockets = demo_dockets_load()
        for summary in dockets:
            self.stdout.write(f"Real docket: {summary.case} imported, {summary.entries.added} entries.")
        if not dockets:
            self.stdout.write("Real dockets: already imported.")
        self.stdout.write(f"Users created: {', '.join(created)}." if created else "Users: already present.")
        self.stdout.write("Demo logins (username / password):")
        for username, password, role, _ in DEMO_USERS:
            self.stdout.write(f"  {username:<10} / {password:<16} {role}")
