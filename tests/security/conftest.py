"""Fixtures of the security tests: Redis counters (throttles, rate limits) start empty for every test."""

import pytest
from django.db import transaction
from rest_framework.authtoken.models import Token

from tests.support.counters import forget_counters
from tests.support.world import build_world


@pytest.fixture(autouse=True)
def _fresh_counters():
    forget_counters()
    yield
    forget_counters()


@pytest.fixture(scope="module")
def world(request, django_db_setup, django_db_blocker):
    """One world for the module, in a transaction rolled back at its end; each test's own transaction (and each
    cell's savepoint) nests inside it, so no cell sees another's changes."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            built = build_world(prefix=request.module.__name__.rsplit(".", 1)[-1][:20])
            for user in built.users.values():
                if user is not None:
                    Token.objects.get_or_create(user=user)
            yield built
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
