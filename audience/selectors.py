"""Reads of the audience app: a session's analytics, computed from what was stored.

Figures (all about the audience: customers and guests; the host, other RMs and officers are not counted):
- unique viewers: distinct viewer keys (a user, or a guest's browser session) that opened the room;
- watch time: per viewer, the union of their sockets' stays, clipped to the live period [start, end];
- peak concurrent: the most viewers in the room at one instant, exact, from those unions;
- viewers over time: the 10-second samples the beat task took while the session was live;
- card funnel per product: viewers in the room when it was pushed (reached), those it suited at that
  moment (suitable; their risk profile as stored now), who opened it, who clicked "interested".
"""

from collections import defaultdict
from datetime import UTC, datetime

from django.db.models import Count, Sum
from django.db.models.functions import TruncMinute
from django.utils import timezone

from accounts.models import CustomerProfile
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
from audience.services.attendance import AUDIENCE_ROLES
from compliance.models import Notification
from products.services import suitability_check
from recordings.selectors import replay_state_for_rm, replay_view_counts
from studio.models import CardOpen, CardPush, ChatMessage, LiveSession, Question


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _viewer_intervals(visits: list[dict], start: datetime | None, end: datetime) -> dict[str, list]:
    """Each viewer's stays in the live period, overlapping stays (several sockets) merged."""
    by_viewer: dict[str, list] = defaultdict(list)
    if start is None:
        return by_viewer
    for visit in visits:
        begin = max(visit["joined_at"], start)
        finish = min(visit["left_at"] or end, end)
        if finish > begin:
            by_viewer[visit["viewer_key"]].append([begin, finish])
    for key, spans in by_viewer.items():
        spans.sort()
        merged = [spans[0]]
        for begin, finish in spans[1:]:
            if begin <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], finish)
            else:
                merged.append([begin, finish])
        by_viewer[key] = merged
    return by_viewer


def _peak(intervals: dict[str, list]) -> tuple[int, datetime | None]:
    events = sorted(
        (moment, delta)
        for spans in intervals.values()
        for begin, finish in spans
        for moment, delta in ((begin, 1), (finish, -1))
    )
    peak, peak_at, now = 0, None, 0
    for moment, delta in events:  # at one instant, leaves (-1) sort before joins (+1)
        now += delta
        if now > peak:
            peak, peak_at = now, moment
    return peak, peak_at


def _present(visits: list[dict], moment: datetime) -> dict[str, int | None]:
    """Viewer key → user id of the audience in the room at ``moment``."""
    return {
        v["viewer_key"]: v["user_id"]
        for v in visits
        if v["joined_at"] <= moment and (v["left_at"] is None or v["left_at"] >= moment)
    }


def _cards(session: LiveSession, visits: list[dict]) -> list[dict]:
    pushes = list(
        CardPush.objects.filter(session=session).select_related("product").order_by("created_at", "id")
    )
    user_ids = {v["user_id"] for v in visits if v["user_id"] and v["role"] == "customer"}
    profiles = {p.user_id: p for p in CustomerProfile.objects.filter(user_id__in=user_ids)}
    opens = defaultdict(set)
    for push_id, user_id in CardOpen.objects.filter(push__session=session).values_list("push_id", "user_id"):
        opens[push_id].add(user_id)
    interests = defaultdict(set)
    for push_id, user_id in CardInterest.objects.filter(push__session=session).values_list(
        "push_id", "user_id"
    ):
        interests[push_id].add(user_id)
    rows: dict[int, dict] = {}
    for push in pushes:
        product = push.product
        row = rows.setdefault(
            product.pk,
            {
                "product_id": product.pk,
                "code": product.code,
                "name": product.name,
                "risk_level": product.risk_level,
                "pushes": 0,
                "_reached": set(),
                "_suitable": set(),
                "_opened": set(),
                "_interested": set(),
            },
        )
        row["pushes"] += 1
        for key, user_id in _present(visits, push.created_at).items():
            row["_reached"].add(key)
            if (
                user_id in profiles
                and suitability_check(profile=profiles[user_id], product=product, now=push.created_at).allowed
            ):
                row["_suitable"].add(key)
        row["_opened"] |= opens[push.pk]
        row["_interested"] |= interests[push.pk]
    result = []
    for row in rows.values():
        # Pop the working sets before copying the row: they are not figures (and not JSON).
        reached, suitable = len(row.pop("_reached")), len(row.pop("_suitable"))
        opened, interested = len(row.pop("_opened")), len(row.pop("_interested"))
        result.append(
            {
                **row,
                "reached": reached,
                "suitable": suitable,
                "suitable_share": round(suitable / reached, 4) if reached else None,
                "opened": opened,
                "interested": interested,
            }
        )
    return result


