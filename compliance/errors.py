"""Error codes of the compliance app, shared by the HTTP API, admin messages and services."""

from enum import StrEnum


class ComplianceError(StrEnum):
    NOT_COMPLIANCE = "not_compliance"
    OWN_SUBMISSION = "own_submission"
    NOTE_REQUIRED = "note_required"
    NOT_CHECKED = "not_checked"
    ALREADY_DECIDED = "already_decided"
    WITHDRAWN = "withdrawn"
    HAS_BLOCK_FINDINGS = "has_block_findings"
    INVALID_KIND = "invalid_kind"
    INVALID_SUBJECT = "invalid_subject"
    INVALID_PACK = "invalid_pack"
    INVALID_RULE = "invalid_rule"
    UNKNOWN_PACK = "unknown_pack"
    STALE_PACK_VERSION = "stale_pack_version"
    REASON_REQUIRED = "reason_required"
    INVALID_HOLD = "invalid_hold"
    HOLD_LIFTED = "hold_lifted"
