"""Invitations by segment: the RM invites the customers of a risk segment to an invite-only session."""

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import CustomerProfile
from accounts.roles import Role
from audience.errors import AudienceError
from audience.models import (
    Invitation,
)
from core.exceptions import ApplicationError, Conflict, NotFound
from core.times import studio_time
from organisations.selectors import membership_of
from studio.access import access_session
from studio.models import LiveSession, SessionState

LEVEL_ORDER = {"C1": 1, "C2": 2, "C3": 3, "C4": 4, "C5": 5}


@dataclass
class InvitationResult:
    segment: str
    invited: int
    already_invited: int
    customers: int
    warnings: list[dict] = field(default_factory=list)


def _effective_level(profile: CustomerProfile, now: datetime) -> int:
    """A customer's level as a number; 0 when unassessed or expired (no product suits them)."""
    if not profile.risk_level or profile.expires_at is None or profile.expires_at <= now:
        return 0
    return LEVEL_ORDER.get(profile.risk_level, 0)


def _segment_candidates(actor: User | AnonymousUser):
    """Customers the actor may invite: an RM of an institution invites their own book only."""
    candidates = CustomerProfile.objects.select_related("user").filter(
        user__is_active=True, user__groups__name=Role.CUSTOMER
    )
    if membership_of(actor) is not None:
        candidates = candidates.filter(user__book_entry__rm=actor)
    return candidates


def _segment_warnings(
    session: LiveSession, segment: str, profiles: list[CustomerProfile], now: datetime
) -> list[dict]:
    """Suitability warnings for inviting ``profiles`` to ``session``: codes and figures (said by
    ``compliance.labels.invite_warning_text``) plus an English ``message`` for API scripts."""
    levels = [_effective_level(p, now) for p in profiles]
    warnings = [
        {
            "code": "product_above_most_of_segment",
            "product": f"{code} {name}",
            "risk_level": risk,
            "suitable": sum(1 for level in levels if level >= int(risk[1])),
            "customers": len(levels),
            "message": f"{code} ({risk}) suits only some customers of “{segment}”.",
        }
        for code, name, risk in session.featured_products.order_by("code").values_list(
            "code", "name", "risk_level"
        )
        if sum(1 for level in levels if level >= int(risk[1])) * 2 < len(levels)
    ]
    product_levels = [
        int(level[1]) for level in session.featured_products.values_list("risk_level", flat=True)
    ]
    if product_levels and levels:
        lowest_product = min(product_levels)
        below_all = sum(1 for level in levels if level < lowest_product)
        if max(levels) < lowest_product:
            warnings.append(
                {
                    "code": "segment_below_products",
                    "message": (
                        f"Every customer in “{segment}” has a risk level below every featured product "
                        f"(lowest R{lowest_product}): none of them can act on a product card."
                    ),
                    "segment_levels": sorted({p.risk_level or "none" for p in profiles}),
                    "product_levels": sorted({f"R{level}" for level in product_levels}),
                }
            )
        elif below_all:
            warnings.append(
                {
                    "code": "some_customers_below_products",
                    "message": f"{below_all} of {len(profiles)} customers in “{segment}” suit no featured product.",
                    "customers": below_all,
                }
            )
    return warnings


