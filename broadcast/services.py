"""Writes of live video: stream keys, the ingest's publish / update / done / record-done answers, Stop stream.

The ingest (nginx-rtmp, or any ingest with the same callbacks: docs/video.md) asks before a stream goes
on air and again every ``BROADCAST_UPDATE_INTERVAL`` seconds while it is; a refusal cuts the publisher.
A stream may be on air only while its session is live, its publishing gate is open (every content item
approved at its current hash: ``compliance.selectors.gate_is_open``, the same gate as going live) and no
officer has stopped it. Every accept, refusal and cut is an audit event.
"""

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from accounts.roles import is_officer
from broadcast import hooks, tokens
from broadcast.errors import BroadcastError, Refusal
from broadcast.models import IngestEvent, IngestEventKind, IngestState, Stream
from compliance.selectors import gate_is_open
from compliance.services.audit import audit_record
from core.events import broadcast_on_commit
from core.exceptions import ApplicationError, Forbidden
from studio.lifecycle import room_group
from studio.models import LiveSession, SessionState

KEY_PARAM = "key"


class IngestRefused(Exception):
    def __init__(self, reason: Refusal):
        super().__init__(reason.value)
        self.reason = reason


@dataclass(frozen=True)
class IssuedKey:
    """A stream key in clear: returned once, never stored."""

    server: str
    stream_key: str
    generation: int


def stream_status(session: LiveSession, stream: Stream | None) -> str:
    """What viewers see: waiting | live | interrupted | stopped | ended."""
    if session.state == SessionState.ENDED:
        return "ended"
    if stream is not None and (stream.stopped_at is not None or stream.state == IngestState.STOPPED):
        return "stopped"
    if stream is None or stream.state == IngestState.IDLE:
        return "waiting"
    if stream.state == IngestState.LIVE:
        return "live"
    return "interrupted"


def _announce(stream: Stream) -> None:
    """Tell the room (viewers and the console) after commit; a small frame, the API holds the truth."""
    broadcast_on_commit(
        room_group(stream.session_id),
        {
            "type": "room.frame",
            "frame": {"type": "stream.state", "state": stream_status(stream.session, stream)},
        },
    )


def stream_ensure(*, session: LiveSession) -> Stream:
    """The session's stream row, created with a fresh public id on first use (idempotent)."""
    stream, _ = Stream.objects.get_or_create(session=session, defaults={"public_id": secrets.token_hex(10)})
    return stream


def _locked(session: LiveSession) -> Stream:
    stream = stream_ensure(session=session)
    return Stream.objects.select_for_update().select_related("session__studio").get(pk=stream.pk)


@transaction.atomic
def stream_key_rotate(*, session: LiveSession, actor: AbstractBaseUser) -> IssuedKey:
    """Issue the session's stream key (the first, or a new one that invalidates the old): shown once.

    Only the SHA-256 is kept. A publisher accepted under the old key is cut at the next re-ask. The
    caller has checked that ``actor`` owns the session (``access_session(for_write=True)``).
    """
    stream = _locked(session)
    secret = secrets.token_hex(20)
    stream.key_sha256 = tokens.key_sha256(secret)
    stream.key_generation += 1
    stream.key_issued_at = timezone.now()
    stream.save(update_fields=["key_sha256", "key_generation", "key_issued_at", "updated_at"])
    audit_record(
        event_type="stream.key_issued" if stream.key_generation == 1 else "stream.key_rotated",
        actor=actor,
        subject=session,
        data={"generation": stream.key_generation, "public_id": stream.public_id},
    )
    return IssuedKey(
        server=settings.BROADCAST_INGEST_URL,
        stream_key=f"{stream.public_id}?{KEY_PARAM}={secret}",
        generation=stream.key_generation,
    )


def stream_internal_push_url(*, session: LiveSession) -> str:
    """An RTMP URL for our own publishers (browser relay, demo camera), valid for two minutes to connect."""
    stream = stream_ensure(session=session)
    key = tokens.internal_key(stream.public_id, stream.key_generation)
    return f"{settings.BROADCAST_INGEST_PUSH_URL}/{stream.public_id}?{KEY_PARAM}={key}"


