"""The player's video origin follows BROADCAST_PLAYBACK_BASE_URL into the page's CSP, checked at start-up."""

import os
import subprocess
import sys

from broadcast import ingest, tokens
from broadcast.checks import playback_origin_allowed
from tests.support.process import ROOT


def run_check(**env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--fail-level", "ERROR"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.base", "DEBUG": "true", **env},
        capture_output=True,
        text=True,
    )


def test_a_cdn_playback_origin_is_added_to_the_csp():
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "from core.middleware import content_security_policy as p; print(p())",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.base",
            "DEBUG": "true",
            "BROADCAST_PLAYBACK_BASE_URL": "https://live.bank.example/hls",
        },
    )
    assert done.returncode == 0, done.stderr
    assert "media-src 'self' blob: https://live.bank.example" in done.stdout
    assert "connect-src 'self' ws: wss: https://live.bank.example" in done.stdout


def test_start_up_check_refuses_a_playback_origin_outside_the_csp(settings):
    settings.BROADCAST_PLAYBACK_BASE_URL = "https://cdn.bank.example/live"
    settings.CSP_MEDIA_HOSTS = ["https://other.example"]
    assert [problem.id for problem in playback_origin_allowed(None)] == ["broadcast.E001"]
    settings.CSP_MEDIA_HOSTS = ["https://cdn.bank.example"]
    assert playback_origin_allowed(None) == []
    settings.BROADCAST_PLAYBACK_BASE_URL = "/live"  # the site's own origin: 'self' covers it
    settings.CSP_MEDIA_HOSTS = []
    assert playback_origin_allowed(None) == []


def test_update_interval_beyond_ten_seconds_stops_start_up():
    done = run_check(BROADCAST_UPDATE_INTERVAL="30")
    assert done.returncode != 0 and "BROADCAST_UPDATE_INTERVAL" in done.stderr


def test_the_callback_secret_is_in_no_url_of_the_rendered_ingest(tmp_path, settings):
    """nginx-rtmp notifies its own loopback-only location, which adds the secret as a header for Django:
    access logs (Daphne's, a proxy's) record URLs, so the secret must not be in one."""
    config = ingest.IngestConfig(
        run_dir=tmp_path,
        rtmp_port=19935,
        http_port=19936,
        callback_base_url="http://127.0.0.1:8000",
        update_interval=3,
        fragment=1,
    )
    text = ingest.render(config).read_text(encoding="utf-8")
    secret = tokens.callback_secret()
    lines_with_secret = [line.strip() for line in text.splitlines() if secret in line]
    assert lines_with_secret == [f'proxy_set_header X-Ingest-Secret "{secret}";']
    for call in ("on_publish", "on_update", "on_publish_done", "on_record_done"):
        assert f"{call} http://127.0.0.1:19936/_ingest/" in text
