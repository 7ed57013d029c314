"""Ingest tests: a real Daphne (the callbacks' target) for the package, a real nginx-rtmp per test
(the fixtures live in ``tests.support.video``, shared with the recordings tests)."""

from tests.support.video_fixtures import callback_server, ingest  # noqa: F401 - fixtures
