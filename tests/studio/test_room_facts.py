"""Chat lines use cached room facts, and an edit still applies from the next line (studio.room_facts).

Each test first sends a line so the room's facts are cached in this process, then changes one of them
through its service, and checks that the very next line is decided by the new value. A published line is
one statement, the host's too (their claim window is cached and guarded like the rest).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.roles import Role, has_role
from compliance.services.rule_packs import AUDIENCE_PACK, pack_for_author, rule_pack_create
from core.exceptions import ApplicationError
from studio import room_facts
from studio.access import display_name
from studio.models import ChatMessage, LiveSession, MessageStatus
from studio.services import room as services
from studio.services.sessions import session_end
from tests.factories import make_customer
from tests.support.markers import requires_postgresql

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    requires_postgresql,  # the one-statement ingest is PostgreSQL's; SQLite takes the ORM path
]

CLEAN = "欢迎大家来到直播间，今天我们聊聊理财产品的风险等级。"


@pytest.fixture(autouse=True)
def _cold_cache():
    room_facts._rooms.clear()
    yield
    room_facts._rooms.clear()


def _socket_user(username: str):
    """A customer as the socket's scope holds them after connect (roles and name read once)."""
    user = make_customer(username, level="C3")
    has_role(user, Role.CUSTOMER)
    display_name(user)
    return user


def _send(session, user, text: str, ref: str) -> dict:
    return services.chat_send(session_id=session.pk, user=user, text=text, ref=ref)


def test_a_published_line_is_one_statement_and_takes_the_next_seq(live_session, rm):
    customer = _socket_user("facts-a")
    assert _send(live_session, rm, CLEAN, "h1")["seq"] == 1  # caches the room's facts
    assert _send(live_session, customer, "主播好！", "c0")["seq"] == 2
    with CaptureQueriesContext(connection) as customer_line:
        ack = _send(live_session, customer, "请问起购金额是多少？", "c1")
    with CaptureQueriesContext(connection) as host_line:
        host_ack = _send(live_session, rm, "今天先介绍风险等级。", "h2")
    assert (ack["status"], ack["seq"], host_ack["seq"]) == ("published", 3, 4)
    assert len(customer_line.captured_queries) == 1
    assert len(host_line.captured_queries) == 1  # the claim window is cached too
    assert LiveSession.objects.get(pk=live_session.pk).last_seq == 4
    stored = ChatMessage.objects.get(pk=ack["id"])
    assert (stored.seq, stored.status, stored.author_role, stored.pack) == (
        3,
        MessageStatus.PUBLISHED,
        "customer",
        AUDIENCE_PACK,
    )
    assert stored.published_at is not None and stored.created_at is not None


def test_a_resent_ref_is_answered_from_the_stored_line_and_uses_no_seq(live_session):
    customer = _socket_user("facts-b")
    first = _send(live_session, customer, "主播好！", "same")
    again = _send(live_session, customer, "主播好！", "same")
    assert again == {**first, "duplicate": True}
    assert _send(live_session, customer, "第二句", "next")["seq"] == first["seq"] + 1
    assert ChatMessage.objects.filter(session=live_session, ref="same").count() == 1


def test_slow_mode_applies_from_the_next_line(live_session, rm):
    customer = _socket_user("facts-c")
    assert _send(live_session, customer, "第一句", "s1")["status"] == "published"
    services.room_slow_mode_set(session_id=live_session.pk, actor=rm, seconds=30)
    assert _send(live_session, customer, "第二句", "s2")["status"] == "published"  # the first under slow mode
    with pytest.raises(ApplicationError) as refused:
        _send(live_session, customer, "第三句", "s3")
    assert refused.value.code == "slow_mode"


def test_a_mute_applies_from_the_next_line(live_session, rm):
    customer = _socket_user("facts-d")
    assert _send(live_session, customer, "第一句", "m1")["status"] == "published"
    services.user_mute(session_id=live_session.pk, actor=rm, user_id=customer.pk, minutes=5)
    with pytest.raises(ApplicationError) as refused:
        _send(live_session, customer, "第二句", "m2")
    assert refused.value.code == "muted"
    assert not ChatMessage.objects.filter(session=live_session, ref="m2").exists()


def test_the_end_of_the_session_applies_from_the_next_line(live_session, rm):
    customer = _socket_user("facts-e")
    assert _send(live_session, customer, "第一句", "e1")["status"] == "published"
    session_end(session=live_session, actor=rm)
    with pytest.raises(ApplicationError) as refused:
        _send(live_session, customer, "第二句", "e2")
    assert refused.value.code == "session_ended"


def test_a_new_rule_pack_version_applies_to_the_hosts_next_line(live_session, rm):
    line = "今天给大家准备了直播专享福利。"
    assert _send(live_session, rm, line, "p1")["status"] == "published"  # caches the compiled pack
    pack = pack_for_author(rm.pk)
    data = {
        **pack.data,
        "extra_words": [*(pack.data.get("extra_words") or []), ["直播专享福利", "promise.capital_guarantee"]],
    }
    rule_pack_create(name=pack.name, data=data, actor=None, note="test: a new word")
    ack = _send(live_session, rm, line, "p2")
    assert ack["status"] == "rejected"
    assert "promise.capital_guarantee" in {f["code"] for f in ack["findings"]}
