"""A live session on air, and its products (the studio tests' ones: their texts pass the engine)."""

import pytest

from tests.factories import R4_CARD, ProductFactory, make_live, make_session


@pytest.fixture
def products(db):
    return {
        "r2": ProductFactory(risk_level="R2"),
        "r4": ProductFactory(
            risk_level="R4", type="fund", benchmark_min=None, benchmark_max=None, card_text=R4_CARD
        ),
    }


@pytest.fixture
def on_air(rm, officer, products):
    return make_live(make_session(rm, products), officer)
