from django.apps import AppConfig


class AudienceConfig(AppConfig):
    name = "audience"
    verbose_name = "Audience: attendance, engagement, invitations, reminders, reports"

    def ready(self) -> None:
        from audience import checks  # noqa: F401  (registers the start-up checks)
        from audience.services import invite_code_for
        from broadcast.access import invite_resolver_register

        # A browser admitted to an invite-only room by a share link or an invitation may also play its video.
        invite_resolver_register(invite_code_for)
