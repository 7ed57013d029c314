"""Every page forbids inline script; the API docs load nothing from a CDN."""

import re

import pytest


@pytest.mark.parametrize("path", ["/accounts/login/", "/api/docs/", "/admin/login/"])
def test_pages_carry_a_policy_without_inline_script(client, db, path):
    response = client.get(path)

    assert response.status_code == 200
    policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    assert policy["script-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"


def test_api_docs_have_no_inline_script_and_no_external_assets(client, db):
    html = client.get("/api/docs/").content.decode()

    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S)
    assert scripts, "the docs page should load Swagger UI"
    assert all("src=" in attrs and not body.strip() for attrs, body in scripts)
    assert not re.search(r"""(src|href)=["']https?://""", html)


def test_media_hosts_for_the_video_player_come_from_settings(client, db, settings):
    from core.middleware import content_security_policy

    settings.CSP_MEDIA_HOSTS = ["https://video.bank.example"]

    policy = content_security_policy()

    assert "media-src 'self' blob: https://video.bank.example" in policy
    assert "connect-src 'self' ws: wss: https://video.bank.example" in policy
