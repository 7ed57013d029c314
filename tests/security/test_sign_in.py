"""Sign-in (docs/sign-in.md): throttles keyed by the normalised account, by the client address taken from the
configured proxy count, and by device; a lockout an attacker cannot turn against an officer; throttled
password reset."""

import pytest
from django.core import mail
from django.test import Client, override_settings
from rest_framework.test import APIClient

from accounts.addresses import client_address
from accounts.signin import DEVICE_COOKIE, PER_ACCOUNT_ADDRESS, PER_ACCOUNT_UNTRUSTED, PER_ADDRESS
from accounts.views import PASSWORD_RESETS_PER_ADDRESS, PASSWORD_RESETS_PER_EMAIL
from tests.factories import PASSWORD, make_compliance_officer, make_rm

pytestmark = pytest.mark.django_db


def _login(client: Client, path: str, username: str, password: str, address: str):
    return client.post(path, {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.mark.parametrize("variant", ["ｏｆｆｉｃｅｒ１", "OFFICER1", " officer1 "])
def test_a_variant_of_the_name_counts_against_the_same_account(variant):
    make_compliance_officer("officer1")
    for n in range(PER_ACCOUNT_ADDRESS):
        assert _login(Client(), "/accounts/login/", "officer1", f"guess-{n}", "10.1.0.1").status_code == 200
    response = _login(Client(), "/accounts/login/", variant, PASSWORD, "10.1.0.1")
    assert response.status_code == 429  # the right password, under another spelling, is refused too
    admin = Client()
    assert _login(admin, "/admin/login/", variant, PASSWORD, "10.1.0.1").status_code == 200
    assert "_auth_user_id" not in admin.session


def test_a_flood_of_guesses_from_many_addresses_does_not_lock_the_officer_out_of_their_own_browser():
    make_compliance_officer("officer1")
    officer_browser = Client()
    assert _login(officer_browser, "/admin/login/", "officer1", PASSWORD, "10.2.0.1").status_code == 302
    assert officer_browser.cookies.get(DEVICE_COOKIE)
    officer_browser.post("/admin/logout/")

    for n in range(PER_ACCOUNT_UNTRUSTED + 5):  # the attacker rotates addresses and spellings
        name = "ｏｆｆｉｃｅｒ１" if n % 2 else "officer1"
        _login(Client(), "/admin/login/", name, f"guess-{n}", f"10.3.{n}.1")
    # A browser that never signed in as officer1 is now refused, whatever its address …
    stranger = Client()
    assert _login(stranger, "/accounts/login/", "officer1", PASSWORD, "10.4.0.1").status_code == 429
    # … while the officer's own browser (its device cookie) signs in to the admin at once.
    assert _login(officer_browser, "/admin/login/", "officer1", PASSWORD, "10.2.0.1").status_code == 302
    assert officer_browser.session.get("_auth_user_id")


def test_one_address_guessing_across_accounts_only_locks_itself_out():
    make_rm("bystander")
    for n in range(PER_ADDRESS):
        _login(Client(), "/accounts/login/", f"nobody-{n}", "x", "10.5.0.1")
    assert _login(Client(), "/accounts/login/", "bystander", PASSWORD, "10.5.0.1").status_code == 429
    assert _login(Client(), "/accounts/login/", "bystander", PASSWORD, "10.5.0.2").status_code == 302


def test_token_sign_in_ignores_a_rotating_forwarded_for_header():
    rm = make_rm("rm-token")
    api = APIClient()
    codes = [
        api.post(
            "/api/auth/token/",
            {"username": rm.username, "password": f"guess-{n}"},
            format="json",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
        ).status_code
        for n in range(12)
    ]
    assert codes[:10] == [400] * 10 and codes[10:] == [429, 429]


def test_token_sign_in_is_limited_per_account_across_addresses():
    rm = make_rm("rm-token")
    api = APIClient()
    for n in range(PER_ACCOUNT_UNTRUSTED):
        response = api.post(
            "/api/auth/token/",
            {"username": "ＲＭ-token", "password": f"guess-{n}"},
            format="json",
            REMOTE_ADDR=f"10.6.{n}.1",
        )
        assert response.status_code == 400, n
    response = api.post(
        "/api/auth/token/",
        {"username": rm.username, "password": PASSWORD},
        format="json",
        REMOTE_ADDR="10.7.0.1",
    )
    assert response.status_code == 429
    assert response.json()["code"] == "throttled"


@pytest.mark.parametrize(("proxies", "expected"), [(0, "10.0.0.9"), (1, "203.0.113.7"), (2, "198.51.100.1")])
def test_the_client_address_comes_from_the_configured_number_of_proxies(proxies, expected):
    with override_settings(NUM_PROXIES=proxies):
        assert client_address("10.0.0.9", "198.51.100.1, 203.0.113.7") == expected
        assert client_address("10.0.0.9", "") == "10.0.0.9"
    assert client_address("2001:db8::1", None) == client_address("2001:db8::ffff", None) == "2001:db8::/64"


def test_password_reset_emails_are_throttled_per_email_and_per_address():
    make_rm("forgetful").__class__.objects.filter(username="forgetful").update(email="forgetful@example.com")
    for n in range(15):  # many addresses, one victim: at most a few e-mails reach them
        response = Client().post(
            "/accounts/password_reset/", {"email": "forgetful@example.com"}, REMOTE_ADDR=f"10.8.{n}.1"
        )
        assert response.status_code == 302  # the same answer every time: nothing tells whether it was sent
    assert len(mail.outbox) == PASSWORD_RESETS_PER_EMAIL
    codes = [
        Client()
        .post("/accounts/password_reset/", {"email": f"x{n}@example.com"}, REMOTE_ADDR="10.9.0.1")
        .status_code
        for n in range(PASSWORD_RESETS_PER_ADDRESS + 2)
    ]
    assert codes == [302] * PASSWORD_RESETS_PER_ADDRESS + [429, 429]
