"""The client's address, for throttles: taken from the configured number of trusted proxies, never trusted blindly.

``NUM_PROXIES`` (setting, from the environment) says how many reverse proxies stand in front of Daphne. With 0,
the address is the TCP peer (``REMOTE_ADDR``) and ``X-Forwarded-For`` is ignored: a client can write that
header. With N, the address is the N-th entry from the right of ``X-Forwarded-For`` (the one the outermost
trusted proxy appended), as DRF does with the same setting. IPv6 addresses count per /64, the block one
subscriber usually holds, so rotating through one's own block does not reset a counter.
"""

import ipaddress

from django.conf import settings


def client_ip(remote_addr: str | None, forwarded_for: str | None) -> str:
    """The client's address as the trusted proxies name it (see the module docstring), not normalised."""
    address = (remote_addr or "").strip()
    proxies = settings.NUM_PROXIES
    if proxies > 0 and forwarded_for:
        hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
        if hops:
            address = hops[-min(proxies, len(hops))]
    return address


def client_address(remote_addr: str | None, forwarded_for: str | None) -> str:
    """The address a throttle keys on (see the module docstring); ``"unknown"`` when there is none."""
    return _normalised(client_ip(remote_addr, forwarded_for))


def _normalised(address: str) -> str:
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address[:64] or "unknown"
    if parsed.version == 6:
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def request_client_address(request) -> str:
    """``client_address`` of a Django request (``""`` for none)."""
    if request is None:
        return "unknown"
    return client_address(request.META.get("REMOTE_ADDR"), request.META.get("HTTP_X_FORWARDED_FOR"))


def scope_client_address(scope) -> str:
    """``client_address`` of an ASGI connection scope (the live room's socket)."""
    client = scope.get("client") or ("", 0)
    forwarded = None
    for name, value in scope.get("headers") or ():
        if name == b"x-forwarded-for":
            forwarded = value.decode("latin-1")
    return client_address(client[0] if client else "", forwarded)
