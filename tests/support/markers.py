"""Markers shared by test modules."""

import pytest
from django.conf import settings

# Tests of PostgreSQL behaviour (row locks held from another connection, a network cut between the server and
# the database). CI runs on PostgreSQL, so they run there; on the zero-setup SQLite default they are reported
# as skipped, with this reason, never as passed.
requires_postgresql = pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
    reason="needs PostgreSQL (set DATABASE_URL, as .ci/run does)",
)
