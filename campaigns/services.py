"""Writes for campaigns: create one with its template session, submit the template once, make sessions from it."""

import secrets
from datetime import date, datetime

from django.contrib.auth.models import User
from django.db import transaction

from accounts.roles import Role, has_role
from campaigns.errors import CampaignError
from campaigns.models import Campaign, CampaignSession
from compliance.services.gate import session_content_submit
from core.exceptions import ApplicationError, Forbidden, NotFound
from organisations.selectors import is_head_office, membership_of
from products.models import Product
from studio.models import LiveSession, Studio, Visibility

TEMPLATE_STUDIO_NAME = "总行活动模板"


def campaign_announcement(campaign: Campaign) -> str:
    """The sessions' description: the campaign's, then its share-poster text (reviewed together)."""
    parts = [campaign.description.strip()]
    if campaign.poster_text.strip():
        parts.append(f"【分享海报】{campaign.poster_text.strip()}")
    return "\n".join(p for p in parts if p)


@transaction.atomic
def campaign_create(
    *,
    actor: User,
    name: str,
    starts_on: date,
    ends_on: date,
    title: str,
    description: str = "",
    script: str = "",
    poster_text: str = "",
    product_ids: list[int] | None = None,
    segments: list[str] | None = None,
) -> Campaign:
    """Head office creates a campaign and its template session (a draft in the head-office studio).

    The template session is invite-only with no invite code and never goes live (head office is not an
    RM): it exists so officers review the campaign's content once through the ordinary gate.
    """
    if not is_head_office(actor):
        raise Forbidden("Only head office creates campaigns.", code=CampaignError.FORBIDDEN)
    products = list(Product.objects.filter(pk__in=set(product_ids or [])))
    if len(products) != len(set(product_ids or [])):
        raise ApplicationError("Unknown products.", code="unknown_product")
    campaign = Campaign(
        institution=membership_of(actor).institution,
        name=name,
        starts_on=starts_on,
        ends_on=ends_on,
        title=title,
        description=description,
        script=script,
        poster_text=poster_text,
        segments=[s.strip() for s in segments or [] if s.strip()],
        created_by=actor,
    )
    campaign.full_clean(exclude=["template_session"])
    campaign.save()
    campaign.products.set(products)
    studio, _ = Studio.objects.get_or_create(owner=actor, name=TEMPLATE_STUDIO_NAME)
    template = LiveSession(
        studio=studio,
        title=title,
        description=campaign_announcement(campaign),
        script=script,
        scheduled_start=datetime.combine(starts_on, datetime.min.time()).astimezone(),
        visibility=Visibility.INVITE_ONLY,
        guests_can_watch=False,
        invite_code="",
    )
    template.full_clean(exclude=["pinned_message"])
    template.save()
    template.featured_products.set(products)
    campaign.template_session = template
    campaign.save(update_fields=["template_session", "updated_at"])
    return campaign


def campaign_template_submit(*, campaign: Campaign, actor: User) -> list:
    """Submit the campaign's template for review, once; officers decide in the ordinary queue."""
    if not is_head_office(actor) or campaign.created_by_id != actor.pk:
        raise Forbidden(
            "Only the head-office author submits a campaign's template.", code=CampaignError.FORBIDDEN
        )
    return session_content_submit(session=campaign.template_session, author=actor)


@transaction.atomic
def campaign_session_create(
    *, campaign: Campaign, actor: User, studio_id: int, scheduled_start: datetime
) -> CampaignSession:
    """An RM of the campaign's institution makes a session from it in their own studio.

    The session copies the template's title, announcement, script and products; when the template is
    approved, submitting the unedited copy opens its gate without a second review.
    """
    membership = membership_of(actor)
    if (
        not has_role(actor, Role.RM)
        or membership is None
        or membership.institution_id != campaign.institution_id
    ):
        raise Forbidden(
            "Only RMs of the campaign's institution run its sessions.", code=CampaignError.FORBIDDEN
        )
    studio = Studio.objects.filter(pk=studio_id, owner=actor).first()
    if studio is None:
        raise NotFound("Studio not found.")
    template = campaign.template_session
    session = LiveSession(
        studio=studio,
        title=template.title,
        description=template.description,
        script=template.script,
        scheduled_start=scheduled_start,
        invite_code=_invite_code(),
    )
    session.full_clean(exclude=["pinned_message"])
    session.save()
    session.featured_products.set(template.featured_products.all())
    return CampaignSession.objects.create(
        campaign=campaign, session=session, rm=actor, branch=membership.branch
    )


def _invite_code() -> str:
    return secrets.token_urlsafe(12)


def template_session_of(session_id: int) -> int | None:
    """The template session whose approval a campaign's session may reuse (registered with compliance)."""
    return (
        CampaignSession.objects.filter(session_id=session_id)
        .values_list("campaign__template_session_id", flat=True)
        .first()
    )
