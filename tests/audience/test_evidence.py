"""The evidence bundle: one zip per ended session for compliance officers, holding every line with its verdict,
moderation and compliance decisions, card pushes with who could act, rule packs and verified audit hashes."""

import csv
import hashlib
import io
import json
import zipfile

import pytest

from audience.models import Visit
from audience.services.attendance import attendance_join, concurrency_sample
from compliance.models import AuditEvent
from studio.services.room import card_push, chat_release, chat_remove, chat_send, question_ask, user_mute
from studio.services.sessions import session_end
from tests.factories import make_customer
from tests.support.clients import api_as, browser_as

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

HELD = "这款产品收益最高，错过再等一年"
REJECTED = "保本保收益，稳赚不赔"


@pytest.fixture
def ended_session(live_session, rm, officer, products):
    """A live that saw every kind of line, a moderation, a card push to two customers, then ended."""
    c2, c5 = make_customer("c2-e", level="C2"), make_customer("c5-e", level="C5")
    for user in (c2, c5):
        attendance_join(
            session_id=live_session.pk, viewer_key=f"u:{user.pk}", user_id=user.pk, role="customer"
        )
    s = live_session.pk
    ok = chat_send(session_id=s, user=c2, text="请问风险大吗？我的电话13812345678")
    removed = chat_send(session_id=s, user=c5, text='=HYPERLINK("x") 广告')
    chat_remove(session_id=s, actor=rm, message_id=removed["id"])
    held = chat_send(session_id=s, user=rm, text=HELD)
    released = chat_send(session_id=s, user=rm, text=HELD + "！")
    chat_release(message_id=released["id"], officer=officer)
    rejected = chat_send(session_id=s, user=rm, text=REJECTED)
    assert (held["status"], released["status"], rejected["status"]) == ("held", "held", "rejected")
    user_mute(session_id=s, actor=rm, user_id=c5.pk, minutes=5)
    push = card_push(session_id=s, actor=rm, product_id=products["r4"].pk)
    question_ask(session_id=s, user=c2, text="期限多久？")
    session_end(session=live_session, actor=rm)
    live_session.refresh_from_db()
    return {
        "session": live_session,
        "c2": c2,
        "c5": c5,
        "push": push,
        "ids": {
            "ok": ok["id"],
            "removed": removed["id"],
            "held": held["id"],
            "released": released["id"],
            "rejected": rejected["id"],
        },
    }


