"""Product cards: the host pushes a featured product whose card an officer approved; viewers open it."""

from django.contrib.auth.models import AnonymousUser, User
from django.db import IntegrityError, transaction
from django.utils.translation import gettext

from compliance.selectors import product_card_approved
from compliance.services.audit import audit_record, content_sha256
from core import ratelimit
from core.events import broadcast_on_commit
from core.exceptions import Conflict, NotFound
from studio.access import (
    LoginRequired,
    access_session,
    access_session_as_host,
)
from studio.errors import StudioError
from studio.lifecycle import room_group
from studio.models import (
    CardOpen,
    CardPush,
)
from studio.protocol import (
    card_frame,
)
from studio.services.room.rules import (
    require_live,
)

CARD_OPEN_RATE_LIMIT = 30  # per user per minute: opens are analytics evidence, not to be inflated


def card_push(
    *, session_id: int, actor: User | AnonymousUser, product_id: int, ref: str | None = None
) -> CardPush:
    """The host pushes a featured product whose card text is approved; each viewer gets ``card.pushed``.

    Idempotent per ``ref``. The card text shown is the approved text, snapshotted on the push.
    """
    session = access_session_as_host(actor, session_id)
    if ref:
        existing = CardPush.objects.filter(session=session, pushed_by=actor, ref=ref).first()
        if existing is not None:
            return existing
    require_live(session)
    product = session.featured_products.filter(pk=product_id).first()
    if product is None:
        raise NotFound(
            gettext("The product is not featured in this session."), code=StudioError.UNKNOWN_PRODUCT
        )
    if not product_card_approved(product):
        raise Conflict(
            gettext("The product's card is not approved by compliance."), code=StudioError.CARD_NOT_APPROVED
        )
    try:
        with transaction.atomic():
            push = CardPush.objects.create(
                session=session, product=product, pushed_by=actor, ref=ref or "", card_text=product.card_text
            )
            audit_record(
                event_type="card.pushed",
                actor=actor,
                subject=push,
                data={
                    "session_id": session.pk,
                    "card_id": push.pk,
                    "product_id": product.pk,
                    "product": product.code,
                    "card_sha256": content_sha256(push.card_text),
                },
            )
            card, facts = card_frame(push)
            broadcast_on_commit(room_group(session.pk), {"type": "room.card", "card": card, "product": facts})
    except IntegrityError:
        return CardPush.objects.get(session=session, pushed_by=actor, ref=ref)
    return push


def card_open(*, session_id: int, user: User | AnonymousUser, card_id: int) -> CardOpen:
    """Record that a signed-in viewer opened a pushed card (who and when)."""
    session = access_session(user, session_id)
    if not user.is_authenticated:
        raise LoginRequired(gettext("Sign in to open a product card."))
    push = CardPush.objects.filter(pk=card_id, session=session).first()
    if push is None:
        raise NotFound(gettext("Card not found."))
    ratelimit.hit(f"cardopen:{session.pk}:{user.pk}", limit=CARD_OPEN_RATE_LIMIT, window_seconds=60)
    return CardOpen.objects.create(push=push, user=user)
