from django.apps import AppConfig


class BroadcastConfig(AppConfig):
    name = "broadcast"
    verbose_name = "Live video: stream keys, the gated ingest and playback"

    def ready(self) -> None:
        from broadcast import checks  # noqa: F401  (registers the start-up checks)
