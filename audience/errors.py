"""Error codes of the audience app (HTTP API and services)."""

from enum import StrEnum


class AudienceError(StrEnum):
    NOT_FOUND = "not_found"
    FORBIDDEN = "forbidden"
    INVALID_STATE = "invalid_state"
    LINK_EXPIRED = "link_expired"
    NOT_SUITABLE = "not_suitable"
    UNKNOWN_SEGMENT = "unknown_segment"
    SESSION_NOT_ENDED = "session_not_ended"
