from datetime import timedelta

import pytest
from django.utils import timezone

from products.models import Product, ProductStatus
from products.tasks import product_sale_windows_close_task
from tests.factories import ProductFactory


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_task_goes_through_redis_to_a_real_worker_and_changes_the_database(celery_worker):
    ended = ProductFactory(
        sale_start=timezone.now() - timedelta(days=9), sale_end=timezone.now() - timedelta(days=1)
    )
    open_ = ProductFactory()

    result = product_sale_windows_close_task.delay()

    assert result.get(timeout=20) == 1
    assert Product.objects.get(pk=ended.pk).status == ProductStatus.CLOSED
    assert Product.objects.get(pk=open_.pk).status == ProductStatus.ON_SALE
