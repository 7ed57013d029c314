"""Fixtures of the review workflow: a studio session with a script, an announcement and one product card."""

import pytest

from tests.factories import ProductFactory, make_compliance_officer, make_review_session


@pytest.fixture
def product(db):
    return ProductFactory()


@pytest.fixture
def session(rm, product):
    return make_review_session(rm, products=[product])


@pytest.fixture
def other_officer(db):
    return make_compliance_officer("officer-b")
