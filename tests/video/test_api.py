"""Live video's HTTP API and browser socket, without an ingest: who may see and rotate the key, who may
stop a stream (with a reason), who gets a playback link (invite admission through the audience's share
links), and that the broadcast socket admits the session's owner only."""

from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client
from django.utils import timezone

from audience.services.admission import share_link_create
from broadcast import hooks, services
from broadcast.models import IngestState, Stream
from compliance.models import AuditEvent
from studio.models import Visibility
from studio.services.sessions import session_create, session_end, session_go_live, studio_create
from tests.factories import ProductFactory, session_make_approved


def live_session(rm, officer, **fields):
    studio = studio_create(owner=rm, name="视频演播室")
    product = ProductFactory(code="VAPI1", risk_level="R2")
    session = session_create(
        studio=studio,
        actor=rm,
        title="稳健理财直播",
        description="理财非存款、产品有风险、投资须谨慎。",
        scheduled_start=timezone.now() + timedelta(minutes=5),
        script="今天介绍一款R2产品，业绩比较基准不代表实际收益。理财非存款、产品有风险、投资须谨慎。",
        featured_product_ids=[product.pk],
        **fields,
    )
    session = session_make_approved(session, officer)
    return session_go_live(session=session, actor=rm)


def client_for(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.mark.django_db
def test_only_the_owner_sees_and_rotates_the_stream_key(rm, other_rm, officer, customer):
    session = live_session(rm, officer)
    url = f"/api/broadcast/sessions/{session.pk}/key/"
    for stranger in (other_rm, officer, customer):  # they may watch the live room, so 403 (not 404)
        assert client_for(stranger).post(url).status_code == 403
    first = client_for(rm).post(url).json()
    second = client_for(rm).post(url).json()
    assert first["generation"] == 1 and second["generation"] == 2
    stream = Stream.objects.get(session=session)
    public_id, secret = second["stream_key"].split("?key=")
    assert public_id == stream.public_id and secret not in stream.key_sha256 and len(stream.key_sha256) == 64
    detail = client_for(rm).get(f"/api/broadcast/sessions/{session.pk}/").json()
    assert detail["has_key"] and detail["status"] == "waiting" and secret not in str(detail)
    assert detail["server"].startswith("rtmp://")
    assert client_for(customer).get(f"/api/broadcast/sessions/{session.pk}/").status_code == 403
    assert AuditEvent.objects.filter(event_type="stream.key_rotated", actor_id=rm.pk).count() == 1


@pytest.mark.django_db
def test_stop_stream_needs_an_officer_and_a_reason(rm, officer, customer):
    session = live_session(rm, officer)
    url = f"/api/broadcast/sessions/{session.pk}/stop/"
    assert client_for(customer).post(url, {"reason": "x"}, content_type="application/json").status_code == 403
    assert client_for(rm).post(url, {"reason": "x"}, content_type="application/json").status_code == 403
    answer = client_for(officer).post(url, {"reason": "  "}, content_type="application/json")
    assert answer.status_code == 400 and answer.json()["code"] == "reason_required"
    assert not AuditEvent.objects.filter(event_type="stream.stopped").exists()
    answer = client_for(officer).post(url, {"reason": "未经审核的收益承诺"}, content_type="application/json")
    assert answer.status_code == 200 and answer.json()["status"] == "stopped"
    event = AuditEvent.objects.get(event_type="stream.stopped")
    assert event.actor_id == officer.pk and event.data["reason"] == "未经审核的收益承诺"
    # The room shows it, and a new publish is refused (and audited).
    playback = client_for(customer).get(f"/api/broadcast/sessions/{session.pk}/playback/").json()
    assert playback == {"status": "stopped", "url": None, "can_stop": False}
    stream = Stream.objects.get(session=session)
    with pytest.raises(services.IngestRefused) as refused:
        services.ingest_publish(
            name=stream.public_id, key=services.stream_internal_push_url(session=session).split("?key=")[1]
        )
    assert refused.value.reason == "stopped"


@pytest.mark.django_db
def test_playback_link_only_while_on_air_and_signed(rm, officer, customer):
    session = live_session(rm, officer)
    url = f"/api/broadcast/sessions/{session.pk}/playback/"
    assert client_for(customer).get(url).json() == {"status": "waiting", "url": None, "can_stop": False}
    stream = services.ingest_publish(
        name=services.stream_ensure(session=session).public_id,
        key=services.stream_internal_push_url(session=session).split("?key=")[1],
    )
    assert stream.state == IngestState.LIVE
    body = client_for(customer).get(url).json()
    assert (
        body["status"] == "live"
        and f"/{stream.public_id}/index.m3u8?e=" in body["url"]
        and "key" not in body["url"]
    )
    assert client_for(officer).get(url).json()["can_stop"] is True
    services.ingest_publish_done(name=stream.public_id)
    assert client_for(customer).get(url).json()["status"] == "interrupted"
    session_end(session=session, actor=rm)
    assert client_for(customer).get(url).json()["status"] == "ended"


@pytest.mark.django_db
def test_invite_only_playback_follows_share_link_admission(rm, officer):
    session = live_session(rm, officer, visibility=Visibility.INVITE_ONLY)
    url = f"/api/broadcast/sessions/{session.pk}/playback/"
    guest = Client()
    assert guest.get(url).status_code == 404
    link = share_link_create(session_id=session.pk, actor=rm)
    guest.get(f"/s/{link.token}/")
    answer = guest.get(url)
    assert answer.status_code == 200 and answer.json()["status"] == "waiting"
    assert Client().get(url).status_code == 404  # another browser was not admitted


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_broadcast_socket_admits_the_owner_only(rm, other_rm, officer):
    # Imported here, not at collection: the origin validator reads ALLOWED_HOSTS when config.asgi is first
    # imported, which must come after the test environment adds "testserver" (as tests/support/room.py does).
    from config.asgi import application

    session = await database_sync_to_async(live_session)(rm, officer)
    for user, admitted in ((other_rm, False), (officer, False), (rm, True)):
        client = await database_sync_to_async(client_for)(user)
        cookie = f"sessionid={client.cookies['sessionid'].value}"
        socket = WebsocketCommunicator(
            application,
            f"/ws/broadcast/{session.pk}/",
            headers=[(b"origin", b"http://127.0.0.1"), (b"host", b"127.0.0.1"), (b"cookie", cookie.encode())],
        )
        connected, code = await socket.connect()
        assert connected is admitted, (user.username, code)
        if admitted:
            await socket.send_to(text_data='{"type": "nonsense"}')
            assert await socket.receive_json_from() == {"type": "error", "code": "malformed"}
            await socket.send_to(bytes_data=b"\x1a\x45\xdf\xa3")  # a chunk before "start"
            assert await socket.receive_json_from() == {"type": "error", "code": "malformed"}
        await socket.disconnect()


@pytest.mark.django_db
def test_record_done_is_stored_and_handed_to_registered_hooks(
    rm, officer, django_capture_on_commit_callbacks
):
    session = live_session(rm, officer)
    stream = services.stream_ensure(session=session)
    seen = []
    hooks.record_done_register(seen.append)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            event = services.ingest_record_done(name=stream.public_id, path="/r/x.flv", client_id="7")
        assert seen == [event] and event.kind == "record_done" and event.path == "/r/x.flv"
        assert services.ingest_record_done(name="0" * 20, path="/r/y.flv") is None  # unknown stream: ignored
        assert (
            AuditEvent.objects.filter(event_type="stream.record_closed", subject_id=str(session.pk)).count()
            == 1
        )
    finally:
        hooks._record_done.remove(seen.append)


@pytest.mark.django_db
def test_admin_stop_stream_requires_a_reason(rm, officer):
    session = live_session(rm, officer)
    stream = services.stream_ensure(session=session)
    officer.is_staff = True
    officer.save(update_fields=["is_staff"])
    admin = client_for(officer)
    url = f"/admin/broadcast/stream/{stream.pk}/stop/"
    assert admin.get(url).status_code == 200
    assert admin.post(url, {"reason": ""}).status_code == 200  # the form again, with its error
    assert Stream.objects.get(pk=stream.pk).stopped_at is None
    assert admin.post(url, {"reason": "画面含未审核内容"}).status_code == 302
    stopped = Stream.objects.get(pk=stream.pk)
    assert stopped.stopped_by_id == officer.pk and stopped.stop_reason == "画面含未审核内容"
    rm.is_staff = True
    rm.save(update_fields=["is_staff"])
    assert client_for(rm).get(url).status_code in (302, 403)


@pytest.mark.django_db
def test_an_approved_external_source_plays_until_the_studio_stream_is_on_air(rm, officer, customer):
    session = live_session(rm, officer, playback_url="https://live.bank.example/room/index.m3u8")
    url = f"/api/broadcast/sessions/{session.pk}/playback/"
    assert client_for(customer).get(url).json()["url"] == "https://live.bank.example/room/index.m3u8"
    stream = services.stream_ensure(session=session)
    services.ingest_publish(
        name=stream.public_id, key=services.stream_internal_push_url(session=session).split("?key=")[1]
    )
    assert f"/{stream.public_id}/index.m3u8?e=" in client_for(customer).get(url).json()["url"]
