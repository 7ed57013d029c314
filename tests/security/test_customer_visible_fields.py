"""Every field of every model is classified: does it reach a customer, and what stands between a writer and them.
(Over 500 lines because ``FIELDS`` has one row per field of the project.)

The field list is derived from the models (every concrete and many-to-many field of the project's apps, and the
user's name, which the room shows): a field added without a row in ``FIELDS`` fails
``test_every_field_is_classified``. The classes that route a write through the gate are then checked by
behaviour: for each ``GATE`` field, a change through its service pulls an approved session back to review (and
is refused while live); ``FACT`` fields are refused to everyone but the product desk and re-check approvals.

Classes of a customer-visible field:
- ``GATE``: reviewed content. Written only by services (``session_update``, ``studio_update``, ``product_update``)
  that submit the new text to the publishing gate (the session leaves ``approved``) and refuse it while live;
  admin shows it read-only. ``CardPush.card_text`` is a snapshot of an approved card.
- ``FACT``: product facts (suitability and the engine read them). Written only by the product desk through
  ``products.services`` (audited, approvals that relied on them re-checked and pulled back when broken).
- ``SCREENED``: what people say in the room: the host's lines pass the engine inline, customers' lines and
  questions are masked, rate-limited, length-limited and refused with control characters or nothing visible; a
  pinned line must be the host's checked line or a customer line that passes the engine's screening.
- ``REGISTRY``: the bank's records shown as regulators require (presenter's name, branch, licence; user names),
  written by ``accounts.services`` only; admin read-only.
- ``SETTING``: room settings and schedule (numbers, flags, choices, moments), no free text; range-checked.
- ``SYSTEM``: set by the system (states, sequence numbers, timestamps, counters, texts composed from gated ones).
Not visible to customers: ``INTERNAL`` (staff, RMs or the records only).
"""

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import User

GATE, FACT, SCREENED, REGISTRY, SETTING, SYSTEM, INTERNAL = (
    "gate",
    "fact",
    "screened",
    "registry",
    "setting",
    "system",
    "internal",
)
CUSTOMER_VISIBLE = {GATE, FACT, SCREENED, REGISTRY, SETTING, SYSTEM}

_BASE = {"id": SYSTEM, "created_at": SYSTEM, "updated_at": SYSTEM}


def _internal(*names: str) -> dict:
    return dict.fromkeys(names, INTERNAL)


