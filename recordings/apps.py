from django.apps import AppConfig


class RecordingsConfig(AppConfig):
    name = "recordings"
    verbose_name = "Recordings and replays"

    def ready(self) -> None:
        """Register the recordings' file check with the audit verification (the seam, see
        ``compliance.services.audit_verifier_register``): compliance sits below recordings and may not import
        it, yet ``manage.py audit_verify`` must re-hash every stored recording."""
        from compliance.services import audit_verifier_register
        from recordings.services import recordings_verify

        audit_verifier_register(recordings_verify)
