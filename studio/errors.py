"""Error codes of the live room, shared by the HTTP API and the WebSocket ``error`` frame."""

from enum import StrEnum


class StudioError(StrEnum):
    NOT_FOUND = "not_found"
    FORBIDDEN = "forbidden"
    LOGIN_REQUIRED = "login_required"
    INVALID_STATE = "invalid_state"
    SESSION_NOT_LIVE = "session_not_live"
    SESSION_ENDED = "session_ended"
    MUTED = "muted"
    SLOW_MODE = "slow_mode"
    RATE_LIMITED = "rate_limited"
    QA_DISABLED = "qa_disabled"
    ALREADY_UPVOTED = "already_upvoted"
    OWN_QUESTION = "own_question"
    UNKNOWN_PRODUCT = "unknown_product"
    CARD_NOT_APPROVED = "card_not_approved"
    GATE_CLOSED = "gate_closed"
    MALFORMED = "malformed"
    UNKNOWN_TYPE = "unknown_type"
    FRAME_TOO_LARGE = "frame_too_large"
    EMPTY = "empty"
    UNAVAILABLE = "unavailable"
    PIN_NOT_SCREENED = "pin_not_screened"
    INVALID_TEXT = "invalid_text"
    TOO_LONG = "too_long"
