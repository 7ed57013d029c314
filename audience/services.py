"""Writes of the audience app: attendance, card interest, share links, invitations and reminders.

Attendance is written by the live room's consumer (``attendance_join``/``attendance_leave``, run in a
worker thread) and by the 10-second sampler task (``concurrency_sample``). Everything else is called by
``audience.apis``, ``audience.views`` and ``audience.tasks``. Who may do what is checked here or in
``audience.access``; a session the caller may not see is ``NotFound``, like one that does not exist.
"""

import functools
import hashlib
import logging
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import send_mail
from django.db import IntegrityError, connection, transaction
from django.db.models import Case, F, Value, When
from django.db.models.functions import Greatest
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import CustomerProfile
from accounts.roles import Role, has_role
from audience.errors import AudienceError
from audience.models import (
    CardInterest,
    ConcurrencySample,
    Invitation,
    ReactionTally,
    Reminder,
    ShareLink,
    ShareLinkRedemption,
    Visit,
)
from core.events import broadcast_on_commit
from core.exceptions import ApplicationError, Conflict, Forbidden, NotFound
from organisations.selectors import membership_of
from organisations.services import lead_record
from products.services import suitability_check
from recordings.selectors import replay_is_published
from studio.access import access_session, session_may_watch, session_overseer
from studio.lifecycle import room_group
from studio.models import CardPush, LiveSession, SessionState, Visibility
from studio.times import studio_time

logger = logging.getLogger(__name__)

#: Roles counted as the audience of a room (the host, colleagues and officers are not).
AUDIENCE_ROLES = ("customer", "guest")
#: Where a browser session keeps the share links it redeemed: ``{str(session_id): link_id}``.
GRANTS_KEY = "audience_grants"
SAMPLE_SECONDS = 10
#: A visit whose server process has not reported presence for this long is closed by the sampler.
PROCESS_GONE_AFTER = 15.0
#: A fresh visit is never swept: its process may not have written its first presence entry yet.
SWEEP_MIN_AGE = timedelta(seconds=30)
REMINDER_LEAD = timedelta(minutes=15)
#: A reminder still goes out this long after the scheduled start (beat was down, or a late subscriber).
REMINDER_GRACE = timedelta(minutes=10)
SHARE_LINK_MAX_DAYS = 90
REACTION_KEY_TTL = 30 * 24 * 3600


def _prefix() -> str:
    return settings.CHANNEL_LAYERS["default"]["CONFIG"].get("prefix", "asgi")


@functools.cache
def _redis_for(url: str):
    from redis import Redis

    return Redis.from_url(url)  # thread-safe: its connection pool is shared by the worker's threads


def _redis():
    return _redis_for(settings.REDIS_URL)


def reactions_key(session_id: int) -> str:
    """Redis hash of live reaction counts: field ``<minute epoch>:<kind>`` → count."""
    return f"{_prefix()}:audience:reactions:{session_id}"


# ---------------------------------------------------------------------------------------------
# Viewer identity


def viewer_key_for(user: User | AnonymousUser | None, session_key: str | None) -> str:
    """A stable key for one viewer: the user id, else a hash of the browser session, else per connection.

    The browser session key is hashed so the key stored and exported never works as a cookie.
    """
    if user is not None and user.is_authenticated:
        return f"u:{user.pk}"
    if session_key:
        return "g:" + hashlib.sha256(session_key.encode()).hexdigest()[:32]
    return f"g:c-{uuid.uuid4().hex}"


# ---------------------------------------------------------------------------------------------
# Attendance


def attendance_join(*, session_id: int, viewer_key: str, user_id: int | None, role: str = "",
                    process: str = "", at: datetime | None = None) -> int:
    """Record that a socket entered the room; returns the visit id for ``attendance_leave``."""
    visit = Visit.objects.create(session_id=session_id, viewer_key=viewer_key[:80], user_id=user_id,
                                 role=role[:16], process=process[:120], joined_at=at or timezone.now())
    return visit.pk


def attendance_leave(*, visit_id: int, at: datetime | None = None) -> bool:
    """Record that the socket left. Idempotent: a visit closes once (a sweep may have closed it first)."""
    at = at or timezone.now()
    return bool(Visit.objects.filter(pk=visit_id, left_at__isnull=True).update(left_at=Greatest(F("joined_at"), at)))