def _share_links(session: LiveSession, attended_keys: set[str]) -> list[dict]:
    links = list(ShareLink.objects.filter(session=session).select_related("created_by").order_by("id"))
    redemptions = defaultdict(list)
    for link_id, user_id, key in ShareLinkRedemption.objects.filter(link__session=session).values_list(
        "link_id", "user_id", "viewer_key"
    ):
        redemptions[link_id].append(f"u:{user_id}" if user_id else key)
    out = []
    for link in links:
        keys = redemptions[link.pk]
        out.append(
            {
                "id": link.pk,
                "created_by": link.created_by.get_username(),
                "created_by_id": link.created_by_id,
                "label": link.label,
                "created_at": _iso(link.created_at),
                "expires_at": _iso(link.expires_at),
                "revoked": link.revoked_at is not None,
                "redemptions": len(keys),
                "unique_redeemers": len(set(keys)),
                "attended": len(set(keys) & attended_keys),
            }
        )
    return out


def session_analytics(*, session: LiveSession, now: datetime | None = None) -> dict:
    """Everything the report shows about one session, as JSON-ready data (see the module docstring)."""
    now = now or timezone.now()
    end = session.ended_at or now
    visits = list(
        Visit.objects.filter(session=session, role__in=AUDIENCE_ROLES).values(
            "viewer_key", "user_id", "role", "joined_at", "left_at"
        )
    )
    intervals = _viewer_intervals(visits, session.started_at, end)
    watch = {key: sum((f - b).total_seconds() for b, f in spans) for key, spans in intervals.items()}
    peak, peak_at = _peak(intervals)
    viewer_keys = {v["viewer_key"] for v in visits}
    attendance = {
        "unique_viewers": len(viewer_keys),
        "signed_in_viewers": len({k for k in viewer_keys if k.startswith("u:")}),
        "guest_viewers": len({k for k in viewer_keys if k.startswith("g:")}),
        "visits": len(visits),
        "watch_time_seconds": round(sum(watch.values()), 1),
        "average_watch_seconds": round(sum(watch.values()) / len(watch), 1) if watch else 0,
        "peak_concurrent": peak,
        "peak_at": _iso(peak_at),
    }
    samples = [
        {"at": _iso(at), "viewers": viewers}
        for at, viewers in ConcurrencySample.objects.filter(session=session)
        .order_by("bucket")
        .values_list("at", "viewers")
    ]

    per_minute: dict[datetime, dict] = {}
    for row in (
        ChatMessage.objects.filter(session=session)
        .annotate(minute=TruncMinute("created_at", tzinfo=UTC))
        .values("minute", "status")
        .annotate(n=Count("id"))
        .order_by("minute")
    ):
        bucket = per_minute.setdefault(row["minute"], {"published": 0, "held": 0, "rejected": 0})
        bucket[row["status"]] = bucket.get(row["status"], 0) + row["n"]
    messages_per_minute = [
        {"minute": _iso(minute), **counts} for minute, counts in sorted(per_minute.items())
    ]
    chat = dict.fromkeys(("published", "held", "rejected"), 0)
    for status, n in (
        ChatMessage.objects.filter(session=session).values_list("status").annotate(n=Count("id"))
    ):
        chat[status] = n
    chat["removed"] = ChatMessage.objects.filter(session=session, removed_at__isnull=False).count()
    chat["from_customers"] = ChatMessage.objects.filter(session=session, author_role="customer").count()
    live_minutes = (
        max((end - session.started_at).total_seconds() / 60, 1 / 60) if session.started_at else None
    )
    chat["average_per_minute"] = round(chat["published"] / live_minutes, 2) if live_minutes else 0

    questions = Question.objects.filter(session=session)
    reactions = dict(
        ReactionTally.objects.filter(session=session)
        .values("kind")
        .annotate(n=Sum("count"))
        .values_list("kind", "n")
    )
    invitations = Invitation.objects.filter(session=session)
    invited_keys = {f"u:{uid}" for uid in invitations.values_list("customer_id", flat=True)}
    return {
        "session": {
            "id": session.pk,
            "title": session.title,
            "state": session.state,
            "scheduled_start": _iso(session.scheduled_start),
            "started_at": _iso(session.started_at),
            "ended_at": _iso(session.ended_at),
        },
        "attendance": attendance,
        "viewers_over_time": samples,
        "messages_per_minute": messages_per_minute,
        "chat": chat,
        "questions": {
            "asked": questions.count(),
            "answered": questions.filter(answered_at__isnull=False).count(),
            "upvotes": sum(questions.values_list("upvotes", flat=True)),
        },
        "reactions": {"total": sum(reactions.values()), "by_kind": reactions},
        "cards": _cards(session, visits),
        "share_links": _share_links(session, viewer_keys),
        "invitations": {
            "invited": len(invited_keys),
            "attended": len(invited_keys & viewer_keys),
            "segments": sorted(set(invitations.values_list("segment", flat=True))),
        },
        "reminders": {
            "subscribed": Reminder.objects.filter(session=session).count(),
            "sent": Reminder.objects.filter(session=session, sent_at__isnull=False).count(),
        },
        # Replay views are counted apart from live attendance (above), with the replay's review state.
        "replay": {**replay_state_for_rm(session), **replay_view_counts(session)},
    }


