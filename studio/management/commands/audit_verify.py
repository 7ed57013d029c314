"""Verify the audit trail: the hash chain, its anchors outside the database, and the chat lines' seals.

Exit non-zero and name the events (or anchor lines, or sessions) when anything was tampered with.
``--session ID`` limits the chat check to one session and lists that session's audit events.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from compliance.anchoring import AnchorKeyMissing, anchor_path, anchors_read, anchors_verify
from compliance.models import AuditEvent
from compliance.services.audit import audit_verify
from studio.chat_seal import chat_seals_verify


class Command(BaseCommand):
    help = (
        "Check every audit event's hash and link, the anchored checkpoints of the chain head and the chat "
        "seals; report edited, inserted or deleted events by id."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--session", type=int, help="check the chat seals of this session only, and list its audit events"
        )
        parser.add_argument("--anchors", help="anchor file to check (default: settings.AUDIT_ANCHOR_PATH)")
        parser.add_argument("--no-anchors", action="store_true", help="skip the anchors (no key at hand)")

    def handle(self, *args, **options):
        problems = audit_verify()
        anchors_note = ""
        if not options["no_anchors"]:
            path = Path(options["anchors"]) if options["anchors"] else anchor_path()
            try:
                problems += anchors_verify(path=path)
                count = len(anchors_read(path))
                anchors_note = f", {count} anchor(s) in {path} checked"
                if not count:
                    self.stderr.write(
                        f"WARNING: no anchors in {path}: the chain is checked against itself only."
                    )
            except AnchorKeyMissing as exc:
                raise CommandError(f"{exc} Set it, or pass --no-anchors.") from exc
        session = options["session"]
        problems += chat_seals_verify(session_ids=[session] if session else None)
        if session:
            for event in AuditEvent.objects.filter(
                subject_type="studio.livesession", subject_id=str(session)
            ):
                self.stdout.write(
                    f"  seq {event.seq} {event.at.isoformat()} {event.event_type} "
                    f"{event.actor_name or '-'} {event.data}"
                )
        for problem in problems:
            self.stderr.write(f"{problem.kind.upper()}: {problem.message}")
        if problems:
            raise CommandError(f"The audit trail was tampered with: {len(problems)} problem(s).")
        self.stdout.write(
            self.style.SUCCESS(
                f"OK: {AuditEvent.objects.count()} audit events, chain intact{anchors_note}, chat seals match."
            )
        )