@transaction.atomic
def attendance_record_batch(*, joins: list[dict], leaves: list[tuple[str, datetime]]) -> None:
    """Write many sockets' joins and leaves in one transaction (``audience.realtime`` buffers them).

    ``joins`` are ``attendance_join`` keyword dicts with a ``token`` (the socket's id); ``leaves`` are
    ``(token, at)``. Joins are written first, so a socket that came and went within one batch is recorded
    whole. Idempotent: a token written before is skipped, a visit closes once.
    """
    if joins:
        Visit.objects.bulk_create([
            Visit(session_id=j["session_id"], viewer_key=j["viewer_key"][:80], token=j["token"], user_id=j["user_id"],
                  role=j.get("role", "")[:16], process=j.get("process", "")[:120], joined_at=j["at"])
            for j in joins], ignore_conflicts=True)
    for start in range(0, len(leaves), 500):  # one UPDATE per 500 leaves, each with its own time
        chunk = dict(leaves[start:start + 500])
        when = Case(*[When(token=token, then=Value(at)) for token, at in chunk.items()],
                    output_field=Visit._meta.get_field("left_at"))
        Visit.objects.filter(token__in=chunk, left_at__isnull=True).update(left_at=Greatest(F("joined_at"), when))


def live_processes(session_id: int, *, now: float | None = None) -> set[str] | None:
    """Server processes that reported presence for the room lately, or ``None`` when nobody reported.

    Reads the presence hash the live room's fan-out hubs keep (``studio.presence.Presence.publish``: field =
    the hub's process key, value ``"<sockets>:<unix time>"``, rewritten every 2 s by each process).
    """
    import time

    now = time.time() if now is None else now
    try:
        entries = _redis().hgetall(f"{_prefix()}:presence:{session_id}")
    except Exception:
        logger.warning("presence of room %s unreadable", session_id, exc_info=True)
        return None
    if not entries:
        return None
    alive = set()
    for field_name, value in entries.items():
        try:
            stamp = float(value.decode().partition(":")[2])
        except ValueError:
            return None  # a format this code does not know: sweep nothing rather than the wrong thing
        if now - stamp <= PROCESS_GONE_AFTER:
            alive.add(field_name.decode())
    return alive


def _sweep_vanished(session_id: int, now: datetime) -> int:
    """Close open visits held by a process that stopped reporting presence (it crashed or was killed)."""
    alive = live_processes(session_id, now=now.timestamp())
    if alive is None:
        return 0
    return (Visit.objects.filter(session_id=session_id, left_at__isnull=True, joined_at__lt=now - SWEEP_MIN_AGE)
            .exclude(process="").exclude(process__in=alive)
            .update(left_at=now, closed_by_sweep=True))


def _close_ended(now: datetime) -> int:
    """Visits still open in ended sessions end with the session (sockets may linger after the end)."""
    closed = 0
    session_ids = set(Visit.objects.filter(left_at__isnull=True, session__state=SessionState.ENDED)
                      .values_list("session_id", flat=True))
    for session in LiveSession.objects.filter(pk__in=session_ids).only("id", "ended_at"):
        end = session.ended_at or now
        closed += Visit.objects.filter(session=session, left_at__isnull=True).update(
            left_at=Greatest(F("joined_at"), end))
    return closed


def room_counts(session_id: int) -> tuple[int, int]:
    """(distinct audience viewers, audience sockets) connected to the room now, across every process."""
    open_visits = Visit.objects.filter(session_id=session_id, left_at__isnull=True, role__in=AUDIENCE_ROLES)
    return open_visits.values("viewer_key").distinct().count(), open_visits.count()


