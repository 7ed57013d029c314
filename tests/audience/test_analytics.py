"""Engagement and reports: a room driven over real sockets (chat, Q&A, reactions, a card push, opens and
"interested" clicks), then the analytics the RM and officers read as JSON and CSV, and who may read them."""

import asyncio
import csv
import io

import pytest
from channels.db import database_sync_to_async

from audience.models import CardInterest, ReactionTally
from audience.services.attendance import concurrency_sample
from tests.factories import make_customer, make_live, make_rm, make_session
from tests.support.clients import api_as

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

db = database_sync_to_async


async def _ack(viewer, ref: str) -> dict:
    frame = await viewer.ack(ref)
    assert frame["type"] == "ack", frame
    return frame


async def test_a_sessions_engagement_is_counted_and_reported(live_session, rm, officer, products, room):
    c2 = await db(make_customer)("c2-viewer", level="C2")  # R2 suits, R4 does not
    c5 = await db(make_customer)("c5-viewer", level="C5")  # both suit
    host = await room(live_session.pk, rm)
    v2 = await room(live_session.pk, c2)
    v5 = await room(live_session.pk, c5)
    await room(live_session.pk)  # a guest

    await v2.send({"type": "chat.send", "text": "R4适合我吗？", "ref": "m1"})
    await _ack(v2, "m1")
    await v5.send({"type": "chat.send", "text": "讲得很清楚", "ref": "m2"})
    await _ack(v5, "m2")
    await v5.send({"type": "qa.ask", "text": "R4产品的期限是多久？", "ref": "q1"})
    question = await _ack(v5, "q1")
    await host.send({"type": "qa.answer", "question_id": question["id"], "ref": "a1"})
    await _ack(host, "a1")
    for n in range(3):
        await v2.send({"type": "reaction", "kind": "like", "ref": f"r{n}"})
        await _ack(v2, f"r{n}")
    await v5.send({"type": "reaction", "kind": "heart", "ref": "h"})
    await _ack(v5, "h")

    await host.send({"type": "card.push", "product_id": products["r4"].pk, "ref": "p4"})
    card_id = (await _ack(host, "p4"))["id"]
    assert (await v5.next("card.pushed"))["can_act"] is True
    await v5.send({"type": "card.open", "card_id": card_id, "ref": "o1"})
    await _ack(v5, "o1")
    await v2.send({"type": "card.open", "card_id": card_id, "ref": "o2"})
    await _ack(v2, "o2")

    # "Interested": only a customer the product suits, once per card; others are told why.
    url = f"/api/sessions/{live_session.pk}/cards/{card_id}/interest/"
    assert (await db(api_as(c5).post)(url)).status_code == 201
    assert (await db(api_as(c5).post)(url)).status_code == 200
    refused = await db(api_as(c2).post)(url)
    assert refused.status_code == 409 and refused.json()["code"] == "not_suitable"
    assert (await db(api_as(rm).post)(url)).status_code == 403
    assert (await db(api_as().post)(url)).status_code == 403
    assert (
        await db(api_as(c5).post)(f"/api/sessions/{live_session.pk}/cards/999999/interest/")
    ).status_code == 404
    assert await db(CardInterest.objects.count)() == 1

    await asyncio.sleep(0.2)
    await db(concurrency_sample)()  # takes a sample and copies the reaction counters
    tallies = await db(lambda: dict(ReactionTally.objects.values_list("kind", "count")))()
    assert tallies == {"like": 3, "heart": 1}

    response = await db(api_as(rm).get)(f"/api/sessions/{live_session.pk}/analytics/")
    assert response.status_code == 200
    data = response.json()
    assert data["attendance"]["unique_viewers"] == 3  # c2, c5, the guest (not the host)
    assert data["viewers_over_time"][-1]["viewers"] == 3
    assert data["chat"]["published"] == 2 and data["chat"]["from_customers"] == 2
    assert sum(m["published"] for m in data["messages_per_minute"]) == 2
    assert data["questions"] == {"asked": 1, "answered": 1, "upvotes": 0}
    assert data["reactions"] == {"total": 4, "by_kind": {"like": 3, "heart": 1}}
    [card] = data["cards"]
    assert card == {
        **card,
        "code": products["r4"].code,
        "risk_level": "R4",
        "pushes": 1,
        "reached": 3,
        "suitable": 1,
        "suitable_share": round(1 / 3, 4),
        "opened": 2,
        "interested": 1,
    }

    csv_response = await db(api_as(officer).get)(f"/api/sessions/{live_session.pk}/analytics/?format=csv")
    assert csv_response.status_code == 200 and csv_response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(csv_response.content.decode("utf-8-sig"))))
    assert rows[0] == ["section", "item", "metric", "value"]
    assert ["attendance", "", "unique_viewers", "3"] in rows
    item = f"{products['r4'].code} {products['r4'].name} (R4)"
    assert ["cards", item, "interested", "1"] in rows and ["reactions", "like", "count", "3"] in rows


def test_who_may_read_the_analytics(live_session, rm, other_rm, officer, customer):
    url = f"/api/sessions/{live_session.pk}/analytics/"
    assert api_as(rm).get(url).status_code == 200
    assert api_as(officer).get(url).status_code == 200
    assert api_as(other_rm).get(url).status_code == 404
    assert api_as(customer).get(url).status_code == 404
    assert api_as().get(url).status_code == 403
    assert api_as(rm).get("/api/sessions/999999/analytics/").status_code == 404
    assert api_as(other_rm).get(url + "?format=csv").status_code == 404


def test_the_report_page_is_the_rms_and_officers_only(live_session, rm, other_rm, officer, customer):
    from tests.support.clients import browser_as

    url = f"/studio/sessions/{live_session.pk}/report/"
    page = browser_as(rm).get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'src="/static/js/report.js"' in html and "<script>" not in html
    assert f'data-analytics-url="/api/sessions/{live_session.pk}/analytics/"' in html
    assert browser_as(officer).get(url).status_code == 200
    assert browser_as(other_rm).get(url).status_code == 404
    assert browser_as(customer).get(url).status_code == 404
    assert browser_as().get(url).status_code == 302  # to the login page


def test_a_chat_line_is_escaped_nowhere_but_counted(rm, officer, products):
    """Analytics carry counts, never text: a line with markup changes the numbers only."""
    make_rm("spare")
    session = make_live(make_session(rm, products), officer)
    from studio.services.room import chat_send

    viewer = make_customer("markup", level="C3")
    chat_send(session_id=session.pk, user=viewer, text="<script>alert(1)</script>")
    data = api_as(rm).get(f"/api/sessions/{session.pk}/analytics/").json()
    assert data["chat"]["published"] == 1 and "<script>" not in str(data)


def test_a_session_that_never_went_live_reports_zeros(rm, products):
    session = make_session(rm, products)
    data = api_as(rm).get(f"/api/sessions/{session.pk}/analytics/").json()
    assert data["attendance"] == {
        **data["attendance"],
        "unique_viewers": 0,
        "watch_time_seconds": 0,
        "peak_concurrent": 0,
        "peak_at": None,
    }
    assert data["viewers_over_time"] == [] and data["cards"] == [] and data["messages_per_minute"] == []
    assert data["chat"]["average_per_minute"] == 0
