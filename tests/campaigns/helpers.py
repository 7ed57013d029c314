"""A campaign of bank A, created by its head office through the real services."""

from datetime import timedelta

from django.utils import timezone

from campaigns.services import campaign_create, campaign_template_submit
from compliance.models import SubmissionStatus
from compliance.services.review import submission_approve
from studio.services.sessions import studio_create
from tests.factories import session_make_approved, submissions_check_now
from tests.organisations.helpers import draft_session, featured_products
from tests.security.world import DESCRIPTION, SCRIPT


def make_campaign(org, *, approve: bool = True, segments=("vip",)):
    today = timezone.localdate()
    campaign = campaign_create(
        actor=org.head_a,
        name="理财周",
        starts_on=today,
        ends_on=today + timedelta(days=7),
        title="理财周：认识风险等级",
        description=DESCRIPTION,
        script=SCRIPT,
        poster_text="理财周直播，扫码预约。理财非存款、产品有风险、投资须谨慎。",
        product_ids=featured_products(),
        segments=list(segments),
    )
    if approve:
        template_approve(campaign, org.officer_a)
    return campaign


def template_approve(campaign, officer) -> list:
    submissions = campaign_template_submit(campaign=campaign, actor=campaign.created_by)
    submissions_check_now(submissions)
    for sub in submissions:
        sub.refresh_from_db()
        if sub.status != SubmissionStatus.APPROVED:
            submission_approve(submission=sub, officer=officer, note="总行模板一次审核")
    campaign.template_session.refresh_from_db()
    assert campaign.template_session.state == "approved"
    return submissions


def studio_of(rm):
    return rm.studios.first() or studio_create(owner=rm, name=f"{rm.username} 演播室")


def in_hours(hours: float):
    return timezone.now() + timedelta(hours=hours)


def studio_reviewed(rm, officer):
    """Give ``rm`` a studio whose name and description an officer approved once (in an ordinary session): an
    announcement names the studio, so a campaign copy reuses the template's approval only for reviewed studios."""
    studio_of(rm)
    return session_make_approved(draft_session(rm, title="演播室首场"), officer)
