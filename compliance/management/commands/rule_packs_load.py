"""Load the repository's rule pack files into the database (what the data migration does, on demand)."""

from django.core.management.base import BaseCommand

from compliance.services.rule_packs import rule_packs_load


class Command(BaseCommand):
    help = "Load rule packs from the pack files; --force stores a new version when a file differs."

    def add_arguments(self, parser):
        parser.add_argument("names", nargs="*", default=["cn", "us", "audience"])
        parser.add_argument("--force", action="store_true")

    def handle(self, *args, names, force, **options):
        loaded = rule_packs_load(names=names, force=force)
        for pack in loaded:
            self.stdout.write(f"loaded {pack.label}")
        if not loaded:
            self.stdout.write("nothing to load: every pack already has an active version")
