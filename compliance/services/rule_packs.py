"""Rule packs: versioned engine rules in the database, which pack checks whose content, and rule edits.

A pack version is immutable: a change writes the next version (``rule_pack_create``), makes it active and,
after commit, enqueues the re-check of approved content (``compliance.services.review.rule_pack_recheck``).
The compiled form of a pack is cached per process in ``compliance.screening``.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, models, transaction

from accounts.roles import is_officer
from compliance.errors import ComplianceError
from compliance.models import (
    Rule,
    RulePack,
    Severity,
)
from compliance.services.audit import audit_record, canonical_json
from core.exceptions import ApplicationError, Conflict, Forbidden, NotFound
from organisations.selectors import institution_of_user_id

ACTIVE_PACK_TTL_SECONDS = 5.0


DEFAULT_PACK = "cn"


#: Screens customers' lines in live rooms (studio.screening), never content on the publishing gate.
AUDIENCE_PACK = "audience"


LANG_TO_PACK = {"zh": "cn", "en": "us"}


def pack_digest(data: dict) -> str:
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


_active_cache: dict[str, tuple[float, RulePack]] = {}


def pack_rules(data: dict) -> list[dict]:
    rules = data.get("rules")
    if not isinstance(rules, list) or not all(isinstance(r, dict) and r.get("code") for r in rules):
        raise ApplicationError(
            "A rule pack needs a list of rules, each with a code.", code=ComplianceError.INVALID_PACK
        )
    return rules


def rule_editor_require(actor: AbstractBaseUser | None) -> None:
    """The one rule for who edits rules and packs: compliance officers (and superusers)."""
    if not is_officer(actor, superuser_too=True):
        raise Forbidden("Only compliance officers change rules.", code=ComplianceError.NOT_COMPLIANCE)


def pack_compile_check(
    data: dict, *, what: str = "rule pack", code: str = ComplianceError.INVALID_PACK
) -> None:
    """Raise ``ApplicationError(code)`` unless ``data`` compiles: a broken rule is never stored."""
    from compliance.engine import compile_pack

    try:
        compile_pack(data)
    except Exception as exc:  # the engine's own validation errors; they are the editor's to fix
        raise ApplicationError(f"The {what} does not compile: {exc}", code=code) from exc


def pack_version_write(
    *, name: str, data: dict, actor: AbstractBaseUser | None, note: str, active: bool
) -> RulePack:
    """Write ``data`` as the next version of pack ``name`` with its rules: the active one or a draft.

    The caller holds the active version's row lock (``select_for_update``), which serialises versions."""
    last_version = RulePack.objects.filter(name=name).aggregate(v=models.Max("version"))["v"] or 0
    pack = RulePack.objects.create(
        name=name,
        version=last_version + 1,
        source_version=str(data.get("version", "")),
        data=data,
        digest=pack_digest(data),
        is_active=active,
        is_draft=not active,
        created_by=actor,
        note=note,
    )
    Rule.objects.bulk_create(
        [
            Rule(
                pack=pack,
                code=r["code"],
                severity=r.get("severity", Severity.REVIEW),
                enabled=bool(r.get("enabled", True)),
                definition=r,
            )
            for r in pack_rules(data)
        ]
    )
    return pack


@transaction.atomic
def rule_pack_create(
    *, name: str, data: dict, actor: AbstractBaseUser | None, note: str = "", change: dict | None = None
) -> RulePack:
    """Store ``data`` as the next version of pack ``name`` and make it the active one.

    The data must compile (a broken rule never becomes active). Records ``rulepack.changed`` (or
    ``rulepack.loaded`` for the first version) and, after commit, enqueues the re-check of approved content.
    """
    pack_rules(data)
    pack_compile_check(data)
    current = RulePack.objects.select_for_update().filter(name=name, is_active=True).first()
    if current is not None:
        current.is_active = False
        current.save(update_fields=["is_active", "updated_at"])
    pack = pack_version_write(name=name, data=data, actor=actor, note=note, active=True)
    audit_record(
        event_type="rulepack.changed" if current else "rulepack.loaded",
        actor=actor,
        subject=pack,
        data={
            "pack": pack.label,
            "previous": current.label if current else None,
            "digest": pack.digest,
            "note": note,
            "change": change or {},
        },
    )
    _active_cache.pop(name, None)
    if current is not None:
        from compliance.tasks import rule_pack_recheck_task

        pack_id = pack.id
        transaction.on_commit(lambda: rule_pack_recheck_task.delay(pack_id))
    return pack


def rule_packs_load(
    *,
    names: Iterable[str] = ("cn", "us", AUDIENCE_PACK),
    force: bool = False,
    actor: AbstractBaseUser | None = None,
) -> list[RulePack]:
    """Load the repository's pack files into the database. Idempotent.

    A pack that already has an active version is left alone unless ``force`` is given and the file
    differs from it, so officers' edits in admin are never overwritten silently.
    """
    from compliance.engine import load_pack_data

    loaded = []
    for name in names:
        data = load_pack_data(name)
        active = RulePack.objects.filter(name=name, is_active=True).first()
        if active is not None and (not force or active.digest == pack_digest(data)):
            continue
        loaded.append(rule_pack_create(name=name, data=data, actor=actor, note="loaded from the pack file"))
    return loaded