def concurrency_sample(*, now: datetime | None = None) -> dict[int, int]:
    """Take this 10-second tick's sample of every live room; returns ``{session_id: viewers}``.

    Safe to run twice for one tick (a retried task, two beat processes): the unique ``(session, bucket)``
    keeps the first sample. Also closes visits of vanished processes and of ended sessions, and copies
    the live reaction counters into ``ReactionTally``.
    """
    now = now or timezone.now()
    bucket = int(now.timestamp()) // SAMPLE_SECONDS
    samples = []
    result: dict[int, int] = {}
    live_ids = list(LiveSession.objects.filter(state=SessionState.LIVE).values_list("pk", flat=True))
    for session_id in live_ids:
        _sweep_vanished(session_id, now)
        viewers, sockets = room_counts(session_id)
        result[session_id] = viewers
        samples.append(ConcurrencySample(session_id=session_id, bucket=bucket, viewers=viewers, sockets=sockets,
                                         at=datetime.fromtimestamp(bucket * SAMPLE_SECONDS, tz=now.tzinfo)))
    ConcurrencySample.objects.bulk_create(samples, ignore_conflicts=True)
    _close_ended(now)
    recent_ended = LiveSession.objects.filter(state=SessionState.ENDED, ended_at__gte=now - timedelta(minutes=10))
    for session_id in [*live_ids, *recent_ended.values_list("pk", flat=True)]:
        reactions_persist(session_id=session_id)
    return result


def reactions_persist(*, session_id: int) -> int:
    """Copy the room's reaction counters from Redis into ``ReactionTally`` (absolute values: rerunnable)."""
    try:
        entries = _redis().hgetall(reactions_key(session_id))
    except Exception:
        logger.warning("reaction counters of room %s unreadable", session_id, exc_info=True)
        return 0
    rows = []
    for field_name, value in entries.items():
        minute, _sep, kind = field_name.decode().partition(":")
        try:
            at = datetime.fromtimestamp(int(minute) * 60, tz=timezone.get_current_timezone())
        except ValueError:
            continue
        rows.append(ReactionTally(session_id=session_id, minute=at, kind=kind[:16], count=int(value)))
    if rows:
        ReactionTally.objects.bulk_create(rows, update_conflicts=True, unique_fields=["session", "minute", "kind"],
                                          update_fields=["count"])
    return len(rows)


def _watchable(user: User | AnonymousUser, session_id: int, request_session=None) -> LiveSession:
    """``studio.access.access_session`` with the invitation rule applied: an invited customer or a browser that
    redeemed a share link reaches an invite-only session as if it held the room's code."""
    return access_session(user, session_id, invite_code=invite_code_for(user, session_id, request_session))


# ---------------------------------------------------------------------------------------------
# Card interest


def card_interest_record(*, session_id: int, user: User | AnonymousUser, card_id: int,
                         request_session=None, consent: bool = False) -> tuple[CardInterest, bool]:
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
        raise Conflict(verdict.message, code=AudienceError.NOT_SUITABLE, details={"reason": verdict.reason.value})
    try:
        with transaction.atomic():
            interest = CardInterest.objects.create(push=push, user=user, risk_level=profile.risk_level)
    except IntegrityError:  # a double click racing on two processes
        return CardInterest.objects.get(push=push, user=user), False
    if consent:
        _lead_from_interest(session, push, user)
    return interest, True


def _lead_from_interest(session: LiveSession, push: CardPush, user: User) -> None:
    link_id = (ShareLinkRedemption.objects.filter(user=user, link__session=session).order_by("-at")
               .values_list("link_id", flat=True).first())
    lead_record(customer=user, session_id=session.pk, session_owner_id=session.studio.owner_id, push_id=push.pk,
                product_id=push.product_id, share_link_id=link_id)


# ---------------------------------------------------------------------------------------------
# Share links and who may enter an invite-only room


