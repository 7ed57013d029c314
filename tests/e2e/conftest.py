"""End-to-end fixtures: a real Daphne server on the test database, and Debian's headless Chromium.

Daphne runs as a subprocess (HTTP and the live-room WebSocket through ``config.asgi``) against the same
test database, Redis database and channel-layer prefix as the test process, so tests must use
``django_db(transaction=True, serialized_rollback=True)``: the server only sees committed rows, and the
rows migrations load (role groups, rule packs) must come back after each test's flush. The server and the browser live for
the whole ``tests/e2e`` package; every test gets fresh browser contexts (its own cookies).
"""

import json
import os
import shutil
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.daphne import DaphneProcess
from tests.factories import PASSWORD

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # Chromium's fake camera and microphone (a moving test picture and a beep), allowed without a prompt:
    # the live console broadcasts from them in tests/e2e/test_live_video.py.
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
PHONE = {"width": 390, "height": 844}


class DaphneServer(DaphneProcess):
    """``daphne config.asgi:application`` on a free loopback port, pointed at the test database (the harness of
    ``tests/daphne.py``), ready once its sign-in page answers."""

    def __init__(self, env: dict[str, str] | None = None) -> None:
        super().__init__(env=env, log="test-daphne.log")

    def start(self, *, timeout: float = 30) -> "DaphneServer":
        self.spawn()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"daphne exited at start; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.url}/accounts/login/", timeout=2) as response:
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.1)
        raise RuntimeError(f"daphne did not answer within {timeout:.0f} s; see {self.log_path}")


@pytest.fixture(scope="package")
def daphne_server(django_db_setup, django_db_blocker, video_ports):
    server = DaphneServer(env=video_ports.env())
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="package")
def browser():
    chromium = shutil.which("chromium")
    if not chromium:
        pytest.fail("Debian's chromium is not installed: run `make browsers` (make test does it).")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread while it runs; Django's guard would then
    # refuse the ORM calls that tests and database teardown make between browser steps, although they run
    # synchronously here. The switch is on exactly as long as Playwright runs.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from django.db import connections

    serialized = {
        alias: getattr(connections[alias], "_test_serialized_contents", None) for alias in connections
    }
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS, headless=True)
            # Starting Playwright leaves this thread in a new contextvars context, where Django's
            # connection objects are new too: hand them the rows serialized at database setup, so
            # serialized_rollback keeps restoring migration data (role groups, rule packs) after a flush.
            for alias, contents in serialized.items():
                if contents is not None:
                    connections[alias]._test_serialized_contents = contents
            yield browser
            browser.close()
            connections.close_all()  # this context's connections would otherwise outlive it, open
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class Site:
    """The running server seen through browser contexts; every context opened is closed after the test."""

    def __init__(self, server: DaphneServer, browser) -> None:
        self.url = server.url
        self.browser = browser
        self._contexts = []
        self.console_errors: list[str] = []
        self.sockets_opened = False

    def context(self, *, phone: bool = False, locale: str = "zh-CN", **extra):
        """A new browser context; ``extra`` are Playwright context options (e.g. ``timezone_id``)."""
        options = {"locale": locale, **extra}
        if phone:
            options.update(viewport=PHONE, is_mobile=True, has_touch=True)
        else:
            options.update(viewport={"width": 1280, "height": 900})
        context = self.browser.new_context(base_url=self.url, **options)
        context.set_default_timeout(10_000)
        self._contexts.append(context)
        return context

    def page(self, **options):
        page = self.context(**options).new_page()
        page.on("websocket", lambda ws: setattr(self, "sockets_opened", True))
        page.on(
            "console",
            lambda msg: (
                msg.type == "error"
                and self.console_errors.append(f"{msg.text} ({msg.location.get('url', '')})")
            ),
        )
        page.on("pageerror", lambda exc: self.console_errors.append(str(exc)))
        return page

    def login(self, username: str, *, password: str = PASSWORD, **options):
        """A new page in a new context, signed in through the login form."""
        page = self.page(**options)
        page.goto("/accounts/login/")
        page.locator("#id_username").fill(username)
        page.locator("#id_password").fill(password)
        page.locator("form[action='/accounts/login/'] button[type=submit]").click()
        page.wait_for_load_state()
        return page

    def signed_in(self, user, **options):
        """A new page whose context carries a session cookie for ``user`` (no login form: fast)."""
        from django.conf import settings as django_settings
        from django.test import Client

        client = Client()
        client.force_login(user)
        page = self.page(**options)
        page.context.add_cookies(
            [
                {
                    "name": django_settings.SESSION_COOKIE_NAME,
                    "value": client.cookies[django_settings.SESSION_COOKIE_NAME].value,
                    "url": self.url,
                }
            ]
        )
        return page

    def api(self, method: str, path: str, *, user=None, body: dict | None = None) -> tuple[int, dict]:
        """Call the JSON API of the running server as ``user`` (token auth), like a script would."""
        headers = {"Accept": "application/json", "Content-Type": "application/json"}
        if user is not None:
            from rest_framework.authtoken.models import Token

            token, _ = Token.objects.get_or_create(user=user)
            headers["Authorization"] = f"Token {token.key}"
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f"{self.url}{path}", data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read() or b"null")

    def close(self) -> None:
        for context in self._contexts:
            context.close()
        if self.sockets_opened:
            self._let_the_server_settle()
        self._wait_for_other_connections_to_finish()

    @staticmethod
    def _wait_for_other_connections_to_finish(timeout: float = 5.0) -> None:
        """Wait until no other connection to the test database is running a statement or holds a transaction.

        A request the closed browser left in flight (or any write the server makes after it) would otherwise
        meet the table flush that follows the test, and PostgreSQL breaks that deadlock by failing the flush.
        """
        from django.db import connection

        if connection.vendor != "postgresql":
            return
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    " AND pid <> pg_backend_pid() AND state IN ('active', 'idle in transaction')"
                )
                (busy,) = cursor.fetchone()
            if not busy:
                return
            time.sleep(0.05)

    @staticmethod
    def _let_the_server_settle(timeout: float = 5.0) -> None:
        """Wait until the server has written the attendance of the sockets just closed.

        The live room records joins and leaves in batches a quarter of a second after they happen; the
        table flush after the test must not race that write (PostgreSQL would break the deadlock by failing
        one of them).
        """
        from audience.models import Visit
        from audience.realtime import FLUSH_INTERVAL

        time.sleep(FLUSH_INTERVAL + 0.1)
        deadline = time.monotonic() + timeout
        while Visit.objects.filter(left_at__isnull=True).exists() and time.monotonic() < deadline:
            time.sleep(0.1)


@pytest.fixture
def site(daphne_server, browser, transactional_db):
    site = Site(daphne_server, browser)
    yield site
    site.close()


def off_loop(fn, *args, **kwargs):
    """Run ``fn`` in a worker thread: services that broadcast after commit (async_to_sync) refuse to run in
    this thread while Playwright's event loop lives here."""
    from django.db import connections

    def run():
        try:
            return fn(*args, **kwargs)
        finally:
            connections.close_all()  # the thread ends; its connections must not outlive it

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()


def screenshot(page, name: str) -> Path:
    """Save a full-page PNG under artifacts/screenshots/ (git-ignored) for people to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
