"""Reads of the recordings app: the session's timeline on one server clock, its flagged moments, what a
customer's replay shows, and the recordings' manifest for the evidence bundle.

Offsets are seconds into the replay's *source* (the session's recordings joined, see ``recordings.timeline``);
the customer payload maps them into the published file, dropping what was cut.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from compliance.models import AuditEvent
from products.services import suitability_check
from recordings.models import Recording, RecordingStatus, Replay, ReplayState
from recordings.timeline import Part, parts_from, published_offset, source_offset
from studio.models import CardPush, ChatMessage, LiveSession, MessageStatus

#: What each kind of timeline event is called on the review page (the kinds themselves stay codes in JSON).
KIND_LABELS = {
    "stream.start": _("Stream started"),
    "stream.stop": _("Stream stopped"),
    "chat.published": _("Line published"),
    "chat.held": _("Line held for compliance"),
    "chat.rejected": _("Line rejected by the engine"),
    "chat.removed": _("Line removed"),
    "chat.released": _("Held line released by an officer"),
    "chat.held_rejected": _("Held line rejected by an officer"),
    "card.pushed": _("Product card pushed"),
    "audit": _("Audit event"),
}

#: Audit events about a session that an officer reviewing its replay must look at (stops, refusals).
FLAGGED_AUDIT_WORDS = ("stop", "refus", "cut", "gate_closed")


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment else None


def _decimal(value) -> str | None:
    return None if value is None else str(value)


def recording_list(session: LiveSession) -> list[Recording]:
    """The session's recordings in the order they were made (reconnects in order)."""
    return list(Recording.objects.filter(session=session).order_by("started_at", "id"))


def replay_get(session: LiveSession) -> Replay | None:
    return Replay.objects.filter(session=session).select_related("decided_by").first()


def replay_is_published(session: LiveSession) -> bool:
    return Replay.objects.filter(session=session, state=ReplayState.PUBLISHED).exists()


def _parts(session: LiveSession) -> list[Part]:
    return parts_from(
        [
            (r.started_at, r.duration)
            for r in Recording.objects.filter(
                session=session,
                status__in=[RecordingStatus.READY, RecordingStatus.PURGED],
                started_at__isnull=False,
                duration__isnull=False,
            )
        ]
    )


def session_timeline(session: LiveSession) -> list[dict]:
    """Everything that happened in the session, in server-clock order, each with its offset in the source.

    Kinds: ``stream.start``/``stream.stop`` (each recording), ``chat.published|held|rejected`` (when sent),
    ``chat.released``/``chat.held_rejected`` (an officer's decision on a held line), ``chat.removed``,
    ``card.pushed``, and ``audit`` (the session's audit events: going live, the end, officer stream stops,
    ingest refusals, replay decisions). ``flagged`` marks what the replay review must look at.
    """
    parts = _parts(session)
    events: list[dict] = []

    def add(at: datetime | None, kind: str, flagged: bool = False, key: str = "", **data) -> None:
        if at is not None:
            events.append(
                {
                    "at": _iso(at),
                    "offset": round(source_offset(at, parts), 3),
                    "kind": kind,
                    "flagged": flagged,
                    "key": key,
                    **data,
                    "_at": at,
                }
            )

    def label(event: dict) -> str:
        return str(KIND_LABELS.get(event["kind"], event["kind"]))

    for index, rec in enumerate(recording_list(session), start=1):
        if rec.started_at:
            add(rec.started_at, "stream.start", part=index, recording_id=rec.pk)
            if rec.duration is not None:
                add(
                    rec.started_at + timedelta(seconds=rec.duration),
                    "stream.stop",
                    part=index,
                    recording_id=rec.pk,
                )
    for m in (
        ChatMessage.objects.filter(session=session).select_related("reviewed_by", "removed_by").order_by("id")
    ):
        line = {
            "message_id": m.pk,
            "author": m.author_name,
            "role": m.author_role,
            "text": m.text,
            "findings": [f.get("code") for f in (m.findings or []) if isinstance(f, dict)],
        }
        flagged = m.status != MessageStatus.PUBLISHED or bool(line["findings"])
        add(m.created_at, f"chat.{m.status}", flagged, f"chat:{m.pk}" if flagged else "", **line)
        if m.reviewed_at and m.reviewed_by_id:
            kind = "chat.released" if m.status == MessageStatus.PUBLISHED else "chat.held_rejected"
            add(m.reviewed_at, kind, False, "", officer=m.reviewed_by.get_username(), **line)
        if m.removed_at:
            add(
                m.removed_at,
                "chat.removed",
                True,
                f"removed:{m.pk}",
                by=m.removed_by.get_username() if m.removed_by_id else None,
                **line,
            )
    for push in CardPush.objects.filter(session=session).select_related("product").order_by("id"):
        add(
            push.created_at,
            "card.pushed",
            card_id=push.pk,
            product_id=push.product_id,
            product=push.product.name,
            risk_level=push.product.risk_level,
            card_text=push.card_text,
        )
    for e in AuditEvent.objects.filter(
        subject_type="studio.livesession", subject_id=str(session.pk)
    ).order_by("seq"):
        flagged = any(word in e.event_type for word in FLAGGED_AUDIT_WORDS) and not e.event_type.startswith(
            "replay."
        )
        add(
            e.at,
            "audit",
            flagged,
            f"audit:{e.seq}" if flagged else "",
            event_type=e.event_type,
            actor=e.actor_name,
            data=e.data,
            seq=e.seq,
        )
    events.sort(key=lambda ev: (ev.pop("_at"), ev["kind"] != "stream.start"))
    for event in events:
        event["label"] = label(event)
    return events