def share_link_create(*, session_id: int, actor: User | AnonymousUser, expires_at: datetime | None = None,
                      label: str = "") -> ShareLink:
    """An RM makes a share link to an approved (or live) session, attributed to them.

    The host may share any of their sessions; another RM may share a public session (invite-only
    rooms are the host's to open). Links expire (default 7 days, at most 90).
    """
    from compliance.services.audit import audit_record

    if not has_role(actor, Role.RM):
        raise NotFound("Session not found.")
    session = access_session(actor, session_id)
    is_host = session.studio.owner_id == actor.id
    if not is_host and session.visibility == Visibility.INVITE_ONLY:
        raise NotFound("Session not found.")
    if session.state not in (SessionState.APPROVED, SessionState.LIVE):
        raise Conflict("Only an approved or live session can be shared.", code=AudienceError.INVALID_STATE,
                       details={"state": session.state})
    now = timezone.now()
    expires_at = expires_at or now + timedelta(days=7)
    if expires_at <= now or expires_at > now + timedelta(days=SHARE_LINK_MAX_DAYS):
        raise ApplicationError(f"A link expires in the future, within {SHARE_LINK_MAX_DAYS} days.",
                               code="invalid", details={"expires_at": ["out of range"]})
    with transaction.atomic():
        link = ShareLink.objects.create(session=session, created_by=actor, token=secrets.token_urlsafe(18),
                                        label=label[:120], expires_at=expires_at,
                                        opens_invite_only=is_host and session.visibility == Visibility.INVITE_ONLY)
        audit_record(event_type="share_link.created", actor=actor, subject=session,
                     data={"link_id": link.pk, "expires_at": expires_at.isoformat(), "label": link.label})
    return link


def share_link_revoke(*, link_id: int, actor: User | AnonymousUser) -> ShareLink:
    """Its creator (or the session's host) revokes a link; later redemptions fail. Idempotent."""
    link = ShareLink.objects.select_related("session__studio").filter(pk=link_id).first()
    if link is None or not actor.is_authenticated or actor.id not in (link.created_by_id, link.session.studio.owner_id):
        raise NotFound("Share link not found.")
    if link.revoked_at is None:
        from compliance.services.audit import audit_record

        with transaction.atomic():
            link.revoked_at = timezone.now()
            link.save(update_fields=["revoked_at", "updated_at"])
            audit_record(event_type="share_link.revoked", actor=actor, subject=link.session,
                         data={"link_id": link.pk})
            room_admission_changed(link.session_id)
    return link


def room_admission_changed(session_id: int) -> None:
    """Tell the room's sockets (every process) to check their admission again, after commit: a grant ended."""
    broadcast_on_commit(room_group(session_id), {"type": "room.admission"})


def share_link_redeem(*, token: str, user: User | AnonymousUser, request_session) -> ShareLink:
    """Someone opened a share link: record it and let their browser session into the room.

    Raises ``NotFound`` for an unknown token and ``Conflict(link_expired)`` for an expired or revoked one.
    ``request_session`` is the Django session of the browser (``request.session``): it keeps the grant.
    """
    link = ShareLink.objects.select_related("session").filter(token=token[:64]).first() if token else None
    if link is None:
        raise NotFound("Share link not found.")
    now = timezone.now()
    # After the end a link keeps working only for a replay an officer published (recordings' review gate).
    replay_open = link.session.state == SessionState.ENDED and replay_is_published(link.session)
    if link.revoked_at is not None or link.expires_at <= now or (
            link.session.state == SessionState.ENDED and not replay_open):
        raise Conflict("This link has expired.", code=AudienceError.LINK_EXPIRED)
    if link.session.state not in (SessionState.APPROVED, SessionState.LIVE) and not replay_open:
        raise NotFound("Share link not found.")  # pulled back to review: the session is not public now
    if link.session.visibility == Visibility.INVITE_ONLY and not link.opens_invite_only:
        raise Conflict("This link was made while the room was public; it does not open it now.",
                       code=AudienceError.LINK_EXPIRED)
    grants = dict(request_session.get(GRANTS_KEY) or {})
    grants[str(link.session_id)] = link.pk
    request_session[GRANTS_KEY] = grants
    if not request_session.session_key:
        request_session.save()  # a guest needs a session key: it is their viewer key in the room
    ShareLinkRedemption.objects.create(
        link=link, user=user if user.is_authenticated else None,
        viewer_key=viewer_key_for(user, request_session.session_key), at=now)
    return link


def _link_admits(link: ShareLink, session: LiveSession, now: datetime) -> bool:
    """A grant lasts as long as its link: not revoked, not expired, made for this invite-only room."""
    return (link.session_id == session.pk and link.revoked_at is None and link.expires_at > now
            and link.opens_invite_only)


