from django.apps import AppConfig


class AudienceConfig(AppConfig):
    name = "audience"
    verbose_name = "Audience: attendance, engagement, invitations, reminders, reports"

    def ready(self) -> None:
        """Plug this app's records into the layers below it, which may not import it: who an invite-only room
        admits (studio's pages, APIs and consumer; broadcast's playback) and what the live room records."""
        from audience import (
            checks,  # noqa: F401  (registers the start-up checks)
            realtime,
        )
        from audience.services.admission import invite_code_for
        from studio.admission import Admission, admission_register
        from studio.attendance import Attendance, attendance_register

        admission_register(
            Admission(
                invite_code_for=invite_code_for,
                room_invite_code=realtime.room_invite_code,
                room_admission_check=realtime.room_admission_check,
            )
        )
        attendance_register(
            Attendance(
                room_joined=realtime.room_joined,
                room_left=realtime.room_left,
                reaction_counted=realtime.reaction_counted,
                reaction_totals=realtime.reaction_totals,
                flush=realtime.attendance_flush,
            )
        )
