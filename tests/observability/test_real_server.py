"""Through a real Daphne process: its sockets counted under its own pid, /metrics served by it (summing this host's
processes, this test's included), JSON access lines with the request id in its log."""

import json
import time
import urllib.request

import pytest
from prometheus_client.parser import text_string_to_metric_families
from websockets.sync.client import connect

from tests.observability.helpers import parse
from tests.support.daphne import DaphneServer

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def server(tmp_path):
    daphne = DaphneServer(env={"LOG_FORMAT": "json", "PROCESS_ROLE": "web"})
    daphne.log_path = tmp_path / "daphne.log"
    daphne.start()
    yield daphne
    daphne.stop()


def get(url: str, **headers):
    """Status, headers (case-insensitive: Twisted writes ``X-Request-Id``) and body."""
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.headers, response.read().decode()


def viewers_of(text: str, pid: int) -> float | None:
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "cloudstudio_live_viewers" and sample.labels.get("pid") == str(pid):
                return sample.value
    return None


def test_a_real_daphne_counts_its_sockets_and_serves_the_hosts_metrics(server, on_air):
    pid = server.process.pid
    ws_url = server.url.replace("http://", "ws://") + f"/ws/sessions/{on_air.pk}/"
    with connect(ws_url, origin=server.url, open_timeout=10) as guest:
        assert json.loads(guest.recv(timeout=10))["type"] == "session.state"
        status, headers, text = get(server.url + "/metrics")
        assert status == 200 and headers["Content-Type"].startswith("text/plain; version=0.0.4")
        assert viewers_of(text, pid) == 1  # the socket, counted by the Daphne that holds it
        samples = parse(text)
        assert samples[("cloudstudio_live_connects_total", (("outcome", "accepted"),))] >= 1
        assert samples[("cloudstudio_live_sessions", ())] == 1

    deadline = time.monotonic() + 10
    while viewers_of(get(server.url + "/metrics")[2], pid) not in (0, None):
        assert time.monotonic() < deadline, "the closed socket is still counted"
        time.sleep(0.2)

    status, headers, _ = get(server.url + "/accounts/login/", **{"X-Request-ID": "real-daphne-req-1"})
    assert status == 200 and headers["X-Request-ID"] == "real-daphne-req-1"
    deadline = time.monotonic() + 10
    while True:
        lines = [
            json.loads(raw)
            for raw in server.log_path.read_text(encoding="utf-8").splitlines()
            if raw.startswith("{")
        ]
        access = [line for line in lines if line.get("request_id") == "real-daphne-req-1"]
        if access or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    [line] = access
    assert line["logger"] == "cloudstudio.access" and line["role"] == "web" and line["process"] == pid
    assert line["path"] == "/accounts/login/" and line["status"] == 200
