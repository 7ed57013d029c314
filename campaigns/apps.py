from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = "Campaigns"

    def ready(self) -> None:
        # The seam that lets compliance (below) approve a campaign session's unedited copy of its template.
        from campaigns.services import template_session_of
        from compliance.services import template_source_register

        template_source_register(template_session_of)
