"""``make run`` prints the site's address only once ``/healthz`` answers 200 (issue 19: newcomers opened it
while it still answered 503)."""

import http.server
import sys
import threading
import time

from tests.support.process import ROOT

sys.path.insert(0, str(ROOT / "bin"))

import run  # noqa: E402


class _Health(http.server.BaseHTTPRequestHandler):
    healthy_after = 0.0

    def do_GET(self):  # noqa: N802 - the stdlib's name
        healthy = time.monotonic() >= type(self).healthy_after
        self.send_response(200 if healthy else 503)
        self.end_headers()
        self.wfile.write(b"ok" if healthy else b"starting")

    def log_message(self, *args):
        pass


def _server(delay: float):
    _Health.healthy_after = time.monotonic() + delay
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Health)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_the_address_is_printed_only_after_healthz_answers_200(capsys):
    server = _server(delay=1.0)
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        started = time.monotonic()
        thread = run.announce_when_healthy(url, "pw", timeout=10)
        time.sleep(0.5)
        assert url not in capsys.readouterr().out  # still 503: nothing printed yet
        thread.join(10)
        out = capsys.readouterr().out
        assert f"Cloud Studio is ready: {url}" in out and "password: pw" in out
        assert time.monotonic() - started >= 1.0
    finally:
        server.shutdown()


def test_a_site_that_never_gets_healthy_is_reported_without_its_address_as_ready(capsys):
    server = _server(delay=3600)
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        run.announce_when_healthy(url, "pw", timeout=1).join(5)
        out = capsys.readouterr().out
        assert "did not become healthy" in out and "is ready" not in out
    finally:
        server.shutdown()
