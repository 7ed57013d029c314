from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = "Campaigns"

    def ready(self) -> None:
        # The seam that lets compliance (below) approve a campaign session's unedited copy of its template.
        from campaigns.demo import demo_organisation_ensure
        from campaigns.services import template_session_of
        from compliance.services.submissions import template_source_register
        from studio.demo import demo_extension_register

        template_source_register(template_session_of)
        demo_extension_register(demo_organisation_ensure)
