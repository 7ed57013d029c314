"""Builders for test data, going through the same services as production code."""

from datetime import timedelta
from decimal import Decimal
from itertools import count

import factory
from django.utils import timezone

from accounts.services import (
    compliance_officer_create,
    customer_create,
    product_manager_create,
    risk_assessment_record,
    rm_create,
)
from products.models import Product, ProductStatus

PASSWORD = "test-pass-123"
_licence = count(1)


def make_rm(username: str):
    return rm_create(username=username, password=PASSWORD, display_name=f"RM {username}", branch="Test branch",
                     licence_number=f"LIC-{next(_licence):06d}")


def make_compliance_officer(username: str):
    return compliance_officer_create(username=username, password=PASSWORD)


def make_product_manager(username: str):
    return product_manager_create(username=username, password=PASSWORD)


def make_customer(username: str, *, level: str | None = "C3", assessed_days_ago: int = 10):
    user = customer_create(username=username, password=PASSWORD)
    if level:
        risk_assessment_record(customer=user, level=level,
                               assessed_at=timezone.now() - timedelta(days=assessed_days_ago))
    return type(user).objects.get(pk=user.pk)  # fresh, so user.customer_profile is the stored one


class ProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Product

    code = factory.Sequence(lambda n: f"P{n:04d}")
    name = factory.Sequence(lambda n: f"测试理财{n}号")
    type = "wmp"
    issuer = "测试理财有限责任公司"
    risk_level = "R2"
    benchmark_min = Decimal("2.800")
    benchmark_max = Decimal("3.600")
    principal_protected = False
    status = ProductStatus.ON_SALE
    sale_start = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    sale_end = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))
    card_text = "R2中低风险，业绩比较基准2.80%–3.60%（年化），不代表实际收益。理财非存款、产品有风险、投资须谨慎。"
