"""Engine tests are plain pytest: no database, no Django settings, no threads (STYLE.md §5).

``tests/conftest.py`` gives every test of the project three autouse fixtures for the Django side: a per-test
audit-anchor file (``settings`` + ``tmp_path``), serialized rollback, and a hop to the database thread to
close its connections. The engine never touches any of them, and with about two thousand engine tests (one per
probe sentence) their setup was a fixed cost per test. The same names here, closer to the tests, override them
with fixtures that do nothing. A test that needs a temporary directory still asks for ``tmp_path`` itself.
"""

import pytest


@pytest.fixture(autouse=True)
def _audit_anchors_of_this_test():
    """Nothing to anchor: the engine writes no audit trail."""


@pytest.fixture(autouse=True)
def _migration_data_survives_flush():
    """Nothing to roll back: the engine tests use no database."""


@pytest.fixture(autouse=True)
def _database_thread_connections_closed():
    """Nothing to close: the engine tests open no database connection."""
