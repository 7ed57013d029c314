"""Error codes of the recordings app (HTTP API, admin and services)."""

from enum import StrEnum


class RecordingError(StrEnum):
    NOT_FOUND = "not_found"
    FORBIDDEN = "forbidden"
    NOT_IN_REVIEW = "replay_not_in_review"
    HASH_MISMATCH = "replay_hash_mismatch"
    MOMENTS_NOT_REVIEWED = "replay_moments_not_reviewed"
    INVALID_CUT = "replay_invalid_cut"
    REASON_REQUIRED = "replay_reason_required"


class StorageUnavailable(OSError):
    """The recordings storage could not be read or written (a network store, a full disk): worth a retry."""
