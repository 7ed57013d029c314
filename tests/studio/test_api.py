"""Studios and sessions over HTTP: who may list, create, edit, submit, go live, end and read transcripts."""

from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from studio.models import LiveSession, SessionState
from studio.services.room import chat_remove, chat_send
from studio.services.sessions import session_update
from tests.factories import make_customer, make_live, make_rm, make_session, session_make_approved

pytestmark = pytest.mark.django_db


def client_for(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def _session_body(studio_id, products, **extra):
    return {
        "studio_id": studio_id,
        "title": "稳健理财入门：认识风险等级",
        "description": "讲解理财产品风险等级与适当性。理财非存款、产品有风险、投资须谨慎。基金有风险，投资须谨慎。",
        "script": "两款产品分别为R2中低风险和R4中高风险。理财非存款、产品有风险、投资须谨慎。基金有风险，投资须谨慎。",
        "scheduled_start": (timezone.now() + timedelta(days=1)).isoformat(),
        "featured_product_ids": [products["r2"].pk, products["r4"].pk],
        **extra,
    }


def test_an_rm_creates_and_lists_only_their_own_studios(rm, other_rm, customer):
    created = client_for(rm).post("/api/studios/", {"name": "陆家嘴演播室"}, format="json")
    assert created.status_code == 201
    client_for(other_rm).post("/api/studios/", {"name": "别人的演播室"}, format="json")
    assert [s["name"] for s in client_for(rm).get("/api/studios/").json()] == ["陆家嘴演播室"]
    assert client_for(other_rm).get(f"/api/studios/{created.json()['id']}/").status_code == 404
    assert client_for(customer).post("/api/studios/", {"name": "x"}, format="json").status_code == 403
    assert client_for().get("/api/studios/").status_code in (401, 403)


def test_session_lifecycle_through_the_api(rm, officer, products):
    api = client_for(rm)
    studio_id = api.post("/api/studios/", {"name": "S"}, format="json").json()["id"]
    created = api.post("/api/sessions/", _session_body(studio_id, products), format="json")
    assert created.status_code == 201, created.json()
    body = created.json()
    assert body["state"] == "draft" and body["invite_code"]
    assert {(p["id"], p["risk_level"]) for p in body["featured_products"]} == {
        (products["r2"].pk, "R2"),
        (products["r4"].pk, "R4"),
    }
    session_id = body["id"]

    # Going live before approval is refused with the gate's blockers.
    refused = api.post(f"/api/sessions/{session_id}/go-live/")
    assert refused.status_code == 409 and refused.json()["code"] == "gate_closed"
    assert refused.json()["details"]["blockers"]

    submitted = api.post(f"/api/sessions/{session_id}/submit/")
    assert submitted.status_code == 200 and submitted.json()["state"] == "in_review"
    session_make_approved(LiveSession.objects.get(pk=session_id), officer)
    live = api.post(f"/api/sessions/{session_id}/go-live/")
    assert live.status_code == 200 and live.json()["state"] == "live" and live.json()["started_at"]

    # Content is frozen while live; room settings are not.
    assert api.patch(f"/api/sessions/{session_id}/", {"script": "新的脚本"}, format="json").status_code == 409
    patched = api.patch(f"/api/sessions/{session_id}/", {"slow_mode_seconds": 10}, format="json")
    assert patched.status_code == 200 and patched.json()["slow_mode_seconds"] == 10

    ended = api.post(f"/api/sessions/{session_id}/end/")
    assert ended.status_code == 200 and ended.json()["state"] == "ended"
    assert [s["id"] for s in api.get("/api/sessions/?state=ended").json()["results"]] == [session_id]

    # Going live and ending are gate transitions on the audit trail, and the chain still verifies.
    from compliance.models import AuditEvent
    from compliance.services.audit import audit_verify

    transitions = AuditEvent.objects.filter(
        subject_id=str(session_id), event_type__in=["session.live", "session.ended"]
    )
    assert [(e.event_type, e.actor_id) for e in transitions.order_by("seq")] == [
        ("session.live", rm.pk),
        ("session.ended", rm.pk),
    ]
    assert audit_verify() == []


def test_editing_approved_content_pulls_the_session_back_to_review(rm, officer, products):
    session = session_make_approved(make_session(rm, products), officer)
    response = client_for(rm).patch(
        f"/api/sessions/{session.pk}/", {"title": "新标题：认识风险等级"}, format="json"
    )
    assert response.status_code == 200 and response.json()["state"] == "in_review"


def test_only_the_owner_edits_submits_or_ends(rm, other_rm, customer, officer, products):
    session = make_live(make_session(rm, products), officer)
    for user in (other_rm, customer, officer):
        api = client_for(user)
        assert api.patch(f"/api/sessions/{session.pk}/", {"title": "x"}, format="json").status_code == 404
        assert api.post(f"/api/sessions/{session.pk}/submit/").status_code == 404
        assert api.post(f"/api/sessions/{session.pk}/go-live/").status_code == 404
        # A viewer who may see the live session is told it is not theirs to end.
        assert api.post(f"/api/sessions/{session.pk}/end/").status_code == 403
    assert client_for(other_rm).get("/api/sessions/").json()["results"] == []
    assert LiveSession.objects.get(pk=session.pk).state == SessionState.LIVE


def test_public_detail_shows_approved_sessions_only(rm, officer, customer, products):
    draft = make_session(rm, products)
    for user in (customer, None):
        assert client_for(user).get(f"/api/sessions/{draft.pk}/").status_code == 404
    assert client_for(rm).get(f"/api/sessions/{draft.pk}/").status_code == 200
    assert client_for(officer).get(f"/api/sessions/{draft.pk}/").status_code == 200

    approved = session_make_approved(make_session(rm, products, title="认识风险等级：第二讲"), officer)
    public = client_for(customer).get(f"/api/sessions/{approved.pk}/").json()
    assert public["state"] == "approved" and "script" not in public and "invite_code" not in public
    assert public["host"]["licence_number"].startswith("LIC-")
    assert sorted(p["risk_level"] for p in public["featured_products"]) == ["R2", "R4"]
    assert client_for().get(f"/api/sessions/{approved.pk}/").status_code == 200  # guests may look

    session_update(session=approved, actor=rm, guests_can_watch=False)
    assert client_for().get(f"/api/sessions/{approved.pk}/").status_code == 404


def test_invite_only_sessions_need_the_link(rm, officer, customer, products):
    session = session_make_approved(make_session(rm, products, visibility="invite_only"), officer)
    api = client_for(customer)
    assert api.get(f"/api/sessions/{session.pk}/").status_code == 404
    assert api.get(f"/api/sessions/{session.pk}/?invite=nope").status_code == 404
    assert api.get(f"/api/sessions/{session.pk}/?invite={session.invite_code}").status_code == 200


def test_the_transcript_hides_removed_held_and_rejected_lines_from_viewers(rm, officer, products):
    session = make_live(make_session(rm, products), officer)
    talker = make_customer("talker", level="C3")
    shown = chat_send(session_id=session.pk, user=talker, text="你好<script>alert(1)</script>")
    assert shown["seq"] == 1
    removed = chat_send(session_id=session.pk, user=talker, text="要删掉的话")
    chat_remove(session_id=session.pk, actor=rm, message_id=removed["id"])
    held = chat_send(session_id=session.pk, user=rm, text="这款产品收益最高，错过再等一年")
    rejected = chat_send(session_id=session.pk, user=rm, text="保本保收益，稳赚不赔")
    assert (held["status"], rejected["status"]) == ("held", "rejected")

    viewer = client_for(make_customer("reader")).get(f"/api/sessions/{session.pk}/messages/").json()
    assert viewer["count"] == 2
    first, second = viewer["results"]
    assert first["text"] == "你好<script>alert(1)</script>"  # stored raw: renderers escape
    assert second == {**second, "id": removed["id"], "removed": True, "text": None}
    assert "status" not in first

    full = client_for(rm).get(f"/api/sessions/{session.pk}/messages/").json()
    assert [line["status"] for line in full["results"]] == ["published", "published", "held", "rejected"]
    assert full["results"][1]["text"] == "要删掉的话" and full["results"][3]["findings"]
    assert client_for(officer).get(f"/api/sessions/{session.pk}/messages/").json()["count"] == 4

    after = client_for().get(f"/api/sessions/{session.pk}/messages/?after_seq=1").json()
    assert [line["seq"] for line in after["results"]] == [2]
    other_rm = make_rm("rm-z")
    draft = make_session(other_rm, products)
    assert client_for(rm).get(f"/api/sessions/{draft.pk}/messages/").status_code == 404


def test_the_openapi_schema_names_are_unique(admin_client):
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    paths = schema["paths"]
    for path in (
        "/api/studios/",
        "/api/sessions/",
        "/api/sessions/{session_id}/",
        "/api/sessions/{session_id}/go-live/",
        "/api/sessions/{session_id}/messages/",
    ):
        assert path in paths


def test_the_owner_sees_what_still_blocks_publishing(rm, officer, products):
    session = make_session(rm, products)
    api = client_for(rm)

    draft = api.get(f"/api/sessions/{session.pk}/").json()
    assert {b["code"] for b in draft["blockers"]} == {"not_submitted"}
    assert {b["kind"] for b in draft["blockers"]} == {"script", "announcement", "product_card"}
    assert {b["product_id"] for b in draft["blockers"] if b["kind"] == "product_card"} == {
        products["r2"].pk,
        products["r4"].pk,
    }

    session_make_approved(session, officer)
    assert api.get(f"/api/sessions/{session.pk}/").json()["blockers"] == []
    assert "blockers" not in client_for(make_customer("viewer-b")).get(f"/api/sessions/{session.pk}/").json()
