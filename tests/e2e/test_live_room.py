"""The live story in the browser: the RM goes live, customers C2 and C5 watch, chat, get a card each."""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from audience.models import CardInterest, Reminder
from studio.models import CardOpen, LiveSession, SessionState
from studio.services.sessions import session_create, session_go_live, studio_create
from tests.e2e.conftest import off_loop, screenshot
from tests.factories import (
    ProductFactory,
    make_compliance_officer,
    make_customer,
    make_rm,
    session_make_approved,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

XSS = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'


def approved_session(**fields) -> LiveSession:
    """An approved session of rm-e2e featuring an R2 and an R4 product (through the real gate)."""
    rm = make_rm("rm-e2e")
    officer = make_compliance_officer("officer-e2e")
    studio = studio_create(owner=rm, name="陆家嘴财富云演播室")
    r2 = ProductFactory(code="AYWX090", name="安盈稳享90天持有期", risk_level="R2")
    r4 = ProductFactory(
        code="MIX01",
        name="云银均衡成长混合基金",
        type="fund",
        risk_level="R4",
        benchmark_min=Decimal("4.000"),
        benchmark_max=Decimal("6.000"),
        card_text="R4中高风险混合基金，业绩比较基准4.00%–6.00%（年化），不代表实际收益。基金投资有风险，投资须谨慎。",
    )
    session = session_create(
        studio=studio,
        actor=rm,
        title="稳健理财与基金配置",
        description="R2与R4产品介绍。理财非存款、产品有风险、投资须谨慎。基金有风险，投资须谨慎。",
        scheduled_start=timezone.now() + timedelta(minutes=5),
        script=(
            "今天介绍两款产品，业绩比较基准不代表实际收益。理财非存款、产品有风险、投资须谨慎。"
            "基金有风险，投资须谨慎。"
        ),
        featured_product_ids=[r2.pk, r4.pk],
        **fields,
    )
    return off_loop(session_make_approved, session, officer)


def no_horizontal_scroll(page) -> bool:
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


def unlabelled_controls(page) -> list[str]:
    """Form controls a screen reader could not name."""
    return page.evaluate("""() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
        .filter((c) => !(c.labels && c.labels.length) && !c.getAttribute('aria-label') && !c.textContent.trim())
        .map((c) => c.outerHTML)""")


def test_live_session_story(site):
    session = approved_session()
    rm = session.studio.owner
    c2 = make_customer("c2-e2e", level="C2")
    c5 = make_customer("c5-e2e", level="C5")

    # The landing page shows the presenter's credentials and the risk warning, on a phone too; "remind me".
    landing = site.signed_in(c2, phone=True)
    landing.goto(f"/watch/{session.pk}/")
    assert landing.get_by_test_id("host-name").text_content() == "RM rm-e2e"
    assert landing.get_by_test_id("host-licence").text_content().startswith("LIC-")
    assert "理财非存款、产品有风险、投资须谨慎" in landing.get_by_test_id("risk-warning").text_content()
    landing.get_by_role("button", name="开播提醒").click()
    landing.locator("#remind-status", has_text="我们会在开播前提醒您").wait_for()
    assert landing.locator("#remind-button").get_attribute("aria-pressed") == "true"
    assert Reminder.objects.filter(session=session, user=c2).exists()
    assert no_horizontal_scroll(landing)
    screenshot(landing, "landing-phone")

    # Go live: the button is enabled because the session is approved.
    console = site.signed_in(rm)
    console.goto(f"/studio/sessions/{session.pk}/console/")
    go_live = console.get_by_role("button", name="开始直播")
    assert go_live.is_enabled()
    go_live.click()
    console.locator("#console-state .badge[data-state=live]").wait_for()
    assert not go_live.is_enabled()
    assert LiveSession.objects.get(pk=session.pk).state == SessionState.LIVE

    # A share link for invited viewers, made from the console.
    console.get_by_role("button", name="生成分享链接").click()
    console.locator("#share-status", has_text="有效期至").wait_for()
    assert re.fullmatch(rf"{re.escape(site.url)}/s/[\w-]+/", console.locator("#share-url").input_value())

    # Two customers join: C2 on a phone, C5 on a desktop.
    room2 = site.signed_in(c2, phone=True)
    room2.goto(f"/watch/{session.pk}/live/")
    room5 = site.signed_in(c5)
    sockets5 = []  # C5's live-room sockets, through Playwright so the test can drop one

    def through(route):
        route.connect_to_server()
        sockets5.append(route)

    room5.route_web_socket(re.compile(r".*/ws/sessions/\d+/.*"), through)
    room5.goto(f"/watch/{session.pk}/live/")
    for room in (room2, room5):
        assert room.locator("#video-waiting").text_content() == "等待直播信号…"
    # The count is the audience: the two customers, not the console's own socket.
    console.locator("#viewer-count", has_text="2").wait_for()

    # The RM's compliant line reaches both; a violating one is rejected with the reason, shown to the RM only.
    console.get_by_label("发给观众的消息").fill("欢迎各位来到直播间！")
    console.get_by_role("button", name="发送").click()
    console.locator("#chat-log li[data-status=published]", has_text="欢迎各位来到直播间").wait_for()
    for room in (room2, room5):
        room.locator("#chat-log li.role-rm", has_text="欢迎各位来到直播间").wait_for()
    console.get_by_label("发给观众的消息").fill("这款产品保本保息，闭眼买！")
    console.get_by_role("button", name="发送").click()
    rejected = console.locator("#chat-log li[data-status=rejected]")
    rejected.wait_for()
    assert "保本" in rejected.locator(".reason").text_content()
    assert rejected.get_by_role("button", name="置顶").count() == 0  # nothing to moderate on a rejected line
    assert "null" not in console.locator("#chat-log").text_content()
    console.get_by_label("发给观众的消息").fill("这是市场上最好的产品。")
    console.get_by_role("button", name="发送").click()
    held = console.locator("#chat-log li[data-status=held]", has_text="最好的产品")
    held.locator(".reason", has_text="等待合规人员审核").wait_for()

    # The R4 card: C5 (C5 ≥ R4) gets the next step, C2 gets the reason instead. The card lands on the
    # product shelf, one tap away; a peek says so.
    r4 = session.featured_products.get(risk_level="R4")
    console.locator(f"[data-push='{r4.pk}']").click()
    console.locator(f"li[data-product-id='{r4.pk}'] .push-status", has_text="已推送").wait_for()
    room5.locator("#card-peek", has_text="云银均衡成长混合基金").wait_for()
    assert room5.locator("#shelf-count").text_content() == "1"
    room5.locator("#shelf-toggle").click()
    card5 = room5.locator(f"#cards .product-card[data-product-id='{r4.pk}']")
    card5.wait_for()
    assert card5.locator(".risk").text_content() == "R4"
    assert card5.locator(".benchmark").text_content() == "4.00%–6.00%"
    assert "业绩比较基准不代表" in card5.locator(".disclaimer").text_content()
    card5.locator("summary").click()  # opening the description is recorded for the funnel
    card5.get_by_role("button", name="下一步：去办理").click()
    card5.locator(".next-status", has_text="您的客户经理将联系您").wait_for()
    assert CardInterest.objects.filter(user=c5, push__product=r4).exists()
    assert CardOpen.objects.filter(user=c5, push__product=r4).exists()
    room2.get_by_role("button", name="查看").click()  # the peek opens the shelf
    card2 = room2.locator(f"#cards .product-card[data-product-id='{r4.pk}']")
    card2.wait_for()
    assert card2.get_by_role("button", name="下一步：去办理").count() == 0
    assert "高于您的风险承受能力" in card2.locator(".not-suitable").text_content()
    for room in (room2, room5):
        room.get_by_role("button", name="关闭").click()
        room.locator("#shelf").wait_for(state="hidden")

    # A customer's markup is shown as text everywhere, never run.
    room5.get_by_label("您的消息").fill(XSS)
    room5.get_by_role("button", name="发送").click()
    for page in (room2, console):
        line = page.locator("#chat-log li", has_text="<script>")
        line.wait_for()
        assert line.locator(".text").text_content() == XSS
        assert line.locator("img, script").count() == 0
        assert page.evaluate("() => window.pwned") is None

    # Q&A: C2 asks, C5 upvotes, the RM sees the question with its votes and answers it.
    room2.get_by_role("tab", name="问答").click()
    room2.get_by_label("您的问题").fill("R2产品可以随时赎回吗？")
    room2.get_by_role("button", name="提问").click()
    room2.locator("#qa-list li.mine", has_text="随时赎回").wait_for()
    assert room2.locator("#qa-list li.mine").get_by_role("button", name="点赞").count() == 0  # not one's own
    room5.get_by_role("tab", name="问答").click()
    question = room5.locator("#qa-list li", has_text="随时赎回")
    question.get_by_role("button", name="点赞").click()
    console_question = console.locator("#qa-list li[data-upvotes='1']", has_text="随时赎回")
    console_question.get_by_role("button", name="标记为已回答").click()
    room2.locator("#qa-list li.answered", has_text="随时赎回").wait_for()

    # Reactions are counted and reach the RM.
    room5.get_by_role("tab", name="聊天").click()
    room5.locator("button[data-reaction=like]").click()
    console.locator("#reaction-summary", has_text="1").wait_for()

    assert no_horizontal_scroll(room2)
    assert unlabelled_controls(room2) == [] and unlabelled_controls(console) == []
    screenshot(room2, "customer-room-phone")
    screenshot(console, "live-console")

    assert room2.locator("#chat-log li", has_text="最好的产品").count() == 0  # held: customers never saw it

    # C2 reloads: the history comes back in order, without duplicates.
    room2.reload()
    room2.locator("#chat-log li", has_text="<script>").wait_for()
    lines = room2.locator("#chat-log li .text").all_text_contents()
    assert lines == ["欢迎各位来到直播间！", XSS]

    # C5's connection drops; what the RM says meanwhile arrives once the socket is back, exactly once,
    # without the customer noticing (no "reconnecting" notice for a short outage).
    sockets5[-1].close(code=4000, reason="network dropped")
    console.get_by_label("发给观众的消息").fill("刚才断线的朋友也能看到这条。")
    console.get_by_role("button", name="发送").click()
    room5.locator("#chat-log li", has_text="刚才断线的朋友").wait_for()
    assert len(sockets5) >= 2 and "last_seq=0" not in sockets5[-1].url
    assert room5.locator("#chat-log li .text").all_text_contents() == [
        "欢迎各位来到直播间！",
        XSS,
        "刚才断线的朋友也能看到这条。",
    ]
    assert room5.locator("#connection").text_content() == ""

    # The viewer chart has drawn the audience so far.
    assert console.locator("#viewer-chart polyline").get_attribute("points").count(",") >= 2

    # The RM reloads the console: own lines keep their verdicts, published lines come back once.
    console.reload()
    console.locator("#chat-log li[data-status=rejected]", has_text="保本保息").locator(".reason").wait_for()
    console.locator("#chat-log li", has_text="刚才断线的朋友").wait_for()
    assert console.locator("#chat-log li", has_text="欢迎各位来到直播间").count() == 1

    # Moderation: the RM pins the welcome line and removes the customer's markup line for everyone.
    console.locator("#chat-log li", has_text="欢迎各位来到直播间").get_by_role("button", name="置顶").click()
    room5.locator("#pinned", has_text="欢迎各位来到直播间").wait_for()
    console.locator("#chat-log li", has_text="<script>").get_by_role("button", name="删除").click()
    room2.locator("#chat-log li.removed").wait_for()
    assert room2.locator("#chat-log li", has_text="<script>").count() == 0

    # End the session (two clicks, so it is never ended by accident).
    end = console.get_by_role("button", name="结束直播")
    end.click()
    console.get_by_role("button", name="再次点击以结束直播").click()
    console.locator("#console-state .badge[data-state=ended]").wait_for()
    room5.locator("#video-waiting", has_text="直播已结束").wait_for()
    assert not site.console_errors, site.console_errors


def test_rm_pages_fit_a_phone_and_the_room_waits_for_the_signal(site):
    session = approved_session()
    rm = session.studio.owner
    page = site.signed_in(rm, phone=True)
    for path in (
        "/studio/",
        "/studio/sessions/new/",
        f"/studio/sessions/{session.pk}/",
        f"/studio/sessions/{session.pk}/console/",
    ):
        page.goto(path)
        page.locator("[data-ready=true]").wait_for()
        assert no_horizontal_scroll(page), path
        assert unlabelled_controls(page) == [], path

    # Live, but nothing is publishing yet: the room says it waits for the signal (tests/e2e/test_live_video.py
    # plays a real stream through the ingest).
    off_loop(session_go_live, session=session, actor=rm)
    room = site.signed_in(make_customer("c5-e2e", level="C5"))
    room.goto(f"/watch/{session.pk}/live/")
    room.locator("#video[data-stream=waiting] #video-waiting", has_text="等待直播信号").wait_for()


def test_a_reload_keeps_who_is_muted_and_a_removed_answer_leaves_at_once(site):
    """The console and a muted customer's room know the mute after a reload (it is in the snapshot); the host
    removing an answer line takes it from under the question for every viewer live, and it stays gone."""
    session = approved_session()
    rm = session.studio.owner
    off_loop(session_go_live, session=session, actor=rm)
    customer = make_customer("c3-mute", level="C3")
    console = site.signed_in(rm)
    console.goto(f"/studio/sessions/{session.pk}/console/")
    console.locator("#console-state .badge[data-state=live]").wait_for()
    room = site.signed_in(customer)
    room.goto(f"/watch/{session.pk}/live/")
    room.get_by_role("tab", name="问答").click()
    room.get_by_label("您的问题").fill("R2产品可以随时赎回吗？")
    room.get_by_role("button", name="提问").click()
    room.locator("#qa-list li.mine", has_text="随时赎回").wait_for()

    # The host answers in words; the customer sees the answer under the question.
    answer = "R2产品有90天持有期，期满后可以赎回。"
    asked = console.locator("#qa-list li", has_text="随时赎回")
    asked.locator("input.answer-input").fill(answer)
    asked.locator("form.answer-form button[type=submit]").click()
    room.locator("#qa-list li .answer", has_text="期满后可以赎回").wait_for()

    # The host removes the answer line: it leaves the question at once, and after a reload.
    console.locator("#chat-log li", has_text="期满后可以赎回").get_by_role("button", name="删除").click()
    room.locator("#qa-list li .answer").wait_for(state="detached")
    room.locator("#qa-list li", has_text="随时赎回").wait_for()
    room.reload()
    room.locator("#qa-list li", has_text="随时赎回").wait_for(state="attached")
    assert room.locator("#qa-list li .answer").count() == 0

    # The customer says something and is muted from the console.
    room.get_by_role("tab", name="聊天").click()
    room.get_by_label("您的消息").fill("我想问问R4基金。")
    room.get_by_role("button", name="发送").click()
    line = console.locator("#chat-log li", has_text="我想问问R4基金")
    line.get_by_role("button", name="禁言10分钟").click()
    line.get_by_role("button", name="已禁言").wait_for()
    room.locator("#chat-error", has_text="主播已将您禁言至").wait_for()

    # Both reload: the console still says the customer is muted, the room still tells the customer.
    console.reload()
    muted = console.locator(f"#chat-log [data-mute='{customer.pk}']")
    muted.first.wait_for()
    console.wait_for_function(
        f"() => [...document.querySelectorAll(\"#chat-log [data-mute='{customer.pk}']\")].every((b) => b.disabled)"
    )
    assert muted.first.text_content() == "已禁言"
    room.reload()
    room.locator("#chat-error", has_text="主播已将您禁言至").wait_for()
    assert room.locator("#room").get_attribute("data-muted-until")
    assert not site.console_errors, site.console_errors
