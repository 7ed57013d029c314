"""Officers' held-line queue (issue 19): one live view across rooms, a line's page in its conversation with
named findings and the decisions on the page, and nothing leaving the queue until an officer decides."""

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client
from django.utils import translation

from compliance.labels import rule_name
from compliance.models import AuditEvent
from studio import held_lines
from studio.models import ChatMessage, MessageStatus
from studio.services import room, sessions
from tests.factories import make_compliance_officer, make_rm
from tests.support.counters import forget_counters
from tests.support.room import cookie_for, process_app

HELD = "这款产品收益最高，错过再等一年"
CLEAN = "欢迎大家来到直播间，今天我们聊聊理财产品的风险等级。"


def _officer_client(officer) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="zh-hans")
    client.force_login(officer)
    return client


def _held_line(session, rm) -> int:
    forget_counters()
    room.chat_send(session_id=session.pk, user=rm, text=CLEAN)
    held = room.chat_send(session_id=session.pk, user=rm, text=HELD)
    assert held["status"] == "held"
    room.chat_send(session_id=session.pk, user=rm, text="接下来请大家提问。")
    return held["id"]


@pytest.mark.django_db
def test_the_line_page_shows_its_conversation_named_findings_and_the_two_decisions(live_session, rm, officer):
    line_id = _held_line(live_session, rm)
    page = _officer_client(officer).get(f"/admin/studio/heldmessage/{line_id}/change/")
    assert page.status_code == 200
    html = page.content.decode()
    context = [item["line"].text for item in page.context["context_lines"]]
    assert context[0] == CLEAN and HELD in context and context[-1] == "接下来请大家提问。"
    assert 'mark class="finding' in html  # the finding is highlighted in the line
    finding = ChatMessage.objects.get(pk=line_id).findings[0]
    assert (
        rule_name(finding["code"]) in html and finding["message"] in html
    )  # named, and what the rule forbids
    assert '"severity"' not in html and finding["code"] not in html  # no raw JSON, no internal code
    assert 'value="release"' in html and 'value="remove"' in html
    assert "放行到直播间" in html and "前后对话" in html


@pytest.mark.django_db
def test_release_and_remove_from_the_line_page_go_through_the_services(live_session, rm, officer):
    first, second = _held_line(live_session, rm), _held_line(live_session, rm)
    client = _officer_client(officer)
    done = client.post(f"/admin/studio/heldmessage/{first}/decide/", {"action": "release"})
    assert done.status_code == 302 and done["Location"] == "/admin/studio/heldmessage/"
    client.post(f"/admin/studio/heldmessage/{second}/decide/", {"action": "remove"})
    released, removed = ChatMessage.objects.get(pk=first), ChatMessage.objects.get(pk=second)
    assert released.status == MessageStatus.PUBLISHED and released.seq is not None
    assert removed.removed_at is not None and removed.seq is None and removed.reviewed_by_id == officer.pk
    assert AuditEvent.objects.filter(event_type__in=["chat.released", "chat.removed"]).count() == 2
    assert list(held_lines.held_line_queue(user=officer)) == []


@pytest.mark.django_db
def test_a_line_still_held_when_the_session_ends_stays_until_an_officer_decides(live_session, rm, officer):
    line_id = _held_line(live_session, rm)
    sessions.session_end(session=live_session, actor=rm)
    assert [line.pk for line in held_lines.held_line_queue(user=officer)] == [line_id]
    client = _officer_client(officer)
    listing = client.get("/admin/studio/heldmessage/")
    assert listing.status_code == 200 and [row["line"].pk for row in listing.context["rows"]] == [line_id]
    assert 'value="close"' in listing.content.decode() and 'value="release"' not in listing.content.decode()
    client.post(f"/admin/studio/heldmessage/{line_id}/decide/", {"action": "close"})
    line = ChatMessage.objects.get(pk=line_id)
    assert line.status == MessageStatus.HELD and line.seq is None and line.reviewed_by_id == officer.pk
    assert AuditEvent.objects.filter(event_type="chat.held_closed", subject_id=str(line_id)).exists()
    assert list(held_lines.held_line_queue(user=officer)) == []


@pytest.mark.django_db
def test_nobody_but_an_officer_decides(live_session, rm, officer):
    line_id = _held_line(live_session, rm)
    other_rm = make_rm("rm-staff")
    other_rm.is_staff = True
    other_rm.save(update_fields=["is_staff"])
    client = Client()
    client.force_login(other_rm)
    assert client.get(f"/admin/studio/heldmessage/{line_id}/change/").status_code == 403
    assert (
        client.post(f"/admin/studio/heldmessage/{line_id}/decide/", {"action": "release"}).status_code == 403
    )
    assert ChatMessage.objects.get(pk=line_id).status == MessageStatus.HELD


@pytest.mark.django_db
def test_the_landing_page_lists_what_waits_with_counts_and_links_in_chinese(live_session, rm, officer):
    _held_line(live_session, rm)
    page = _officer_client(officer).get("/admin/")
    assert page.status_code == 200
    queues = {str(q.label): q for q in page.context["officer_queues"]}
    with translation.override("zh-hans"):
        held = next(q for label, q in queues.items() if q.url == "/admin/studio/heldmessage/")
    assert held.count == 1 and held.oldest is not None
    html = page.content.decode()
    assert "云演播室 · 合规工作台" in html and "Django" not in html.split("<body")[1]
    assert "直播间待审发言" in html and 'href="/admin/studio/heldmessage/"' in html


async def _socket(user) -> tuple[WebsocketCommunicator, bool, int | None]:
    headers = [
        (b"origin", b"http://testserver"),
        (b"host", b"testserver"),
        (b"cookie", await database_sync_to_async(cookie_for)(user)),
    ]
    communicator = WebsocketCommunicator(process_app(), "/ws/officer/held/", headers=headers)
    connected, code = await communicator.connect(timeout=10)
    return communicator, connected, code


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_the_live_view_is_told_when_a_line_is_decided_and_others_are_refused(live_session, rm, officer):
    line_id = await database_sync_to_async(_held_line)(live_session, rm)
    await database_sync_to_async(sessions.session_end)(session=live_session, actor=rm)
    watcher, connected, _code = await _socket(officer)
    assert connected
    try:
        other = await database_sync_to_async(make_compliance_officer)("officer-b")
        await database_sync_to_async(held_lines.held_line_close)(message_id=line_id, officer=other)
        frame = await watcher.receive_json_from(timeout=5)
        assert frame == {"type": "held.changed", "id": line_id, "change": "decided"}
    finally:
        await watcher.disconnect()
    refused, connected, code = await _socket(rm)
    assert not connected and code == 4403
    await refused.disconnect()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_the_live_view_hears_when_a_line_is_held_and_when_it_is_released(live_session, rm, officer):
    watcher, connected, _code = await _socket(officer)
    assert connected
    try:
        line_id = await database_sync_to_async(_held_line)(live_session, rm)
        assert await watcher.receive_json_from(timeout=5) == {
            "type": "held.changed",
            "id": line_id,
            "change": "held",
        }
        await database_sync_to_async(room.chat_release)(message_id=line_id, officer=officer)
        assert await watcher.receive_json_from(timeout=5) == {
            "type": "held.changed",
            "id": line_id,
            "change": "decided",
        }
        assert await watcher.receive_nothing(timeout=0.5)  # published lines are not the queue's business
    finally:
        await watcher.disconnect()