FIELDS: dict[str, dict[str, str]] = {
    "auth.User": {
        "username": REGISTRY,
        **_internal(
            "id",
            "password",
            "last_login",
            "is_superuser",
            "first_name",
            "last_name",
            "email",
            "is_staff",
            "is_active",
            "date_joined",
            "groups",
            "user_permissions",
        ),
    },
    "accounts.RMProfile": {
        **_BASE,
        "user": SYSTEM,
        "display_name": REGISTRY,
        "branch": REGISTRY,
        "licence_number": REGISTRY,
    },
    "accounts.CustomerProfile": {
        **_BASE,
        "user": SYSTEM,
        "risk_level": REGISTRY,
        "assessed_at": REGISTRY,
        "expires_at": REGISTRY,
        "segments": INTERNAL,
    },
    "products.Product": {
        **_BASE,
        **dict.fromkeys(
            (
                "code",
                "name",
                "type",
                "issuer",
                "risk_level",
                "benchmark_min",
                "benchmark_max",
                "principal_protected",
                "term_days",
                "min_investment",
                "sale_start",
                "sale_end",
                "status",
            ),
            FACT,
        ),
        "card_text": GATE,
    },
    "studio.Studio": {**_BASE, "owner": SYSTEM, "name": GATE, "description": GATE},
    "studio.LiveSession": {
        **_BASE,
        "studio": SYSTEM,
        "title": GATE,
        "description": GATE,
        "script": GATE,
        "playback_url": GATE,
        "featured_products": GATE,
        "scheduled_start": SETTING,
        "scheduled_end": SETTING,
        "visibility": SETTING,
        "guests_can_watch": SETTING,
        "slow_mode_seconds": SETTING,
        "qa_enabled": SETTING,
        "state": SYSTEM,
        "started_at": SYSTEM,
        "ended_at": SYSTEM,
        "last_seq": SYSTEM,
        "pinned_message": SCREENED,
        "invite_code": INTERNAL,
    },
    "studio.ChatMessage": {
        **_BASE,
        "session": SYSTEM,
        "author": SYSTEM,
        "author_role": SYSTEM,
        "author_name": REGISTRY,
        "text": SCREENED,
        "seq": SYSTEM,
        "published_at": SYSTEM,
        "removed_at": SYSTEM,
        "removed_seq": SYSTEM,
        **_internal(
            "ref", "status", "findings", "masked", "pack", "reviewed_by", "reviewed_at", "removed_by"
        ),
    },
    "studio.RoomMute": {**_BASE, "session": SYSTEM, "user": SYSTEM, "until": SYSTEM, "muted_by": INTERNAL},
    "studio.Question": {
        **_BASE,
        "session": SYSTEM,
        "author": SYSTEM,
        "author_name": REGISTRY,
        "text": SCREENED,
        "upvotes": SYSTEM,
        "answered_at": SYSTEM,
        # the host's answer is one of their chat lines (checked inline, shown once published)
        "answer_line": SCREENED,
        "dismissed_at": SYSTEM,
        "merged_into": SYSTEM,
        "dismissed_by": INTERNAL,
        # held by the audience screening until the host or an officer releases it
        **_internal("ref", "masked", "status", "findings", "reviewed_by", "reviewed_at"),
    },
    # The re-scan of the host's transcript: the officers' post-hoc queue and its bookkeeping.
    "studio.TranscriptFinding": _internal(
        "id",
        "created_at",
        "updated_at",
        "session",
        "author",
        "first_line",
        "lines",
        "code",
        "severity",
        "excerpt",
        "message",
        "suggestion",
        "pack",
        "signature",
        "status",
        "reviewed_by",
        "reviewed_at",
    ),
    "studio.TranscriptScan": _internal(
        "id", "created_at", "updated_at", "session", "last_message_id", "scans", "final"
    ),
    "studio.QuestionUpvote": _internal("id", "created_at", "updated_at", "question", "user"),
    "studio.CardPush": {
        **_BASE,
        "session": SYSTEM,
        "product": SYSTEM,
        "card_text": GATE,
        "pushed_by": INTERNAL,
        "ref": INTERNAL,
    },
    "studio.CardOpen": _internal("id", "created_at", "updated_at", "push", "user"),
    # Live video: viewers get the public id (in a signed link) and a status derived from the ingest state;
    # the key's hash, the ingest's bookkeeping and the officer's stop are for the host, officers and the record.
    "broadcast.Stream": {
        **_BASE,
        "session": SYSTEM,
        "public_id": SYSTEM,
        "state": SYSTEM,
        "stopped_at": SYSTEM,
        **_internal(
            "key_sha256",
            "key_generation",
            "key_issued_at",
            "client_id",
            "accepted_generation",
            "went_live_at",
            "last_update_at",
            "stopped_by",
            "stop_reason",
        ),
    },
    "broadcast.IngestEvent": _internal(
        "id", "created_at", "updated_at", "stream", "kind", "reason", "client_id", "addr", "path"
    ),
    "compliance.RulePack": {
        **_internal(
            "id",
            "created_at",
            "updated_at",
            "name",
            "version",
            "source_version",
            "data",
            "digest",
            "is_active",
            "created_by",
            "note",
            "is_draft",
        )
    },
    "compliance.BacktestRun": _internal(
        "id",
        "created_at",
        "updated_at",
        "pack",
        "baseline",
        "date_from",
        "date_to",
        "status",
        "total",
        "done",
        "result",
        "error",
        "started_at",
        "finished_at",
        "created_by",
    ),
    "compliance.Rule": _internal("id", "pack", "code", "severity", "enabled", "definition"),
    "compliance.Submission": {
        **_internal(
            "id",
            "created_at",
            "updated_at",
            "kind",
            "text",
            "sha256",
            "author",
            "session",
            "product",
            "status",
            "pack",
            "checking_since",
            "check_token",
            "checked_at",
            "check_count",
            "last_error",
            "withdrawn_at",
            "withdrawn_reason",
        )
    },
    "compliance.Finding": _internal(
        "id", "submission", "code", "severity", "start", "end", "excerpt", "message", "suggestion"
    ),
    "compliance.Decision": _internal("id", "submission", "officer", "action", "note", "decided_at"),
    # A customer's notifications (an invitation) are composed by the system from gated fields (the title).
    "compliance.Notification": {
        **_BASE,
        "recipient": SYSTEM,
        "kind": SYSTEM,
        "message": SYSTEM,
        "session": SYSTEM,
        "read_at": SYSTEM,
        "submission": INTERNAL,
    },
    "compliance.AuditEvent": _internal(
        "id",
        "seq",
        "at",
        "event_type",
        "actor_id",
        "actor_name",
        "subject_type",
        "subject_id",
        "data",
        "prev_hash",
        "hash",
    ),
    "compliance.AuditChainHead": _internal("id", "last_seq", "last_hash"),
    "compliance.LegalHold": _internal(
        "id",
        "created_at",
        "updated_at",
        "scope",
        "session",
        "rm",
        "starts_on",
        "ends_on",
        "reason",
        "set_by",
        "lifted_at",
        "lifted_by",
        "lift_reason",
    ),
    "audience.Visit": _internal(
        "id",
        "session",
        "viewer_key",
        "token",
        "user",
        "role",
        "process",
        "joined_at",
        "left_at",
        "closed_by_sweep",
    ),
    "audience.ConcurrencySample": _internal("id", "session", "bucket", "at", "viewers", "sockets"),
    # Reactions are counted per kind (a fixed choice) and shown as counts.
    "audience.ReactionTally": {
        "id": SYSTEM,
        "session": SYSTEM,
        "minute": SYSTEM,
        "kind": SYSTEM,
        "count": SYSTEM,
    },
    "audience.CardInterest": _internal("id", "created_at", "updated_at", "push", "user", "risk_level"),
    # The label is the RM's own note (shown in their report, never to the link's holders).
    "audience.ShareLink": {
        **_BASE,
        "session": SYSTEM,
        "token": SYSTEM,
        "expires_at": SYSTEM,
        **_internal("created_by", "label", "revoked_at", "opens_invite_only"),
    },
    "audience.ShareLinkRedemption": _internal("id", "link", "user", "viewer_key", "at"),
    "audience.Invitation": {
        **_BASE,
        "session": SYSTEM,
        "customer": SYSTEM,
        **_internal("invited_by", "segment"),
    },
    "audience.Reminder": {**_BASE, "session": SYSTEM, "user": SYSTEM, "sent_at": SYSTEM, "emailed": INTERNAL},
    # Recordings (issue 15): the raw recordings are records only; a replay reaches customers only as the file an
    # officer published (bound to its hash by the replay review service, which alone writes these fields).
    "recordings.Recording": _internal(
        "id",
        "created_at",
        "updated_at",
        "session",
        "source_path",
        "stream_name",
        "status",
        "started_at",
        "ended_at",
        "duration",
        "size",
        "sha256",
        "storage_key",
        "attempts",
        "error",
        "purged_at",
    ),
    "recordings.Replay": {
        "id": SYSTEM,
        "session": SYSTEM,
        "state": SYSTEM,
        "published_key": SYSTEM,
        "published_sha256": SYSTEM,
        "published_duration": SYSTEM,
        "published_size": SYSTEM,
        **_internal(
            "created_at",
            "updated_at",
            "parts",
            "source_key",
            "source_sha256",
            "source_duration",
            "source_size",
            "approved_sha256",
            "requested_cuts",
            "effective_cuts",
            "reviewed_moments",
            "decided_by",
            "decided_at",
            "reason",
            "error",
            "legal_hold",
            "purged_at",
        ),
    },
    "recordings.ReplayView": _internal("id", "session", "viewer_key", "user", "day", "at"),
    # Organisations (issue 21): the bank's structure, books and leads are staff-only.
    "organisations.Institution": _internal(
        "id", "created_at", "updated_at", "code", "name", "pack_name", "extra_words"
    ),
    "organisations.Branch": _internal("id", "created_at", "updated_at", "institution", "code", "name"),
    "organisations.Membership": _internal(
        "id", "created_at", "updated_at", "user", "institution", "branch", "role"
    ),
    "organisations.BookEntry": _internal(
        "id",
        "created_at",
        "updated_at",
        "customer",
        "rm",
        "institution",
        "assets_band",
        "holdings",
        "external_id",
    ),
    "organisations.Lead": _internal(
        "id",
        "created_at",
        "updated_at",
        "customer",
        "rm",
        "session",
        "push",
        "product",
        "share_link",
        "consent_text",
        "consented_at",
        "status",
        "status_at",
        "note",
    ),
    # A campaign's texts reach customers only as the copies in its sessions (title, description, script: GATE
    # there) and through its template session, which is reviewed like any session.
    "campaigns.Campaign": _internal(
        "id",
        "created_at",
        "updated_at",
        "institution",
        "name",
        "starts_on",
        "ends_on",
        "products",
        "segments",
        "title",
        "description",
        "script",
        "poster_text",
        "created_by",
        "template_session",
    ),
    "campaigns.CampaignSession": _internal(
        "id", "created_at", "updated_at", "campaign", "session", "rm", "branch"
    ),
}


