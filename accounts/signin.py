"""Sign-in throttling that guessing cannot get past and an attacker cannot turn against an account's owner.

The policy (docs/sign-in.md): failed sign-ins are counted in Redis (shared by every process) over a 15-minute
window, under keys made from the **normalised account** (NFKC, trimmed, case-folded: the form's own
normalisation, so ``ｏｆｆｉｃｅｒ１`` counts as ``officer1``) and the **client address** (from
``NUM_PROXIES``, ``accounts.addresses``):

- one address, all accounts: ``PER_ADDRESS`` failures, then that address may not try again;
- one account from one address: ``PER_ACCOUNT_ADDRESS`` failures, then that address may not try that account;
- one account from browsers it never signed in with: ``PER_ACCOUNT_UNTRUSTED`` failures (any address), then
  only browsers that have signed in to this account before may try it.

A browser that signs in successfully gets a signed **device cookie** naming the account. Its attempts at that
account skip the per-account counter (they have their own, ``PER_DEVICE``): someone guessing at an officer's
password from elsewhere exhausts the untrusted budget, not the officer's own browser. Past a limit even the
right password is refused until the window ends (the error says so).
"""

import hashlib
import secrets
import unicodedata
from dataclasses import dataclass

from django.core import signing

from accounts.addresses import request_client_address
from core import ratelimit

WINDOW_SECONDS = 900
PER_ADDRESS = 30
PER_ACCOUNT_ADDRESS = 10
PER_ACCOUNT_UNTRUSTED = 20
PER_DEVICE = 10

DEVICE_COOKIE = "cs_device"
DEVICE_COOKIE_MAX_AGE = 180 * 24 * 3600
_DEVICE_SALT = "accounts.signin.device"


def account_key(username: str) -> str:
    """The account as the sign-in form sees it (Django's ``UsernameField`` applies NFKC), case-folded, as a
    digest (any input makes a short, plain cache key)."""
    normalised = unicodedata.normalize("NFKC", username or "").strip().casefold()[:254]
    return hashlib.sha256(normalised.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass(frozen=True)
class SignInAttempt:
    account: str
    address: str
    device: str | None  # the id of a device cookie issued for this account, else None

    def counters(self) -> list[tuple[str, int]]:
        keys = [
            (f"signin:addr:{self.address}", PER_ADDRESS),
            (f"signin:acct-addr:{self.account}:{self.address}", PER_ACCOUNT_ADDRESS),
        ]
        if self.device:
            keys.append((f"signin:device:{self.device}", PER_DEVICE))
        else:
            keys.append((f"signin:acct-untrusted:{self.account}", PER_ACCOUNT_UNTRUSTED))
        return keys


def _device_for(request, account: str) -> str | None:
    value = request.COOKIES.get(DEVICE_COOKIE) if request is not None else None
    if not value:
        return None
    try:
        data = signing.loads(value, salt=_DEVICE_SALT, max_age=DEVICE_COOKIE_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("a") != account or not isinstance(data.get("d"), str):
        return None
    return data["d"]


def signin_attempt(request, username: str) -> SignInAttempt:
    account = account_key(username)
    return SignInAttempt(
        account=account, address=request_client_address(request), device=_device_for(request, account)
    )


def signin_allowed(attempt: SignInAttempt) -> bool:
    """False once one of the attempt's counters is used up in the current window (counts nothing)."""
    return not any(
        ratelimit.blocked(key, limit=limit, window_seconds=WINDOW_SECONDS)
        for key, limit in attempt.counters()
    )


def signin_failed(attempt: SignInAttempt) -> None:
    """Count one failed sign-in on each of the attempt's counters."""
    for key, limit in attempt.counters():
        try:
            ratelimit.hit(key, limit=limit, window_seconds=WINDOW_SECONDS)
        except ratelimit.RateLimited:
            pass


def signin_succeeded(request, attempt: SignInAttempt) -> None:
    """Mark the response to carry a device cookie for this account (``DeviceCookieMiddleware`` sets it)."""
    device = attempt.device or secrets.token_urlsafe(12)
    request._signin_device_cookie = signing.dumps({"a": attempt.account, "d": device}, salt=_DEVICE_SALT)


class DeviceCookieMiddleware:
    """Sets the device cookie a successful sign-in asked for (the form cannot reach the response)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        value = getattr(request, "_signin_device_cookie", None)
        if value:
            response.set_cookie(
                DEVICE_COOKIE,
                value,
                max_age=DEVICE_COOKIE_MAX_AGE,
                httponly=True,
                secure=request.is_secure(),
                samesite="Lax",
            )
        return response
