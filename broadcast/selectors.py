"""Reads of live video for the console, the room and the admin."""

from broadcast.models import IngestEvent, IngestEventKind, Stream
from broadcast.services import stream_status
from studio.models import LiveSession


def stream_of(session: LiveSession) -> Stream | None:
    return Stream.objects.filter(session=session).first()


def stream_last_refusal(stream: Stream | None) -> str:
    """The reason of the stream's latest refusal or cut ("" when the latest word was an accept)."""
    if stream is None:
        return ""
    event = (IngestEvent.objects.filter(stream=stream, kind__in=[
        IngestEventKind.PUBLISH_REFUSED, IngestEventKind.CUT, IngestEventKind.PUBLISH_ACCEPTED])
        .order_by("-id").only("kind", "reason").first())
    return event.reason if event is not None and event.kind != IngestEventKind.PUBLISH_ACCEPTED else ""


def stream_overview(session: LiveSession) -> dict:
    stream = stream_of(session)
    return {
        "status": stream_status(session, stream),
        "public_id": stream.public_id if stream else "",
        "has_key": bool(stream and stream.key_sha256),
        "key_generation": stream.key_generation if stream else 0,
        "last_refusal": stream_last_refusal(stream),
        "stopped_reason": stream.stop_reason if stream and stream.stopped_at else "",
    }
