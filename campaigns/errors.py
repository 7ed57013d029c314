from enum import StrEnum


class CampaignError(StrEnum):
    FORBIDDEN = "campaign_forbidden"
    NOT_SUBMITTED = "campaign_template_not_submitted"
    CONFIRM_REQUIRED = "confirm_required"
