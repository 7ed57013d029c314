"""Limits and bad input (issue 17): maximum lengths with the limit in the error in the user's language, bounded
review work, linear highlighting, ``resume`` limited per socket and per address with bounded replays; no 5xx
from deep JSON, huge integers or far-off dates; control-only, NUL and bidi-override lines refused; the
WebSocket origin compared by scheme, host and port."""

import json
import re
import time
from datetime import timedelta
from types import SimpleNamespace

import pytest
from channels.db import database_sync_to_async
from django.test import override_settings
from django.utils import timezone
from rest_framework.test import APIClient

from compliance.highlight import highlight_html
from compliance.services.submissions import SUBMISSION_MAX_CHARS, content_submit
from core.exceptions import ApplicationError
from studio.consumers import REPLAY_MAX_EVENTS, RESUME_PER_ADDRESS, RESUME_PER_SOCKET
from studio.models import SCRIPT_MAX_CHARS, ChatMessage, LiveSession, MessageStatus, Studio
from studio.protocol import MAX_TEXT_CHARS
from tests.factories import make_customer, make_live, make_session
from tests.support.room import connect

db = database_sync_to_async
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def _api(user=None, language: str | None = None) -> APIClient:
    client = APIClient(HTTP_ACCEPT_LANGUAGE=language) if language else APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


# -- lengths ------------------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "words"), [(None, "字符"), ("en", "characters")])
def test_a_too_long_script_is_refused_with_the_limit_in_the_users_language(language, words, rm):
    studio = Studio.objects.create(owner=rm, name="演播室")
    body = {
        "studio_id": studio.pk,
        "title": "标题",
        "script": "理" * (SCRIPT_MAX_CHARS + 1),
        "scheduled_start": (timezone.now() + timedelta(days=1)).isoformat(),
    }
    response = _api(rm, language).post("/api/sessions/", body, format="json")
    assert response.status_code == 400
    [message] = response.json()["details"]["script"]
    assert str(SCRIPT_MAX_CHARS) in message and words in message, message
    assert not LiveSession.objects.exists()


@pytest.mark.django_db
def test_review_work_per_submission_is_bounded(rm, products):
    session = make_session(rm, products)
    with pytest.raises(ApplicationError) as caught:
        content_submit(kind="script", text="理" * (SUBMISSION_MAX_CHARS + 1), author=rm, session=session)
    assert caught.value.code == "too_long" and caught.value.details["limit"] == SUBMISSION_MAX_CHARS