def _key_matches(stream: Stream, key: str) -> bool:
    if key.startswith(tokens.INTERNAL_KEY_PREFIX):
        return tokens.internal_key_valid(key, stream.public_id, stream.key_generation)
    return bool(stream.key_sha256) and secrets.compare_digest(tokens.key_sha256(key), stream.key_sha256)


def _on_air_refusal(stream: Stream) -> Refusal | None:
    """Why this stream may not be on air now, or None. Gate closing while live stops it (the safe default)."""
    session = stream.session
    if stream.stopped_at is not None:
        return Refusal.STOPPED
    if session.state == SessionState.ENDED:
        return Refusal.ENDED
    if session.state != SessionState.LIVE:
        return Refusal.NOT_LIVE
    if not gate_is_open(session):
        return Refusal.GATE_CLOSED
    return None


def _has_live_publisher(stream: Stream, client_id: str) -> bool:
    """Another publisher is on air and the ingest re-asked about it lately (nginx refuses a second publisher
    of the same name after asking us: accepting would hand the stream to the one it is about to drop)."""
    if stream.state != IngestState.LIVE or not stream.client_id or stream.client_id == client_id[:64]:
        return False
    fresh = timezone.now() - timedelta(seconds=settings.BROADCAST_UPDATE_INTERVAL * 2 + 2)
    return stream.last_update_at is not None and stream.last_update_at >= fresh


def _record(
    stream: Stream | None, kind: str, *, reason: str = "", client_id: str = "", addr: str = "", path: str = ""
) -> IngestEvent:
    return IngestEvent.objects.create(
        stream=stream, kind=kind, reason=reason, client_id=client_id[:64], addr=addr[:64], path=path[:500]
    )


def _find(name: str) -> Stream | None:
    return (
        Stream.objects.select_for_update()
        .select_related("session__studio")
        .filter(public_id=name[:32])
        .first()
    )


def ingest_publish(*, name: str, key: str, client_id: str = "", addr: str = "") -> Stream:
    """``on_publish``: accept (returns the stream, now live) or refuse (raises ``IngestRefused``); audited."""
    with transaction.atomic():
        stream = _find(name)
        if stream is None:
            refusal = Refusal.UNKNOWN_STREAM
        elif not _key_matches(stream, key):
            refusal = Refusal.WRONG_KEY
        elif _has_live_publisher(stream, client_id):
            refusal = Refusal.OTHER_PUBLISHER
        else:
            refusal = _on_air_refusal(stream)
        data = {"reason": refusal.value if refusal else "", "addr": addr, "client_id": client_id}
        if refusal is not None:
            _record(stream, IngestEventKind.PUBLISH_REFUSED, reason=refusal, client_id=client_id, addr=addr)
            audit_record(
                event_type="stream.publish_refused",
                actor=None,
                subject=stream.session if stream else None,
                data={**data, "stream": stream.public_id if stream else name[:32]},
            )
        else:
            stream.state = IngestState.LIVE
            stream.client_id = client_id[:64]
            stream.accepted_generation = stream.key_generation
            stream.went_live_at = stream.last_update_at = timezone.now()
            stream.save(
                update_fields=[
                    "state",
                    "client_id",
                    "accepted_generation",
                    "went_live_at",
                    "last_update_at",
                    "updated_at",
                ]
            )
            _record(stream, IngestEventKind.PUBLISH_ACCEPTED, client_id=client_id, addr=addr)
            audit_record(
                event_type="stream.publish_accepted",
                actor=None,
                subject=stream.session,
                data={**data, "stream": stream.public_id, "generation": stream.key_generation},
            )
            _announce(stream)
    if refusal is not None:
        raise IngestRefused(refusal)
    return stream


