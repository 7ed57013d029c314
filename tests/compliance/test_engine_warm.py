"""A process warming its rule packs only reads: with no active pack it writes nothing (the first line loads them)."""

import pytest

from compliance.models import RulePack
from compliance.screening import engine_warm

# The warm-up closes its thread's connections, as a Daphne process's worker thread would: a transactional test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_with_no_active_pack_the_warm_up_writes_no_pack():
    RulePack.objects.filter(is_active=True).update(is_active=False)
    versions = RulePack.objects.count()

    engine_warm()

    assert RulePack.objects.count() == versions
    assert not RulePack.objects.filter(is_active=True).exists()


def test_with_active_packs_the_warm_up_compiles_them_and_writes_nothing():
    versions = list(RulePack.objects.order_by("pk").values_list("pk", "is_active"))
    assert any(active for _pk, active in versions)

    engine_warm()

    assert list(RulePack.objects.order_by("pk").values_list("pk", "is_active")) == versions
