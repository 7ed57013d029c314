import os
import secrets

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from studio.demo import DEMO_USERNAMES, demo_data_load


class Command(BaseCommand):
    help = "Load the demo people, studios and products once (refuses to run when DEBUG is off)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo data is for local runs only: refusing because DEBUG is off.")
        password = os.environ.get("DEMO_PASSWORD") or secrets.token_urlsafe(9)
        if not demo_data_load(password=password):
            self.stdout.write("Demo data already present; nothing changed.")
            return
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
        self.stdout.write(f"Demo logins: {', '.join(DEMO_USERNAMES)} — password: {password}")
