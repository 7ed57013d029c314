from django.apps import AppConfig


class AudienceConfig(AppConfig):
    name = "audience"
    verbose_name = "Audience: attendance, engagement, invitations, reminders, reports"
