"""The officers' workspace reads right (issue 19): superseded versions say so, audit data is JSON, the evidence
bundle's figures are figures, and every officer page uses the one officer-only admin base."""

import io
import json
import zipfile

import pytest
from django.contrib import admin
from django.test import Client
from django.utils import translation

from audience.evidence import evidence_bundle_build
from audience.services.attendance import attendance_join
from audience.services.interest import card_interest_record
from compliance.models import Submission
from compliance.officer_admin import OfficerOnlyAdmin
from compliance.services.audit import audit_record
from compliance.services.gate import session_content_submit
from studio.services import room, sessions
from tests.factories import make_customer, make_session
from tests.support.counters import forget_counters

pytestmark = pytest.mark.django_db


def _officer_client(officer) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="zh-hans")
    client.force_login(officer)
    return client


def test_a_superseded_version_reads_superseded_not_flagged(rm, officer, products):  # noqa: F811
    session = make_session(
        rm, products, script="今天介绍产品，收益最高的一款。理财非存款、产品有风险、投资须谨慎。"
    )
    [first] = [s for s in session_content_submit(session=session, author=rm) if s.kind == "script"]
    sessions.session_update(
        session=session, actor=rm, script="今天介绍产品的风险等级。理财非存款、产品有风险、投资须谨慎。"
    )
    session_content_submit(session=session, author=rm)
    first.refresh_from_db()
    assert first.withdrawn_at is not None
    page = _officer_client(officer).get("/admin/compliance/submission/?queue=all")
    assert page.status_code == 200
    html = page.content.decode()
    assert "已被新版本取代" in html
    review = _officer_client(officer).get(f"/admin/compliance/submission/{first.pk}/change/").content.decode()
    assert "已被新版本取代" in review and "有发现项" not in review.split('id="submission-status"')[1][:40]
    with translation.override("en"):
        assert Submission.objects.get(pk=first.pk).status_label == "Superseded by a newer version"


def test_the_audit_log_shows_its_data_as_readable_json(officer):
    event = audit_record(
        event_type="test.readable",
        actor=officer,
        subject=None,
        data={"reason": "违规用语", "ids": [1, 2], "ok": True, "none": None},
    )
    page = _officer_client(officer).get("/admin/compliance/auditevent/")
    html = page.content.decode()
    cell = json.dumps(event.data, ensure_ascii=False, sort_keys=True).replace('"', "&quot;")
    assert cell in html
    assert "{'reason'" not in html and "True" not in html.split("test.readable")[1][:300]


def test_the_bundles_analytics_are_plain_figures(live_session, rm, officer, products):  # noqa: F811
    forget_counters()
    c5 = make_customer("c5-analytics", level="C5")
    attendance_join(session_id=live_session.pk, viewer_key=f"u:{c5.pk}", user_id=c5.pk, role="customer")
    push = room.card_push(session_id=live_session.pk, actor=rm, product_id=products["r4"].pk)
    card_interest_record(session_id=live_session.pk, user=c5, card_id=push.pk)
    sessions.session_end(session=live_session, actor=rm)
    live_session.refresh_from_db()
    _name, body = evidence_bundle_build(session=live_session, officer=officer)
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        raw = archive.read("analytics.json").decode()
    assert '"_' not in raw and "{7}" not in raw
    [product] = json.loads(raw)["cards"]
    assert (product["interested"], product["opened"], product["pushes"]) == (1, 0, 1)


def test_every_officer_page_uses_the_one_officer_admin_base():
    officer_models = {
        "studio.heldmessage",
        "studio.chatmessage",
        "studio.heldquestion",
        "studio.transcriptfinding",
        "compliance.submission",
        "compliance.auditevent",
        "compliance.rulepack",
        "compliance.rule",
        "compliance.legalhold",
        "compliance.notification",
        "compliance.backtestrun",
        "broadcast.stream",
        "recordings.replay",
        "recordings.recording",
        "audience.evidencesession",
        "audience.sharelink",
        "audience.invitation",
        "audience.reminder",
    }
    registered = {
        f"{model._meta.app_label}.{model._meta.model_name}": model_admin
        for model, model_admin in admin.site._registry.items()
    }
    assert officer_models <= set(registered)
    assert all(isinstance(registered[name], OfficerOnlyAdmin) for name in officer_models)
    assert admin.site.__class__.__name__ == "OfficerAdminSite"
