"""Product rules of the domain: suitability (who may be offered what) and the sale window."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from django.db.models import Q
from django.utils import timezone

from accounts.models import CustomerProfile
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