def viewer_admission(session: LiveSession, user: User | AnonymousUser | None,
                     request_session) -> tuple[bool, datetime | None]:
    """The invitation rule: may this browser enter ``session`` as far as invitations go, and until when?

    A public session admits everybody; an invite-only one admits its host, compliance officers, invited
    customers (no end), and holders of one of its live share links made for the invite-only room: a browser
    that redeemed it, or a signed-in user who redeemed it anywhere (until the latest such link expires).
    A revoked or expired link, or one made while the room was public, admits nobody. The room's other rules
    (state, guests) stay in ``studio.access.session_may_watch``.
    """
    if session.visibility != Visibility.INVITE_ONLY:
        return True, None
    if user is not None and user.is_authenticated:
        if session.studio.owner_id == user.id or session_overseer(user, session):
            return True, None
        if Invitation.objects.filter(session=session, customer=user).exists():
            return True, None
    now = timezone.now()
    link_ids = set()
    if request_session is not None:
        granted = (request_session.get(GRANTS_KEY) or {}).get(str(session.pk))
        if isinstance(granted, int):
            link_ids.add(granted)
    if user is not None and user.is_authenticated:
        link_ids.update(ShareLinkRedemption.objects.filter(link__session=session, user=user)
                        .values_list("link_id", flat=True))
    links = [link for link in ShareLink.objects.filter(pk__in=link_ids) if _link_admits(link, session, now)]
    if not links:
        return False, None
    return True, max(link.expires_at for link in links)


def viewer_may_join(session: LiveSession, user: User | AnonymousUser | None, request_session) -> bool:
    return viewer_admission(session, user, request_session)[0]


def invite_code_for(user: User | AnonymousUser | None, session_id: int, request_session) -> str:
    """The session's room code when ``viewer_may_join`` admits this viewer to an invite-only room, else "".

    The consumer and pages pass it to ``studio.access`` as ``invite_code``, so link holders never see the
    room's code itself (it would outlive their link).
    """
    return room_admission(user, session_id, request_session)[1]


def room_admission(user: User | AnonymousUser | None, session_id: int, request_session) -> tuple[bool, str]:
    """``(invite_only, code)``: whether the session is invite-only, and its code when this viewer is admitted."""
    invite_only, code, _until = room_admission_until(user, session_id, request_session)
    return invite_only, code


def room_admission_until(user: User | AnonymousUser | None, session_id: int,
                         request_session) -> tuple[bool, str, datetime | None]:
    """``room_admission`` and, for a viewer admitted by share links, when the last of them expires."""
    session = LiveSession.objects.select_related("studio").filter(pk=session_id).first()
    if session is None or session.visibility != Visibility.INVITE_ONLY:
        return False, "", None
    admitted, until = viewer_admission(session, user, request_session)
    return True, session.invite_code if admitted else "", until


def room_admission_check(user: User | AnonymousUser | None, session_id: int, request_session,
                         query_invite: str) -> tuple[bool, datetime | None]:
    """May a connected socket stay in the room? ``(allowed, recheck_at)``: the connect's rules again (the code
    it came with, else the browser's grants), read fresh; ``recheck_at`` is when its admitting link expires."""
    session = LiveSession.objects.select_related("studio").filter(pk=session_id).first()
    if session is None:
        return False, None
    if session_may_watch(user, session, invite_code=query_invite):
        return True, None
    admitted, until = viewer_admission(session, user, request_session)
    if admitted and session_may_watch(user, session, invite_code=session.invite_code):
        return True, until
    return False, None


# ---------------------------------------------------------------------------------------------
# Invitations by segment

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
    candidates = CustomerProfile.objects.select_related("user").filter(user__is_active=True,
                                                                       user__groups__name=Role.CUSTOMER)
    if membership_of(actor) is not None:
        candidates = candidates.filter(user__book_entry__rm=actor)
    return candidates


