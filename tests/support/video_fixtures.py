"""Fixtures for tests that publish to a real ingest: a Daphne per package (the ingest's callbacks reach it) and
an nginx-rtmp per test. Imported by the conftests of tests/video and tests/recordings."""

import pytest

from tests.support.daphne import DaphneServer
from tests.support.video import Ingest


@pytest.fixture(scope="package")
def callback_server(django_db_setup, django_db_blocker, video_ports):
    server = DaphneServer(env=video_ports.env())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def ingest(callback_server, video_ports, tmp_path, transactional_db, settings):
    running = Ingest(tmp_path / "video", video_ports, callback_server.url).start()
    # What this process computes (signed links, internal push URLs) points at this ingest, as in Daphne.
    settings.BROADCAST_PLAYBACK_BASE_URL = f"{running.http_url}/live"
    settings.BROADCAST_INGEST_PUSH_URL = settings.BROADCAST_INGEST_URL = running.rtmp_url
    yield running
    running.stop()
    running.settle()
