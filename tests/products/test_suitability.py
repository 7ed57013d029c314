from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import CustomerProfile
from products.models import ProductStatus
from products.services import SuitabilityReason, suitability_check
from tests.factories import ProductFactory, make_customer

LEVELS = [1, 2, 3, 4, 5]


@pytest.mark.django_db
@pytest.mark.parametrize("product_level", LEVELS)
@pytest.mark.parametrize("customer_level", LEVELS)
def test_customer_may_buy_only_products_at_or_below_their_level(product_level, customer_level):
    customer = make_customer(f"c{customer_level}-r{product_level}", level=f"C{customer_level}")
    product = ProductFactory(risk_level=f"R{product_level}")

    result = suitability_check(profile=customer.customer_profile, product=product)

    assert result.allowed is (product_level <= customer_level)
    expected = (
        SuitabilityReason.SUITABLE
        if product_level <= customer_level
        else SuitabilityReason.RISK_ABOVE_TOLERANCE
    )
    assert result.reason == expected
    assert result.message


@pytest.mark.django_db
def test_expired_assessment_is_refused_even_for_the_lowest_risk():
    customer = make_customer("c5-old", level="C5", assessed_days_ago=366)
    result = suitability_check(profile=customer.customer_profile, product=ProductFactory(risk_level="R1"))
    assert (result.allowed, result.reason) == (False, SuitabilityReason.ASSESSMENT_EXPIRED)


@pytest.mark.django_db
def test_assessment_is_valid_until_one_year_after_it_was_made():
    customer = make_customer("c5-edge", level="C5", assessed_days_ago=364)
    result = suitability_check(profile=customer.customer_profile, product=ProductFactory(risk_level="R5"))
    assert result.allowed


@pytest.mark.django_db
def test_missing_assessment_is_refused():
    customer = make_customer("c-none", level=None)
    result = suitability_check(profile=customer.customer_profile, product=ProductFactory(risk_level="R1"))
    assert (result.allowed, result.reason) == (False, SuitabilityReason.NO_ASSESSMENT)


@pytest.mark.django_db
def test_guest_without_profile_cannot_act():
    result = suitability_check(profile=None, product=ProductFactory(risk_level="R1"))
    assert (result.allowed, result.reason) == (False, SuitabilityReason.NOT_A_CUSTOMER)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "changes",
    [
        {"status": ProductStatus.CLOSED},
        {"status": ProductStatus.SUSPENDED},
        {"sale_start": timezone.now() + timedelta(days=1), "sale_end": timezone.now() + timedelta(days=2)},
        {"sale_start": timezone.now() - timedelta(days=5), "sale_end": timezone.now() - timedelta(days=1)},
    ],
    ids=["closed", "suspended", "window-not-started", "window-ended"],
)
def test_product_not_on_sale_is_refused_for_everyone(changes):
    customer = make_customer("c5-shop", level="C5")
    product = ProductFactory(risk_level="R1", **changes)
    result = suitability_check(profile=customer.customer_profile, product=product)
    assert (result.allowed, result.reason) == (False, SuitabilityReason.NOT_ON_SALE)


@pytest.mark.django_db
def test_assessed_level_without_dates_is_rejected_by_the_database():
    from django.db import IntegrityError

    customer = make_customer("c-bad", level=None)
    with pytest.raises(IntegrityError):
        CustomerProfile.objects.filter(pk=customer.customer_profile.pk).update(risk_level="C3")