def _segment_warnings(session: LiveSession, segment: str, profiles: list[CustomerProfile],
                      now: datetime) -> list[dict]:
    """Suitability warnings for inviting ``profiles`` to ``session``: codes and figures (said by
    ``compliance.labels.invite_warning_text``) plus an English ``message`` for API scripts."""
    levels = [_effective_level(p, now) for p in profiles]
    warnings = [
        {"code": "product_above_most_of_segment", "product": f"{code} {name}", "risk_level": risk,
         "suitable": sum(1 for level in levels if level >= int(risk[1])), "customers": len(levels),
         "message": f"{code} ({risk}) suits only some customers of “{segment}”."}
        for code, name, risk in session.featured_products.order_by("code").values_list("code", "name", "risk_level")
        if sum(1 for level in levels if level >= int(risk[1])) * 2 < len(levels)
    ]
    product_levels = [int(level[1]) for level in session.featured_products.values_list("risk_level", flat=True)]
    if product_levels and levels:
        lowest_product = min(product_levels)
        below_all = sum(1 for level in levels if level < lowest_product)
        if max(levels) < lowest_product:
            warnings.append({
                "code": "segment_below_products",
                "message": (f"Every customer in “{segment}” has a risk level below every featured product "
                            f"(lowest R{lowest_product}): none of them can act on a product card."),
                "segment_levels": sorted({p.risk_level or "none" for p in profiles}),
                "product_levels": sorted({f"R{level}" for level in product_levels}),
            })
        elif below_all:
            warnings.append({
                "code": "some_customers_below_products",
                "message": f"{below_all} of {len(profiles)} customers in “{segment}” suit no featured product.",
                "customers": below_all,
            })
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
        if any(w["code"] == "segment_below_products" for w in warnings):  # says it all: no product suits anyone
            warnings = [w for w in warnings if w["code"] != "product_above_most_of_segment"]
        overview.append({"segment": label, "customers": len(profiles), "risk_mix": mix,
                         "already_invited": sum(1 for p in profiles if p.user_id in invited),
                         "warnings": warnings})
    return overview


def segment_invite(*, session_id: int, actor: User | AnonymousUser, segment: str,
                   confirm: bool = False) -> InvitationResult:
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
        raise Conflict(_("Only an approved or live session can be shared."), code=AudienceError.INVALID_STATE,
                       details={"state": session.state})
    segment = segment.strip()
    if not segment:
        raise ApplicationError(_("Choose a customer segment."), code="invalid", details={"segment": ["required"]})
    now = timezone.now()
    candidates = _segment_candidates(actor)
    if connection.features.supports_json_field_contains:
        candidates = candidates.filter(segments__contains=[segment])
    profiles = [p for p in candidates if segment in (p.segments or [])]
    if not profiles:
        raise NotFound(_("No customer of yours carries the segment “%(segment)s”: choose one from the list.")
                       % {"segment": segment}, code=AudienceError.UNKNOWN_SEGMENT)
    all_warnings = _segment_warnings(session, segment, profiles, now)
    above_most = [w for w in all_warnings if w["code"] == "product_above_most_of_segment"]
    if above_most and not confirm and membership_of(actor) is not None:
        raise Conflict(_("A featured product is above most of this segment: confirm to invite anyway."),
                       code="confirm_required", details={"warnings": above_most})
    warnings = [w for w in all_warnings if w["code"] != "product_above_most_of_segment"]
    invited = already = 0
    with transaction.atomic():
        for profile in profiles:
            _invitation, created = Invitation.objects.get_or_create(
                session=session, customer=profile.user, defaults={"invited_by": actor, "segment": segment})
            if not created:
                already += 1
                continue
            invited += 1
            with translation.override(settings.LANGUAGE_CODE):
                message = _("You are invited to “%(title)s” on %(time)s.") % {
                    "title": session.title, "time": studio_time(session.scheduled_start)}
            notification_create(recipient=profile.user, kind="session_invitation", session=session,
                                message=message)
        audit_record(event_type="invitation.segment", actor=actor, subject=session,
                     data={"segment": segment, "invited": invited, "already_invited": already,
                           "warnings": [w["code"] for w in warnings]})
    return InvitationResult(segment=segment, invited=invited, already_invited=already, customers=len(profiles),
                            warnings=warnings)


# ---------------------------------------------------------------------------------------------
# Reminders


