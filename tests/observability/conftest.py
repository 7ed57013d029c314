"""A live session on air (``products`` is the shared fixture of tests/conftest.py: its texts pass the engine)."""

import pytest

from tests.factories import make_live, make_session


@pytest.fixture
def on_air(rm, officer, products):
    return make_live(make_session(rm, products), officer)
