"""Officers add rules and prepare draft versions of a rule pack before they go live.

A draft is a pack version with ``is_draft`` set and ``is_active`` not: checks never use it, a back-test
(``compliance.backtest``) can run it over archived content, and activating it writes its data as the next
active version through ``rule_pack_create`` (so the audit trail and the re-check of approved content are the
same as for any rule change). Versions are never edited: changing a draft's rule writes a newer draft.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from compliance.errors import ComplianceError
from compliance.models import Rule, RulePack, Severity
from compliance.services.audit import audit_record
from compliance.services.rule_packs import (
    pack_compile_check,
    pack_data_with_rule,
    pack_rules,
    pack_version_write,
    rule_definition_changed,
    rule_editor_require,
    rule_pack_create,
)
from core.exceptions import ApplicationError, Conflict


def _compiles(data: dict) -> None:
    pack_compile_check(data, what="rule", code=ComplianceError.INVALID_RULE)


@transaction.atomic
def pack_draft_save(
    *, base: RulePack, data: dict, actor: AbstractBaseUser, note: str = "", change: dict | None = None
) -> RulePack:
    """Store ``data`` as a new draft version of ``base``'s pack (never active). Audited."""
    rule_editor_require(actor)
    pack_rules(data)
    _compiles(data)
    RulePack.objects.select_for_update().filter(name=base.name, is_active=True).first()  # serialise versions
    draft = pack_version_write(name=base.name, data=data, actor=actor, note=note, active=False)
    audit_record(
        event_type="rulepack.draft_saved",
        actor=actor,
        subject=draft,
        data={
            "pack": draft.label,
            "base": base.label,
            "digest": draft.digest,
            "note": note,
            "change": change or {},
        },
    )
    return draft


def rule_add(
    *, pack: RulePack, definition: dict, actor: AbstractBaseUser, draft: bool = False, note: str = ""
) -> RulePack:
    """Add a new rule to ``pack``: a new active version (``pack`` must be the active one) or a new draft.

    The rule's ``code`` must be new in the pack and the pack must compile with it. Returns the new version.
    """
    rule_editor_require(actor)
    if not isinstance(definition, dict) or not str(definition.get("code") or "").strip():
        raise ApplicationError("A new rule needs a code.", code=ComplianceError.INVALID_RULE)
    code = str(definition["code"]).strip()
    definition = {**definition, "code": code}
    if definition.get("severity", Severity.REVIEW) not in Severity.values:
        raise ApplicationError(
            f"Unknown severity {definition.get('severity')!r}.", code=ComplianceError.INVALID_RULE
        )
    if any(r.get("code") == code for r in pack_rules(pack.data)):
        raise Conflict(
            f"The pack already has a rule {code}; edit that one instead.", code=ComplianceError.DUPLICATE_RULE
        )
    data = {**pack.data, "rules": [*pack_rules(pack.data), definition]}
    _compiles(data)
    change = {"code": code, "added": definition}
    if draft or pack.is_draft:
        return pack_draft_save(
            base=pack, data=data, actor=actor, note=note or f"rule {code} added", change=change
        )
    with transaction.atomic():
        active = RulePack.objects.select_for_update().get(name=pack.name, is_active=True)
        if active.pk != pack.pk:
            raise Conflict(
                f"{pack} is no longer the active version ({active}).", code=ComplianceError.STALE_PACK_VERSION
            )
        return rule_pack_create(
            name=pack.name, data=data, actor=actor, note=note or f"rule {code} added", change=change
        )


def rule_draft_change(
    *,
    rule: Rule,
    actor: AbstractBaseUser,
    severity: str | None = None,
    enabled: bool | None = None,
    definition: dict | None = None,
    note: str = "",
) -> RulePack:
    """Change one rule and save the result as a new draft of its pack (the active version stays in use)."""
    rule_editor_require(actor)
    new_definition = rule_definition_changed(rule, severity=severity, enabled=enabled, definition=definition)
    return pack_draft_save(
        base=rule.pack,
        data=pack_data_with_rule(rule.pack, new_definition),
        actor=actor,
        note=note or f"rule {rule.code} changed (draft)",
        change={"code": rule.code, "before": rule.definition, "after": new_definition},
    )


def pack_draft_activate(*, draft: RulePack, actor: AbstractBaseUser) -> RulePack:
    """Put a draft's rules in force: its data becomes the next active version (audited, re-check enqueued)."""
    rule_editor_require(actor)
    if not draft.is_draft:
        raise Conflict("Only a draft version can be activated.", code=ComplianceError.NOT_A_DRAFT)
    return rule_pack_create(
        name=draft.name,
        data=draft.data,
        actor=actor,
        note=f"activated draft {draft.label}",
        change={"draft": draft.label},
    )