def flagged_moments(session: LiveSession) -> list[dict]:
    """The moments an officer must review before the replay may be published, in time order."""
    return [e for e in session_timeline(session) if e["flagged"]]


def flagged_moment_keys(session: LiveSession) -> list[str]:
    return [e["key"] for e in flagged_moments(session)]


def replay_customer_payload(*, session: LiveSession, replay: Replay, profile=None) -> dict:
    """What a customer's replay page shows: the published file's facts, the published transcript at its
    offsets in the published file, and the cards at their push times (with the viewer's suitability).

    Held, rejected and removed lines never appear; neither does anything inside a cut.
    """
    parts = _parts(session)
    cuts = [tuple(c) for c in replay.effective_cuts]
    transcript = []
    for m in ChatMessage.objects.filter(
        session=session, status=MessageStatus.PUBLISHED, removed_at__isnull=True, published_at__isnull=False
    ).order_by("published_at", "id"):
        offset = published_offset(source_offset(m.published_at, parts), cuts)
        if offset is not None:
            transcript.append(
                {
                    "id": m.pk,
                    "offset": round(offset, 3),
                    "author": m.author_name,
                    "role": m.author_role,
                    "text": m.text,
                }
            )
    cards = []
    for push in (
        CardPush.objects.filter(session=session).select_related("product").order_by("created_at", "id")
    ):
        offset = published_offset(source_offset(push.created_at, parts), cuts)
        if offset is None:
            continue
        verdict = suitability_check(profile=profile, product=push.product)
        product = push.product
        cards.append(
            {
                "offset": round(offset, 3),
                "can_act": verdict.allowed,
                "reason_code": verdict.reason.value,
                "reason": verdict.message,
                "card": {
                    "id": push.pk,
                    "product_id": product.pk,
                    "name": product.name,
                    "code": product.code,
                    "risk_level": product.risk_level,
                    "issuer": product.issuer,
                    "text": push.card_text,
                    "benchmark_min": _decimal(product.benchmark_min),
                    "benchmark_max": _decimal(product.benchmark_max),
                },
            }
        )
    return {
        "session_id": session.pk,
        "title": session.title,
        "state": replay.state,
        "duration": replay.published_duration,
        "sha256": replay.published_sha256,
        "video_url": f"/watch/{session.pk}/replay/video/",
        "transcript": transcript,
        "cards": cards,
    }


def recordings_manifest(session: LiveSession) -> dict:
    """The recordings and the replay of a session as the evidence bundle lists them (hashes, sizes, keys)."""
    replay = replay_get(session)
    return {
        "recordings": [
            {
                "recording_id": r.pk,
                "part": index,
                "status": r.status,
                "started_at": _iso(r.started_at),
                "ended_at": _iso(r.ended_at),
                "duration": r.duration,
                "bytes": r.size,
                "sha256": r.sha256,
                "storage_key": r.storage_key,
                "source_path": r.source_path,
                "purged_at": _iso(r.purged_at),
                "error": r.error,
            }
            for index, r in enumerate(recording_list(session), start=1)
        ],
        "replay": None
        if replay is None
        else {
            "state": replay.state,
            "source_sha256": replay.source_sha256,
            "source_key": replay.source_key,
            "source_duration": replay.source_duration,
            "approved_sha256": replay.approved_sha256,
            "published_sha256": replay.published_sha256,
            "published_key": replay.published_key,
            "published_duration": replay.published_duration,
            "requested_cuts": replay.requested_cuts,
            "effective_cuts": replay.effective_cuts,
            "reviewed_moments": replay.reviewed_moments,
            "decided_by": replay.decided_by.get_username() if replay.decided_by_id else None,
            "decided_at": _iso(replay.decided_at),
            "reason": replay.reason,
            "legal_hold": replay.legal_hold,
        },
    }


def replay_state_for_rm(session: LiveSession) -> dict:
    """The replay's state as the RM's report shows it."""
    replay = replay_get(session)
    if replay is None:
        return {"state": None, "reason": "", "views": 0}
    return {
        "state": replay.state,
        "reason": replay.reason if replay.state == ReplayState.WITHHELD else "",
        "decided_at": _iso(replay.decided_at),
        "duration": replay.published_duration or replay.source_duration,
        "cuts": replay.effective_cuts,
    }


def replay_view_counts(session: LiveSession) -> dict:
    views = session.replay_views.all()
    return {
        "replay_views": views.count(),
        "replay_viewers": views.values("viewer_key").distinct().count(),
        "replay_signed_in_viewers": views.filter(~Q(user=None)).values("user").distinct().count(),
    }
