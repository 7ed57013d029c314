"""Verify the audit trail's hash chain; exit non-zero and name the events when it was tampered with."""

from django.core.management.base import BaseCommand, CommandError

from compliance.models import AuditEvent
from compliance.services import audit_verify


class Command(BaseCommand):
    help = "Check every audit event's hash and link; report edited, inserted or deleted events by id."

    def handle(self, *args, **options):
        problems = audit_verify()
        for problem in problems:
            self.stderr.write(f"{problem.kind.upper()}: {problem.message}")
        if problems:
            raise CommandError(f"The audit trail was tampered with: {len(problems)} problem(s).")
        self.stdout.write(self.style.SUCCESS(f"OK: {AuditEvent.objects.count()} audit events, chain intact."))