def ingest_update(*, name: str, client_id: str = "") -> Stream:
    """``on_update`` (every few seconds while publishing): keep it on air, or cut it (``IngestRefused``)."""
    with transaction.atomic():
        stream = _find(name)
        if stream is None:
            refusal = Refusal.UNKNOWN_STREAM
        elif stream.state not in (IngestState.LIVE,) and stream.stopped_at is None:
            refusal = Refusal.OTHER_PUBLISHER if stream.client_id != client_id[:64] else Refusal.NOT_LIVE
        elif stream.client_id and stream.client_id != client_id[:64]:
            refusal = Refusal.OTHER_PUBLISHER
        elif stream.accepted_generation is not None and stream.accepted_generation != stream.key_generation:
            refusal = Refusal.KEY_ROTATED
        else:
            refusal = _on_air_refusal(stream)
        if refusal is None:
            stream.last_update_at = timezone.now()
            stream.save(update_fields=["last_update_at"])
        elif stream is not None:
            stream.state = IngestState.STOPPED if refusal == Refusal.STOPPED else IngestState.CUT
            stream.save(update_fields=["state", "updated_at"])
            _record(stream, IngestEventKind.CUT, reason=refusal, client_id=client_id)
            audit_record(
                event_type="stream.cut",
                actor=None,
                subject=stream.session,
                data={"reason": refusal.value, "stream": stream.public_id, "client_id": client_id},
            )
            _announce(stream)
    if refusal is not None:
        raise IngestRefused(refusal)
    return stream


def ingest_publish_done(*, name: str, client_id: str = "") -> Stream | None:
    """``on_publish_done``: the accepted publisher went away (its own choice, a network drop, or a cut)."""
    with transaction.atomic():
        stream = _find(name)
        if stream is None or (stream.client_id and stream.client_id != client_id[:64]):
            return stream  # a refused publisher, or not the one on air: nothing changes
        _record(stream, IngestEventKind.PUBLISH_DONE, client_id=client_id)
        if stream.state == IngestState.LIVE:
            stream.state = IngestState.INTERRUPTED
            stream.save(update_fields=["state", "updated_at"])
            audit_record(
                event_type="stream.publish_done",
                actor=None,
                subject=stream.session,
                data={"stream": stream.public_id, "client_id": client_id},
            )
            _announce(stream)
    return stream


def ingest_record_done(*, name: str, path: str, client_id: str = "") -> IngestEvent | None:
    """``on_record_done``: a recording file closed. Stored as an event, then the registered hooks run."""
    with transaction.atomic():
        stream = _find(name)
        if stream is None:
            return None
        event = _record(stream, IngestEventKind.RECORD_DONE, client_id=client_id, path=path)
        audit_record(
            event_type="stream.record_closed",
            actor=None,
            subject=stream.session,
            data={"stream": stream.public_id, "path": path[:500]},
        )
        transaction.on_commit(lambda: hooks.record_done_notify(event), robust=True)
    return event


def stream_stop(*, session: LiveSession, officer: AbstractBaseUser, reason: str) -> Stream:
    """An officer's Stop stream: audited with its reason; the ingest cuts the publisher at its next re-ask.

    The stream stays stopped for the rest of the session (a new publish is refused): putting it back on
    air is a decision for compliance, not for a retry loop.
    """
    if not is_officer(officer):
        raise Forbidden("Only compliance officers may stop a stream.", code=BroadcastError.FORBIDDEN)
    reason = (reason or "").strip()
    if not reason:
        raise ApplicationError("Give a reason for stopping the stream.", code=BroadcastError.REASON_REQUIRED)
    with transaction.atomic():
        stream = _locked(session)
        if stream.stopped_at is None:
            stream.stopped_at = timezone.now()
            stream.stopped_by = officer
            stream.stop_reason = reason[:2000]
            if stream.state == IngestState.LIVE:
                stream.state = IngestState.STOPPED
            stream.save(update_fields=["stopped_at", "stopped_by", "stop_reason", "state", "updated_at"])
            _record(stream, IngestEventKind.STOP_REQUESTED, reason=Refusal.STOPPED)
            audit_record(
                event_type="stream.stopped",
                actor=officer,
                subject=session,
                data={"reason": reason[:2000], "stream": stream.public_id},
            )
            _announce(stream)
    return stream
