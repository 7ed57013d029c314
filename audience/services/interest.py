"""Card interest: a signed-in viewer asks about a pushed product card, which becomes a lead for the RM."""

from django.contrib.auth.models import AnonymousUser, User
from django.db import IntegrityError, transaction

from accounts.models import CustomerProfile
from accounts.roles import Role, has_role
from audience.errors import AudienceError
from audience.models import (
    CardInterest,
    ShareLinkRedemption,
)
from audience.services.admission import invite_code_for
from core.exceptions import Conflict, Forbidden, NotFound
from organisations.services import lead_record
from products.services import suitability_check
from studio.access import access_session
from studio.admission import admit
from studio.models import CardPush, LiveSession


def _watchable(user: User | AnonymousUser, session_id: int, request_session=None) -> LiveSession:
    """``studio.access.access_session`` with the invitation rule applied: an invited customer or a browser that
    redeemed a share link reaches an invite-only session as if it held the room's code."""
    admit(user, session_id, invite_code_for(user, session_id, request_session))
    return access_session(user, session_id)


def card_interest_record(
    *, session_id: int, user: User | AnonymousUser, card_id: int, request_session=None, consent: bool = False
) -> tuple[CardInterest, bool]:
    """A customer says "interested" in a pushed card; only when the product suits them. Once per card.

    Returns ``(interest, created)``; a second click returns the first record. With ``consent`` the click
    also becomes a lead for the customer's RM (``organisations.services.lead_record``), once per card.
    """
    session = _watchable(user, session_id, request_session)
    push = CardPush.objects.select_related("product").filter(pk=card_id, session=session).first()
    if push is None:
        raise NotFound("Card not found.")
    if not has_role(user, Role.CUSTOMER):
        raise Forbidden("Only customers can express interest in a product.", code=AudienceError.FORBIDDEN)
    existing = CardInterest.objects.filter(push=push, user=user).first()
    if existing is not None:
        if consent:
            _lead_from_interest(session, push, user)
        return existing, False
    profile = CustomerProfile.objects.filter(user=user).first()
    verdict = suitability_check(profile=profile, product=push.product)
    if not verdict.allowed:
        raise Conflict(
            verdict.message, code=AudienceError.NOT_SUITABLE, details={"reason": verdict.reason.value}
        )
    try:
        with transaction.atomic():
            interest = CardInterest.objects.create(push=push, user=user, risk_level=profile.risk_level)
    except IntegrityError:  # a double click racing on two processes
        return CardInterest.objects.get(push=push, user=user), False
    if consent:
        _lead_from_interest(session, push, user)
    return interest, True


def _lead_from_interest(session: LiveSession, push: CardPush, user: User) -> None:
    link_id = (
        ShareLinkRedemption.objects.filter(user=user, link__session=session)
        .order_by("-at")
        .values_list("link_id", flat=True)
        .first()
    )
    lead_record(
        customer=user,
        session_id=session.pk,
        session_owner_id=session.studio.owner_id,
        push_id=push.pk,
        product_id=push.product_id,
        share_link_id=link_id,
    )