def reminder_subscribe(*, session_id: int, user: User | AnonymousUser,
                       request_session=None) -> tuple[Reminder, bool]:
    """A customer asks to be reminded of an upcoming session. Idempotent: ``(reminder, created)``."""
    session = _watchable(user, session_id, request_session)
    if not has_role(user, Role.CUSTOMER):
        raise Forbidden("Reminders are for customers.", code=AudienceError.FORBIDDEN)
    if session.state != SessionState.APPROVED or session.scheduled_start <= timezone.now():
        raise Conflict("Only an upcoming session can be reminded of.", code=AudienceError.INVALID_STATE,
                       details={"state": session.state})
    try:
        with transaction.atomic():
            return Reminder.objects.get_or_create(session=session, user=user)
    except IntegrityError:  # two clicks racing
        return Reminder.objects.get(session=session, user=user), False


def reminder_get(*, session_id: int, user: User | AnonymousUser, request_session=None) -> Reminder | None:
    session = _watchable(user, session_id, request_session)
    return Reminder.objects.filter(session=session, user=user).first() if user.is_authenticated else None


def reminder_unsubscribe(*, session_id: int, user: User | AnonymousUser, request_session=None) -> bool:
    session = _watchable(user, session_id, request_session)
    deleted, _rows = Reminder.objects.filter(session=session, user=user).delete()
    return bool(deleted)


def _reminder_deliver(reminder: Reminder, now: datetime) -> None:
    """E-mail (when the user has an address) and in-app notice; the caller holds the reminder's row lock."""
    from compliance.services.notifications import notification_create

    session = reminder.session
    # Links leave the site: absolute, on the configured public address (checked at start-up, audience.checks).
    if not settings.PUBLIC_BASE_URL:
        raise ImproperlyConfigured("PUBLIC_BASE_URL is not set: a reminder e-mail needs an absolute link "
                                   "(see `manage.py check --deploy`).")
    link = f"{settings.PUBLIC_BASE_URL}/watch/{session.pk}/"
    with translation.override(settings.LANGUAGE_CODE):  # Chinese first: customers have no language setting
        text = _("“%(title)s” starts at %(time)s.") % {"title": session.title,
                                                        "time": studio_time(session.scheduled_start)}
        subject = _("Reminder: %(title)s") % {"title": session.title}
        body = _("%(text)s\n\nWatch: %(link)s") % {"text": text, "link": link}
    notification_create(recipient=reminder.user, kind="session_reminder", session=session, message=text)
    emailed = False
    if reminder.user.email:
        send_mail(subject=subject, message=body, from_email=settings.DEFAULT_FROM_EMAIL,
                  recipient_list=[reminder.user.email])
        emailed = True
    reminder.sent_at, reminder.emailed = now, emailed
    reminder.save(update_fields=["sent_at", "emailed", "updated_at"])


def reminders_due(now: datetime) -> list[int]:
    return list(Reminder.objects.filter(
        sent_at__isnull=True,
        session__state__in=(SessionState.APPROVED, SessionState.LIVE),
        session__scheduled_start__lte=now + REMINDER_LEAD,
        session__scheduled_start__gt=now - REMINDER_GRACE,
    ).order_by("session__scheduled_start", "id").values_list("pk", flat=True)[:5000])


def reminders_send_due(*, now: datetime | None = None) -> int:
    """Send every reminder due now (15 minutes before the start), each exactly once; returns how many sent.

    Each reminder is sent inside its own transaction holding its row lock (``SKIP LOCKED``: a concurrent
    run passes over it), and ``sent_at`` is committed in that same transaction together with the in-app
    notice, so a retried task or a second beat process finds it sent. If the mail server refuses, the
    transaction rolls back and the next tick tries again. Only a crash between the SMTP hand-off and the
    commit could send one twice; the transaction is kept short for that reason.
    """
    now = now or timezone.now()
    sent = 0
    for reminder_id in reminders_due(now):
        try:
            with transaction.atomic():
                reminder = (Reminder.objects.select_for_update(skip_locked=True, of=("self",))
                            .select_related("session", "user").filter(pk=reminder_id, sent_at__isnull=True).first())
                if reminder is None:
                    continue
                _reminder_deliver(reminder, now)
                sent += 1
        except Exception:
            logger.exception("reminder %s could not be sent; the next run tries again", reminder_id)
    return sent