def _bundle(response) -> dict[str, bytes]:
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="evidence-session-')
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_bundle_holds_the_whole_story_with_verified_hashes(ended_session, officer, products):
    session, ids = ended_session["session"], ended_session["ids"]
    files = _bundle(api_as(officer).get(f"/api/sessions/{session.pk}/evidence/"))

    manifest = json.loads(files["manifest.json"])
    assert {f["name"] for f in manifest["files"]} == set(files) - {"manifest.json"}
    for entry in manifest["files"]:
        assert hashlib.sha256(files[entry["name"]]).hexdigest() == entry["sha256"]
    exported = AuditEvent.objects.get(event_type="evidence.exported", subject_id=str(session.pk))
    assert exported.data["manifest_sha256"] == hashlib.sha256(files["manifest.json"]).hexdigest()
    assert exported.actor_name == officer.username

    lines = {row["id"]: row for row in map(json.loads, files["transcript.jsonl"].decode().splitlines())}
    assert set(ids.values()) <= set(lines)
    assert lines[ids["ok"]]["status"] == "published" and lines[ids["ok"]]["masked"] == ["phone"]
    assert "13812345678" not in files["transcript.jsonl"].decode()
    assert (
        lines[ids["removed"]]["removed_at"]
        and lines[ids["removed"]]["removed_by"] == session.studio.owner.username
    )
    assert lines[ids["held"]]["status"] == "held" and lines[ids["held"]]["findings"]
    assert (
        lines[ids["released"]]["status"] == "published"
        and lines[ids["released"]]["reviewed_by"] == officer.username
    )
    assert lines[ids["rejected"]]["status"] == "rejected"
    assert any(f["severity"] == "block" for f in lines[ids["rejected"]]["findings"])
    transcript_csv = list(csv.DictReader(io.StringIO(files["transcript.csv"].decode("utf-8-sig"))))
    assert len(transcript_csv) == len(lines)
    [formula] = [row for row in transcript_csv if row["id"] == str(ids["removed"])]
    assert formula["text"] == '\'=HYPERLINK("x") 广告'  # a spreadsheet shows it as text, never runs it
    assert lines[ids["removed"]]["text"] == '=HYPERLINK("x") 广告'  # the JSON keeps it as stored

    moderation = json.loads(files["moderation.json"])
    assert [r["message_id"] for r in moderation["removed"]] == [ids["removed"]]
    assert [r["message_id"] for r in moderation["released_by_officer"]] == [ids["released"]]
    assert moderation["held_never_reviewed"] == [ids["held"]]
    assert moderation["rejected_by_engine"] == [ids["rejected"]]
    assert moderation["mutes"][0]["user"] == ended_session["c5"].username

    decisions = json.loads(files["compliance_decisions.json"])
    assert {d["kind"] for d in decisions} >= {"script", "announcement", "product_card"}
    assert all(d["sha256_verified"] for d in decisions)
    approved = [d for d in decisions if d["status"] == "approved"]
    assert approved and all(d["rule_pack"] for d in approved)
    assert any(d["decision"] and d["decision"]["officer"] == officer.username for d in approved)

    [push] = json.loads(files["card_pushes.json"])
    assert push["card_id"] == ended_session["push"].pk and push["product"]["risk_level"] == "R4"
    assert push["card_text_sha256"] == hashlib.sha256(push["card_text"].encode()).hexdigest()
    could = {a["user"]: (a["can_act"], a["reason"]) for a in push["audience_at_push"]}
    assert could == {"c2-e": (False, "risk_above_tolerance"), "c5-e": (True, "suitable")}
    assert push["pushed_by"] == session.studio.owner.username

    packs = json.loads(files["rule_packs.json"])
    assert any(p["active_during_live"] for p in packs) and any(p["checked_content"] for p in packs)
    audit = json.loads(files["audit.json"])
    assert audit["chain"]["verified"] is True
    assert audit["events"] and all(e["hash_verified"] and e["links_to_predecessor"] for e in audit["events"])
    assert {"session.gate_opened", "submission.approved"} <= {e["event_type"] for e in audit["events"]}

    session_json = json.loads(files["session.json"])
    assert session_json["presenter"]["licence_number"].startswith("LIC-")
    assert {p["risk_level"] for p in session_json["featured_products"]} == {"R2", "R4"}
    assert json.loads(files["analytics.json"])["attendance"]["unique_viewers"] == 2
    concurrency_sample()  # the next tick closes the visits that outlived the session, at its end
    assert set(Visit.objects.filter(session=session).values_list("left_at", flat=True)) == {session.ended_at}


def test_only_officers_get_the_bundle_and_only_for_an_ended_session(
    ended_session, live_session, rm, other_rm, officer, customer, products
):
    url = f"/api/sessions/{ended_session['session'].pk}/evidence/"
    assert api_as(rm).get(url).status_code == 404  # its own RM neither
    assert api_as(other_rm).get(url).status_code == 404
    assert api_as(customer).get(url).status_code == 404
    assert api_as().get(url).status_code == 403
    assert api_as(officer).get("/api/sessions/999999/evidence/").status_code == 404
    from tests.factories import make_live, make_session

    running = make_live(make_session(rm, products), officer)
    response = api_as(officer).get(f"/api/sessions/{running.pk}/evidence/")
    assert response.status_code == 409 and response.json()["code"] == "session_not_ended"
    assert not AuditEvent.objects.filter(event_type="evidence.exported").exists()


def test_officers_download_it_from_the_admin(ended_session, officer, rm):
    session = ended_session["session"]
    client = browser_as(officer)
    listing = client.get("/admin/audience/evidencesession/")
    assert (
        listing.status_code == 200
        and f"/admin/audience/evidencesession/{session.pk}/evidence/" in listing.content.decode()
    )
    files = _bundle(client.get(f"/admin/audience/evidencesession/{session.pk}/evidence/"))
    assert "transcript.csv" in files
    action = client.post(
        "/admin/audience/evidencesession/", {"action": "download_bundle", "_selected_action": [session.pk]}
    )
    assert "manifest.json" in _bundle(action)
    rm.is_staff = True
    rm.save(update_fields=["is_staff"])
    assert browser_as(rm).get(f"/admin/audience/evidencesession/{session.pk}/evidence/").status_code == 404