def project_models() -> list:
    """Every concrete model of the project's own apps (any app under the repository), and the user model."""
    base = str(settings.BASE_DIR)
    models = [User]
    for config in apps.get_app_configs():
        path = str(config.path)
        if path.startswith(base) and "/.venv/" not in path and "site-packages" not in path:
            models += [m for m in config.get_models() if not m._meta.proxy]
    return models


def model_fields(model) -> list[str]:
    return [f.name for f in model._meta.get_fields() if f.concrete or (f.many_to_many and not f.auto_created)]


def test_every_field_is_classified():
    unclassified, stale = [], []
    for model in project_models():
        label = model._meta.label
        known = FIELDS.get(label, {})
        names = model_fields(model)
        unclassified += [f"{label}.{name}" for name in names if name not in known]
        stale += [f"{label}.{name}" for name in known if name not in names]
    stale += [label for label in FIELDS if label not in {m._meta.label for m in project_models()}]
    assert not unclassified, (
        "Classify these fields in FIELDS (do they reach a customer, and what gates a write?): "
        + ", ".join(unclassified)
    )
    assert not stale, "FIELDS names fields that no longer exist: " + ", ".join(stale)


def test_the_classes_are_known_and_customer_visible_free_text_is_never_left_open():
    for label, fields in FIELDS.items():
        model = apps.get_model(label)
        for name, klass in fields.items():
            assert klass in CUSTOMER_VISIBLE | {INTERNAL}, (label, name)
            field = model._meta.get_field(name)
            free_text = (
                field.get_internal_type() in ("TextField", "CharField", "URLField") and not field.choices
            )
            if klass == SETTING:
                assert not free_text, f"{label}.{name} is free text: a setting must not be"


def customer_visible_fields() -> dict[str, str]:
    return {
        f"{label}.{name}": klass
        for label, fields in FIELDS.items()
        for name, klass in fields.items()
        if klass != INTERNAL
    }


@pytest.mark.parametrize("klass", sorted(CUSTOMER_VISIBLE))
def test_report_the_classified_list(klass):
    names = sorted(name for name, k in customer_visible_fields().items() if k == klass)
    print(f"{klass}: {', '.join(names)}")  # noqa: T201 - the list goes into the issue note
    assert names
