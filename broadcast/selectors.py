"""Reads of live video for the console, the room and the admin."""

from django.db.models import Count, Min

from broadcast.models import IngestEvent, IngestEventKind, IngestState, Stream
from broadcast.services import stream_status
from studio.models import LiveSession, SessionState


def stream_of(session: LiveSession) -> Stream | None:
    return Stream.objects.filter(session=session).first()


def stream_last_refusal(stream: Stream | None) -> str:
    """The reason of the stream's latest refusal or cut ("" when the latest word was an accept)."""
    if stream is None:
        return ""
    event = (
        IngestEvent.objects.filter(
            stream=stream,
            kind__in=[IngestEventKind.PUBLISH_REFUSED, IngestEventKind.CUT, IngestEventKind.PUBLISH_ACCEPTED],
        )
        .order_by("-id")
        .only("kind", "reason")
        .first()
    )
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


def stream_ingest_stats() -> dict:
    """For monitoring: what the ingest last said about the streams of live sessions (count per state), and the
    oldest "last update" of a stream on air (the ingest re-asks every few seconds; a stale one means the
    callbacks stopped arriving)."""
    live = Stream.objects.filter(session__state=SessionState.LIVE)
    counts = {str(state): 0 for state in IngestState.values}
    for row in live.values("state").annotate(n=Count("id")).order_by():
        counts[row["state"]] = row["n"]
    oldest = live.filter(state=IngestState.LIVE).aggregate(oldest=Min("last_update_at"))["oldest"]
    return {"states": counts, "oldest_update": oldest}
