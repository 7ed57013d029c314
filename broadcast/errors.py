"""Error and refusal codes of live video, shared by the API, the ingest callbacks and the browser socket."""

from enum import StrEnum


class BroadcastError(StrEnum):
    NOT_FOUND = "not_found"
    FORBIDDEN = "forbidden"
    REASON_REQUIRED = "reason_required"
    INGEST_UNAVAILABLE = "ingest_unavailable"
    ALREADY_BROADCASTING = "already_broadcasting"


class Refusal(StrEnum):
    """Why the ingest was told to refuse or cut a stream (audited with the event)."""

    UNKNOWN_STREAM = "unknown_stream"
    WRONG_KEY = "wrong_key"
    KEY_ROTATED = "key_rotated"
    NOT_LIVE = "not_live"  # draft, in review, approved but not (yet) live
    ENDED = "ended"
    GATE_CLOSED = "gate_closed"
    STOPPED = "stopped"  # an officer pressed Stop stream
    OTHER_PUBLISHER = "other_publisher"
