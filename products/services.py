"""Product rules of the domain: suitability (who may be offered what), the sale window, and product writes.

Product facts feed suitability and the compliance engine, so they are written only here, only by the product
desk (``Role.PRODUCT``). The publishing gate lives above this app (compliance → products), so it hears of a
write through hooks it registers at start-up (``product_write_hooks_register``): one takes the locks that
come before a product's in the lock order, one records the audit event and re-checks affected approvals.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from accounts.models import CustomerProfile
from accounts.roles import Role, has_role
from core.exceptions import ApplicationError, Forbidden
from products.models import Product, ProductStatus


class SuitabilityReason(StrEnum):
    SUITABLE = "suitable"
    NOT_A_CUSTOMER = "not_a_customer"
    NO_ASSESSMENT = "no_assessment"
    ASSESSMENT_EXPIRED = "assessment_expired"
    RISK_ABOVE_TOLERANCE = "risk_above_tolerance"
    NOT_ON_SALE = "not_on_sale"


REASON_MESSAGES = {
    SuitabilityReason.SUITABLE: "本产品风险等级与您的风险承受能力相匹配。",
    SuitabilityReason.NOT_A_CUSTOMER: "请先登录并完成风险测评后办理。",
    SuitabilityReason.NO_ASSESSMENT: "您尚未完成风险承受能力测评，请先完成测评。",
    SuitabilityReason.ASSESSMENT_EXPIRED: "您的风险测评已过期，请重新测评后办理。",
    SuitabilityReason.RISK_ABOVE_TOLERANCE: "本产品风险等级高于您的风险承受能力，暂不可购买。",
    SuitabilityReason.NOT_ON_SALE: "本产品当前不在销售期内。",
}


@dataclass(frozen=True)
class Suitability:
    allowed: bool
    reason: SuitabilityReason

    @property
    def message(self) -> str:
        return REASON_MESSAGES[self.reason]


def product_is_on_sale(product: Product, *, now: datetime) -> bool:
    if product.status != ProductStatus.ON_SALE:
        return False
    if product.sale_start and now < product.sale_start:
        return False
    return not (product.sale_end and now >= product.sale_end)


def suitability_check(
    *, profile: CustomerProfile | None, product: Product, now: datetime | None = None
) -> Suitability:
    """May this customer be offered the next step for ``product``? (Cn may buy Rm only when m ≤ n.)

    The order of the checks decides which reason a customer sees first: a product that is not on sale
    is unavailable to everyone, then missing and expired assessments, then the level comparison.
    """
    now = now or timezone.now()
    if not product_is_on_sale(product, now=now):
        return Suitability(False, SuitabilityReason.NOT_ON_SALE)
    if profile is None:
        return Suitability(False, SuitabilityReason.NOT_A_CUSTOMER)
    if not profile.risk_level or profile.expires_at is None:
        return Suitability(False, SuitabilityReason.NO_ASSESSMENT)
    if profile.expires_at <= now:
        return Suitability(False, SuitabilityReason.ASSESSMENT_EXPIRED)
    if int(product.risk_level[1]) > int(profile.risk_level[1]):
        return Suitability(False, SuitabilityReason.RISK_ABOVE_TOLERANCE)
    return Suitability(True, SuitabilityReason.SUITABLE)


def product_sale_windows_close(*, now: datetime | None = None) -> int:
    """Mark products whose sale window has ended as closed; returns how many changed. Idempotent."""
    now = now or timezone.now()
    return Product.objects.filter(Q(status=ProductStatus.ON_SALE) & Q(sale_end__lte=now)).update(
        status=ProductStatus.CLOSED, updated_at=now
    )


# ---------------------------------------------------------------------------------------------
# Writes (product desk only)

#: What an API or the admin may write. ``card_text`` is content: the gate reviews it before any room shows it.
WRITABLE_FIELDS = (
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
    "card_text",
)


@dataclass(frozen=True)
class ProductWriteHooks:
    """Registered by the publishing gate. ``lock(product_id)`` runs first in the write's transaction (sessions
    are locked before products); ``changed(product=, actor=, changes={field: (before, after)}, created=)`` runs
    after the row is saved, in the same transaction."""

    lock: Callable[[int], None]
    changed: Callable[..., None]


_hooks: list[ProductWriteHooks] = []


def product_write_hooks_register(hooks: ProductWriteHooks) -> None:
    """Called once per process from an ``AppConfig.ready``; registering the same hooks twice is a no-op."""
    if hooks not in _hooks:
        _hooks.append(hooks)


def may_write_products(user: AbstractBaseUser | AnonymousUser | None) -> bool:
    """The one rule for writing products: members of the product desk."""
    return has_role(user, Role.PRODUCT)


def _require_product_desk(actor) -> None:
    if not may_write_products(actor):
        raise Forbidden("Only the product desk changes products.", code="not_product_desk")


def _check_fields(fields: dict[str, Any]) -> None:
    unknown = set(fields) - set(WRITABLE_FIELDS)
    if unknown:
        raise ApplicationError(
            "These product fields cannot be written.", code="invalid", details={"fields": sorted(unknown)}
        )


@transaction.atomic
def product_create(*, actor: AbstractBaseUser, **fields: Any) -> Product:
    """The product desk registers a product; audited by the gate's hook."""
    _require_product_desk(actor)
    _check_fields(fields)
    product = Product(**fields)
    product.full_clean()
    product.save()
    for hooks in _hooks:
        hooks.changed(
            product=product,
            actor=actor,
            created=True,
            changes={name: (None, getattr(product, name)) for name in fields},
        )
    return product


@transaction.atomic
def product_update(*, product: Product, actor: AbstractBaseUser, **changes: Any) -> Product:
    """The product desk changes a product's facts or card text.

    Locks (sessions through the hooks, then the product row), saves what differs, and lets the gate record a
    ``product.updated`` audit event and re-check every approval that relied on the old facts or card: content
    that the new facts make non-compliant is pulled back to review. No change, no event.
    """
    _require_product_desk(actor)
    _check_fields(changes)
    for hooks in _hooks:
        hooks.lock(product.pk)
    locked = Product.objects.select_for_update().get(pk=product.pk)
    diff = {}
    for name, value in changes.items():
        before = getattr(locked, name)
        if before != value:
            diff[name] = (before, value)
            setattr(locked, name, value)
    if not diff:
        return locked
    locked.full_clean()
    locked.save(update_fields=[*diff, "updated_at"])
    for hooks in _hooks:
        hooks.changed(product=locked, actor=actor, changes=diff, created=False)
    return locked