def test_the_officers_highlighting_is_linear_in_the_text():
    """100,000 characters with a finding every 20 took 22.5 s before (a scan of every finding at each boundary)."""

    def run(n: int) -> float:
        text = ("保本保收益，稳赚不赔。" * (n // 10 + 1))[:n]
        findings = [
            SimpleNamespace(start=i, end=i + 15, code="c", message="m", severity="review")
            for i in range(0, n - 15, 20)
        ]
        started = time.perf_counter()
        html = highlight_html(text, findings)
        assert html.count("<mark") >= len(findings)
        return time.perf_counter() - started

    assert run(100_000) < 2.0


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_a_too_long_chat_line_is_refused_with_its_limit_in_chinese(room, rm, officer, products):
    session = await db(lambda: make_live(make_session(rm, products), officer))()
    customer = await db(make_customer)("long-talker", level="C3")
    viewer = await room(session.pk, customer)
    await viewer.send({"type": "chat.send", "text": "话" * (MAX_TEXT_CHARS + 1), "ref": "long"})
    error = await viewer.ack("long")
    assert error["type"] == "error" and error["code"] == "too_long"
    assert str(MAX_TEXT_CHARS) in error["message"] and "字符" in error["message"]
    assert error["details"]["limit"] == MAX_TEXT_CHARS


# -- resume and replay --------------------------------------------------------------------------------------


def _lines(session_id: int, author, count: int) -> None:
    now = timezone.now()
    ChatMessage.objects.bulk_create(
        ChatMessage(
            session_id=session_id,
            author=author,
            author_role="customer",
            author_name=author.username,
            text=f"第{n}条",
            status=MessageStatus.PUBLISHED,
            seq=n,
            published_at=now,
        )
        for n in range(1, count + 1)
    )
    LiveSession.objects.filter(pk=session_id).update(last_seq=count)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_resume_is_limited_per_socket_and_guests_more_strictly(room, rm, officer, products):
    session = await db(lambda: make_live(make_session(rm, products), officer))()
    guest = await room(session.pk)
    limit, _ = RESUME_PER_SOCKET["guest"]
    for n in range(limit):
        await guest.send({"type": "resume", "last_seq": 0, "ref": f"r{n}"})
        assert (await guest.ack(f"r{n}"))["type"] == "ack"
    await guest.send({"type": "resume", "last_seq": 0, "ref": "over"})
    refused = await guest.ack("over")
    assert (
        refused["type"] == "error"
        and refused["code"] == "rate_limited"
        and refused["details"]["retry_after"] > 0
    )

    member = await room(session.pk, await db(make_customer)("resumer", level="C3"))
    for n in range(limit + 1):  # a signed-in viewer has more room than a guest
        await member.send({"type": "resume", "last_seq": 0, "ref": f"m{n}"})
        assert (await member.ack(f"m{n}"))["type"] == "ack"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_resume_is_limited_per_address_across_sockets(room, rm, officer, products):
    session = await db(lambda: make_live(make_session(rm, products), officer))()
    per_socket, _ = RESUME_PER_SOCKET["guest"]
    per_address, _ = RESUME_PER_ADDRESS["guest"]
    sent = 0
    answers = []
    while sent <= per_address:
        guest = await room(session.pk)  # a fresh socket each time: the address's budget still runs out
        for _ in range(per_socket):
            await guest.send({"type": "resume", "last_seq": 0, "ref": f"a{sent}"})
            answers.append(await guest.ack(f"a{sent}"))
            sent += 1
    assert [a["type"] for a in answers[:per_address]] == ["ack"] * per_address
    assert answers[per_address]["type"] == "error" and answers[per_address]["code"] == "rate_limited"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_a_replay_is_bounded_to_the_latest_frames(room, rm, officer, products):
    session = await db(lambda: make_live(make_session(rm, products), officer))()
    author = await db(make_customer)("chatty", level="C3")
    total = REPLAY_MAX_EVENTS["guest"] + 150
    await db(_lines)(session.pk, author, total)
    guest = await room(session.pk)
    await guest.send({"type": "resume", "last_seq": 0, "ref": "all"})
    got = []
    while True:
        frame = await guest.next("chat.message", "chat.batch", "ack", "error")
        if frame["type"] in ("ack", "error"):
            break
        got.extend(frame["messages"] if frame["type"] == "chat.batch" else [frame])
    assert frame["type"] == "ack" and frame["last_seq"] == total
    assert frame["replayed_from"] == total - REPLAY_MAX_EVENTS["guest"]
    assert [line["seq"] for line in got] == list(range(total - REPLAY_MAX_EVENTS["guest"] + 1, total + 1))


# -- bad input over HTTP ------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/auth/token/", "/api/share-links/redeem/", "/api/sessions/"])
def test_json_nested_deeper_than_the_limit_is_a_400_not_a_500(path, rm):
    for depth in (33, 50_000):
        body = "[" * depth + "]" * depth
        response = _api(rm if path == "/api/sessions/" else None).post(
            path, body, content_type="application/json"
        )
        assert response.status_code == 400, (path, depth, response.status_code)
        assert response.json()["code"] == "parse_error"


@pytest.mark.django_db
def test_huge_integers_in_queries_are_a_400_not_a_500(officer):
    for url in ("/api/submissions/?session=" + "9" * 30, "/api/sessions/1/messages/?after_seq=" + "9" * 30):
        response = _api(officer).get(url)
        assert response.status_code in (400, 404), (url, response.status_code)
        assert response.status_code == 400 or response.json()["code"] == "not_found"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "moment", ["0319-05-01T10:00:00+08:00", "1900-01-01T00:00:00Z", "2999-01-01T00:00:00Z"]
)
def test_far_off_dates_are_refused_and_stored_ones_are_rfc_3339(moment, rm):
    studio = Studio.objects.create(owner=rm, name="演播室")
    api = _api(rm)
    refused = api.post(
        "/api/sessions/", {"studio_id": studio.pk, "title": "标题", "scheduled_start": moment}, format="json"
    )
    assert refused.status_code == 400 and "scheduled_start" in refused.json()["details"]
    created = api.post(
        "/api/sessions/",
        {"studio_id": studio.pk, "title": "标题", "scheduled_start": "2030-05-01T10:00:00+08:05"},
        format="json",
    )
    assert created.status_code == 201
    for name in ("scheduled_start", "created_at", "updated_at"):
        assert RFC3339.match(created.json()[name]), created.json()[name]


BAD_TEXTS = {
    "nul": "你好\x00世界",
    "control": "你好\x1b[2J",
    "rtl": "收益\u202e%01率年",
    "zero_width": "\u200b\u200c\u200d",
    "blank_filler": "\u3164\u3164",
    "spaces": " \u3000 ",
}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", sorted(BAD_TEXTS))
def test_titles_with_control_characters_or_nothing_visible_are_refused(kind, rm):
    studio = Studio.objects.create(owner=rm, name="演播室")
    response = _api(rm).post(
        "/api/sessions/",
        {"studio_id": studio.pk, "title": BAD_TEXTS[kind], "scheduled_start": "2030-05-01T10:00:00+08:00"},
        format="json",
    )
    assert response.status_code == 400, kind
    assert "title" in response.json()["details"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_chat_lines_with_control_characters_or_nothing_visible_are_refused(room, rm, officer, products):
    session = await db(lambda: make_live(make_session(rm, products), officer))()
    customer = await room(session.pk, await db(make_customer)("typist", level="C3"))
    host = await room(session.pk, rm)
    for kind, text in BAD_TEXTS.items():
        for who in (customer, host):
            await who.send({"type": "chat.send", "text": text, "ref": f"{kind}-{id(who)}"})
            error = await who.ack(f"{kind}-{id(who)}")
            assert error["type"] == "error" and error["code"] in ("invalid_text", "empty", "malformed"), (
                kind,
                error,
            )
            assert error["message"]
        await customer.send({"type": "qa.ask", "text": text, "ref": f"q-{kind}"})
        assert (await customer.ack(f"q-{kind}"))["type"] == "error"
    assert not await db(ChatMessage.objects.filter(session=session).exists)()


# -- the WebSocket origin -----------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize(
    ("origin", "allowed"),
    [
        (b"http://testserver", True),
        (b"http://testserver:80", True),
        (b"http://testserver:8080", False),
        (b"https://testserver", False),
        (b"ws://testserver", False),
        (b"http://testserver.evil.example", False),
        (b"http://user@testserver", False),
    ],
)
async def test_the_origin_check_compares_scheme_host_and_port(origin, allowed, room, rm, officer, products):
    session = await db(lambda: make_live(make_session(rm, products), officer))()
    if allowed:
        await room(session.pk, origin=origin)
    else:
        assert await connect(session.pk, origin=origin, expect_ok=False) is not None


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_a_trusted_origin_is_let_in_with_its_exact_port(room, rm, officer, products):
    session = await db(lambda: make_live(make_session(rm, products), officer))()
    with override_settings(CSRF_TRUSTED_ORIGINS=["https://studio.example.com:8443"]):
        await room(session.pk, origin=b"https://studio.example.com:8443")
        await connect(session.pk, origin=b"https://studio.example.com", expect_ok=False)


def test_frames_too_long_and_json_depth_are_plain_data():
    assert json.loads("[" * 10 + "]" * 10)
