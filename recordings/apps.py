from django.apps import AppConfig


class RecordingsConfig(AppConfig):
    name = "recordings"
    verbose_name = "Recordings and replays"

    def ready(self) -> None:
        """Register the recordings' file check with the audit verification (the seam, see
        ``compliance.services.audit.audit_verifier_register``): compliance sits below recordings and may not import
        it, yet ``manage.py audit_verify`` must re-hash every stored recording. Likewise the ingest's
        ``record_done`` callback (broadcast, below us) reaches ``recording_register`` through its hook."""
        from broadcast.hooks import record_done_register
        from compliance.services.audit import audit_verifier_register
        from recordings.services import recording_from_ingest, recordings_verify

        audit_verifier_register(recordings_verify)
        record_done_register(recording_from_ingest)  # nginx-rtmp's on_record_done → recording_register