def segment_overview(*, session_id: int, actor: User | AnonymousUser) -> list[dict]:
    """The segments the host may invite to the session, before anything is sent: each with its size, its
    risk mix (``{"C1": n, …, "none": n}``, expired assessments counted as ``none``), how many are invited
    already and the suitability warnings inviting it would raise. Sorted by segment label."""
    session = access_session(actor, session_id, for_write=True)
    now = timezone.now()
    by_segment: dict[str, list[CustomerProfile]] = {}
    for profile in _segment_candidates(actor):
        for label in dict.fromkeys(profile.segments or []):
            by_segment.setdefault(label, []).append(profile)
    invited = set(Invitation.objects.filter(session=session).values_list("customer_id", flat=True))
    overview = []
    for label in sorted(by_segment):
        profiles = by_segment[label]
        mix = {level: 0 for level in ("C1", "C2", "C3", "C4", "C5", "none")}
        for profile in profiles:
            level = _effective_level(profile, now)
            mix[f"C{level}" if level else "none"] += 1
        warnings = _segment_warnings(session, label, profiles, now)
        if any(
            w["code"] == "segment_below_products" for w in warnings
        ):  # says it all: no product suits anyone
            warnings = [w for w in warnings if w["code"] != "product_above_most_of_segment"]
        overview.append(
            {
                "segment": label,
                "customers": len(profiles),
                "risk_mix": mix,
                "already_invited": sum(1 for p in profiles if p.user_id in invited),
                "warnings": warnings,
            }
        )
    return overview


def segment_invite(
    *, session_id: int, actor: User | AnonymousUser, segment: str, confirm: bool = False
) -> InvitationResult:
    """The host invites every customer carrying the segment label; each gets an in-app notice once.

    Warns (does not refuse) when the segment's risk levels are below every featured product's, i.e.
    no invited customer could act on any product card; and reports how many invitees no product suits.
    An RM of an institution invites their own book only, and is warned before inviting: when a featured
    product is above most of the segment, nothing is sent until they repeat the call with ``confirm``
    (``Conflict(confirm_required)`` with the warnings). ``segment_overview`` gives every warning before
    the first call, so the page asks before it sends.
    """
    from compliance.services.audit import audit_record
    from compliance.services.notifications import notification_create

    session = access_session(actor, session_id, for_write=True)
    if session.state not in (SessionState.APPROVED, SessionState.LIVE):
        raise Conflict(
            _("Only an approved or live session can be shared."),
            code=AudienceError.INVALID_STATE,
            details={"state": session.state},
        )
    segment = segment.strip()
    if not segment:
        raise ApplicationError(
            _("Choose a customer segment."), code="invalid", details={"segment": ["required"]}
        )
    now = timezone.now()
    candidates = _segment_candidates(actor)
    if connection.features.supports_json_field_contains:
        candidates = candidates.filter(segments__contains=[segment])
    profiles = [p for p in candidates if segment in (p.segments or [])]
    if not profiles:
        raise NotFound(
            _("No customer of yours carries the segment “%(segment)s”: choose one from the list.")
            % {"segment": segment},
            code=AudienceError.UNKNOWN_SEGMENT,
        )
    all_warnings = _segment_warnings(session, segment, profiles, now)
    above_most = [w for w in all_warnings if w["code"] == "product_above_most_of_segment"]
    if above_most and not confirm and membership_of(actor) is not None:
        raise Conflict(
            _("A featured product is above most of this segment: confirm to invite anyway."),
            code="confirm_required",
            details={"warnings": above_most},
        )
    warnings = [w for w in all_warnings if w["code"] != "product_above_most_of_segment"]
    invited = already = 0
    with transaction.atomic():
        for profile in profiles:
            _invitation, created = Invitation.objects.get_or_create(
                session=session, customer=profile.user, defaults={"invited_by": actor, "segment": segment}
            )
            if not created:
                already += 1
                continue
            invited += 1
            with translation.override(settings.LANGUAGE_CODE):
                message = _("You are invited to “%(title)s” on %(time)s.") % {
                    "title": session.title,
                    "time": studio_time(session.scheduled_start),
                }
            notification_create(
                recipient=profile.user, kind="session_invitation", session=session, message=message
            )
        audit_record(
            event_type="invitation.segment",
            actor=actor,
            subject=session,
            data={
                "segment": segment,
                "invited": invited,
                "already_invited": already,
                "warnings": [w["code"] for w in warnings],
            },
        )
    return InvitationResult(
        segment=segment, invited=invited, already_invited=already, customers=len(profiles), warnings=warnings
    )