def pack_active(name: str) -> RulePack:
    """The active version of pack ``name``; loads it from the pack file if the database has none yet."""
    pack = RulePack.objects.filter(name=name, is_active=True).first()
    if pack is None:
        try:
            rule_packs_load(names=[name])
        except IntegrityError:  # another process loaded it at the same moment: use theirs
            pass
        pack = RulePack.objects.filter(name=name, is_active=True).first()
    if pack is None:
        raise NotFound(f"There is no rule pack named {name!r}.", code=ComplianceError.UNKNOWN_PACK)
    return pack


def pack_for_author(author_id: int | None) -> RulePack:
    """The pack that checks content of ``author_id``: their institution's choice, extended by its words.

    An institution with ``extra_words`` gets a derived pack ``<base>+<code>``: the base pack's data with
    the words added, stored as a versioned ``RulePack`` (a new version whenever the base or the words
    change), so each stored check names exactly which rules ran. Unscoped authors get the default pack.
    """
    institution = institution_of_user_id(author_id)
    if institution is None:
        return pack_active(pack_name_for())
    base = pack_active(institution.pack_name)
    if not institution.extra_words:
        return base
    data = {
        **base.data,
        "extra_words": [
            *(base.data.get("extra_words") or []),
            *[list(pair) for pair in institution.extra_words],
        ],
        "extends": base.label,
    }
    name = institution.effective_pack_name
    active = RulePack.objects.filter(name=name, is_active=True).first()
    if active is not None and active.digest == pack_digest(data):
        return active
    try:
        with transaction.atomic():
            return rule_pack_create(
                name=name, data=data, actor=None, note=f"{base.label} extended by {institution.code}"
            )
    except IntegrityError:  # another process derived it at the same moment: use theirs
        return RulePack.objects.get(name=name, is_active=True)


def pack_names_for_author(author_id: int | None) -> tuple[str, str]:
    """``(name, base name)`` of the pack ``pack_for_author`` returns (one query); equal unless derived.

    A derived pack is only as current as its base: callers that cache it key on both digests, so a
    new base version re-derives it (``pack_for_author``) at the next check.
    """
    institution = institution_of_user_id(author_id)
    if institution is None:
        name = pack_name_for()
        return name, name
    return institution.effective_pack_name, institution.pack_name


def pack_active_cached(name: str) -> RulePack:
    hit = _active_cache.get(name)
    if hit and time.monotonic() - hit[0] < ACTIVE_PACK_TTL_SECONDS:
        return hit[1]
    pack = pack_active(name)
    _active_cache[name] = (time.monotonic(), pack)
    return pack


def rule_definition_changed(
    rule: Rule, *, severity: str | None, enabled: bool | None, definition: dict | None
) -> dict:
    new_definition = definition if definition is not None else rule.definition
    if not isinstance(new_definition, dict):
        raise ApplicationError("A rule definition is a JSON object.", code=ComplianceError.INVALID_RULE)
    new_definition = {**new_definition, "code": rule.code}
    if severity is not None:
        if severity not in Severity.values:
            raise ApplicationError(f"Unknown severity {severity!r}.", code=ComplianceError.INVALID_RULE)
        new_definition["severity"] = severity
    if enabled is not None:
        new_definition["enabled"] = bool(enabled)
    return new_definition


def pack_data_with_rule(pack: RulePack, definition: dict) -> dict:
    rules = [definition if r.get("code") == definition["code"] else r for r in pack_rules(pack.data)]
    return {**pack.data, "rules": rules}


def rule_change_validate(
    *, rule: Rule, severity: str | None = None, enabled: bool | None = None, definition: dict | None = None
) -> dict:
    """Raise ``ApplicationError`` unless the changed rule compiles; returns the new rule definition."""
    new_definition = rule_definition_changed(rule, severity=severity, enabled=enabled, definition=definition)
    from compliance.engine import compile_pack

    try:
        compile_pack(pack_data_with_rule(rule.pack, new_definition))
    except Exception as exc:  # the engine's validation errors are the editor's to fix
        raise ApplicationError(
            f"The rule does not compile: {exc}", code=ComplianceError.INVALID_RULE
        ) from exc
    return new_definition


def rule_change(
    *,
    rule: Rule,
    actor: AbstractBaseUser,
    severity: str | None = None,
    enabled: bool | None = None,
    definition: dict | None = None,
    note: str = "",
) -> RulePack:
    """Change one rule of the active pack: writes a new pack version (the old one stays as it was).

    Only compliance officers (or superusers) change rules. Raises ``Conflict`` when ``rule`` belongs to
    a version that is no longer active. After commit the re-check of approved content is enqueued.
    Returns the active pack (unchanged when the rule did not change).
    """
    rule_editor_require(actor)
    with transaction.atomic():
        active = RulePack.objects.select_for_update().get(name=rule.pack.name, is_active=True)
        if rule.pack_id != active.id:
            raise Conflict(
                f"This rule belongs to {rule.pack}, which is no longer the active version ({active}).",
                code=ComplianceError.STALE_PACK_VERSION,
            )
        new_definition = rule_definition_changed(
            rule, severity=severity, enabled=enabled, definition=definition
        )
        if new_definition == rule.definition:
            return active
        return rule_pack_create(
            name=active.name,
            data=pack_data_with_rule(active, new_definition),
            actor=actor,
            note=note or f"rule {rule.code} changed",
            change={"code": rule.code, "before": rule.definition, "after": new_definition},
        )


def pack_name_for(*, lang: str | None = None) -> str:
    if lang:
        return LANG_TO_PACK.get(lang, lang)
    return getattr(settings, "COMPLIANCE_PACK", DEFAULT_PACK)