def analytics_csv_rows(data: dict) -> list[list]:
    """The analytics as long-format rows ``section, item, metric, value`` (one table for spreadsheets)."""
    rows: list[list] = [["section", "item", "metric", "value"]]
    for metric, value in data["attendance"].items():
        rows.append(["attendance", "", metric, value])
    for sample in data["viewers_over_time"]:
        rows.append(["viewers_over_time", sample["at"], "viewers", sample["viewers"]])
    for minute in data["messages_per_minute"]:
        for metric in ("published", "held", "rejected"):
            rows.append(["messages_per_minute", minute["minute"], metric, minute[metric]])
    for metric in ("state", "replay_views", "replay_viewers"):
        rows.append(["replay", "", metric, data["replay"][metric]])
    for section in ("chat", "questions", "reminders"):
        for metric, value in data[section].items():
            rows.append([section, "", metric, value])
    for kind, count in sorted(data["reactions"]["by_kind"].items()):
        rows.append(["reactions", kind, "count", count])
    for card in data["cards"]:
        for metric in ("pushes", "reached", "suitable", "suitable_share", "opened", "interested"):
            rows.append(
                ["cards", f"{card['code']} {card['name']} ({card['risk_level']})", metric, card[metric]]
            )
    for link in data["share_links"]:
        for metric in ("redemptions", "unique_redeemers", "attended"):
            rows.append(
                [
                    "share_links",
                    f"#{link['id']} {link['created_by']} {link['label']}".strip(),
                    metric,
                    link[metric],
                ]
            )
    rows.append(
        ["invitations", ", ".join(data["invitations"]["segments"]), "invited", data["invitations"]["invited"]]
    )
    rows.append(
        [
            "invitations",
            ", ".join(data["invitations"]["segments"]),
            "attended",
            data["invitations"]["attended"],
        ]
    )
    return rows


# ---------------------------------------------------------------------------------------------
# The customer's inbox


INBOX_KINDS = ("session_invitation", "session_reminder")


def inbox_list(*, user, limit: int = 100) -> list[dict]:
    """The customer's invitations and reminders, newest first, as facts the page words in its language.

    Built from the stored notifications (the record of what was sent) and their sessions: the page never
    shows the stored sentence, so an invitation reads in the viewer's language whatever language it was
    stored in. Each item: ``id, kind, unread, at, session`` (``None`` when the notification has none),
    ``host`` (the presenter's display name) and ``inviter`` (who invited, for invitations).
    """
    rows = list(
        Notification.objects.filter(recipient=user, kind__in=INBOX_KINDS)
        .select_related("session__studio__owner__rm_profile")
        .order_by("-created_at", "-id")[:limit]
    )
    session_ids = {row.session_id for row in rows if row.session_id}
    inviters = {
        invitation.session_id: invitation.invited_by
        for invitation in Invitation.objects.filter(customer=user, session_id__in=session_ids).select_related(
            "invited_by__rm_profile"
        )
    }
    items = []
    for row in rows:
        session = row.session
        host = ""
        if session is not None:
            owner = session.studio.owner
            profile = getattr(owner, "rm_profile", None)
            host = profile.display_name if profile is not None else owner.get_username()
        inviter = inviters.get(row.session_id)
        inviter_profile = getattr(inviter, "rm_profile", None) if inviter is not None else None
        items.append(
            {
                "id": row.pk,
                "kind": row.kind,
                "unread": row.read_at is None,
                "at": row.created_at,
                "session": session,
                "host": host,
                "inviter": (
                    inviter_profile.display_name
                    if inviter_profile is not None
                    else inviter.get_username()
                    if inviter is not None
                    else host
                ),
            }
        )
    return items


def inbox_unread_count(*, user) -> int:
    return Notification.objects.filter(recipient=user, kind__in=INBOX_KINDS, read_at__isnull=True).count()


def risk_status(*, user, now: datetime | None = None) -> dict:
    """The customer's risk assessment as the page shows it: ``level``, ``assessed_at``, ``expires_at`` and
    ``state`` (``valid`` | ``expired`` | ``missing``)."""
    now = now or timezone.now()
    profile = CustomerProfile.objects.filter(user=user).first()
    if profile is None or not profile.risk_level:
        return {"state": "missing", "level": "", "assessed_at": None, "expires_at": None}
    expired = profile.expires_at is not None and profile.expires_at <= now
    return {
        "state": "expired" if expired else "valid",
        "level": profile.risk_level,
        "assessed_at": profile.assessed_at,
        "expires_at": profile.expires_at,
    }
