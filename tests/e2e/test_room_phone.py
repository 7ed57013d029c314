"""The customer's live room as a phone app (issue 19), and the RM's in-room tools, in Chromium.

Phone (390 × 844) and desktop, zh-hans and en: the player first with the chat docked under it and always on
screen, a placeholder while nobody spoke, emoji reactions that float, the product shelf one tap away (also after
a reload, with the viewer's own suitability), notices in the viewer's language, the customer's inbox and the way
to the risk assessment; on the console: mute feedback, mute buttons after a reload, typed answers, dismiss and
merge, a held line an officer removed, and the viewer count without the host. Saves the screenshots
``room-phone``, ``room-phone-shelf`` and ``console`` under artifacts/screenshots/.
"""

import re

import pytest

from compliance.services.notifications import notification_create
from studio.models import ChatMessage, Question
from studio.services.room import card_push, chat_remove, room_slow_mode_set, user_mute
from studio.services.sessions import session_go_live
from tests.e2e.conftest import off_loop, screenshot
from tests.e2e.test_live_room import approved_session, no_horizontal_scroll, unlabelled_controls
from tests.factories import make_compliance_officer, make_customer

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _forget_reaction_counters() -> None:
    """Reaction counters live in Redis under the session's id, which restarts with every test database."""
    import redis
    from django.conf import settings

    client = redis.Redis.from_url(settings.REDIS_URL)
    try:
        prefix = settings.CHANNEL_LAYERS["default"]["CONFIG"]["prefix"]
        keys = list(client.scan_iter(match=f"{prefix}:audience:reactions:*", count=500))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


def live_session():
    _forget_reaction_counters()
    session = approved_session()
    off_loop(session_go_live, session=session, actor=session.studio.owner)
    return session


def open_room(site, user, session, **options):
    page = site.signed_in(user, **options)
    page.goto(f"/watch/{session.pk}/live/")
    page.locator("#room[data-ready=true]").wait_for()
    page.locator("#room-viewers:not([hidden])").wait_for()  # session.state arrived
    return page


def open_console(site, session):
    page = site.signed_in(session.studio.owner)
    page.goto(f"/studio/sessions/{session.pk}/console/")
    page.locator("#console[data-ready=true]").wait_for()
    return page


def in_viewport(page, selector: str) -> bool:
    return page.evaluate(
        """(selector) => {
        const box = document.querySelector(selector).getBoundingClientRect();
        return box.height > 20 && box.top >= 0 && box.bottom <= window.innerHeight + 1;
    }""",
        selector,
    )


def wrapped_buttons(page) -> list[str]:
    """Visible buttons whose label runs over more than one line."""
    return page.evaluate("""() => [...document.querySelectorAll('#room button, #room .button')]
        .filter((b) => b.offsetParent !== null)
        .filter((b) => {
            const style = getComputedStyle(b);
            const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
            const inner = b.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
            return b.scrollWidth > b.clientWidth + 1 || (b.childElementCount === 0 && inner > line * 1.6);
        }).map((b) => b.outerHTML.slice(0, 120))""")


def question(page, text: str):
    """The console's list item of the question whose own words contain ``text`` (the merge menus of the other
    items quote every question, so a plain ``has_text`` would match them too)."""
    return page.locator("#qa-list li").filter(has=page.locator(".q-words", has_text=text))


def push(session, product) -> None:
    off_loop(card_push, session_id=session.pk, actor=session.studio.owner, product_id=product.pk)


def test_phone_room_player_first_chat_docked_reactions_float_and_the_shelf_survives_a_reload(site):
    session = live_session()
    c2 = make_customer("c2-phone", level="C2")
    room = open_room(site, c2, session, phone=True)

    # Player on top, the chat docked under it and on screen, the composer at the thumb; nothing wraps.
    assert room.locator("#video-waiting").text_content() == "等待直播信号…"
    assert room.locator("#chat-empty").is_visible()
    assert room.locator("#chat-empty").text_content() == "还没有人发言，来和主播打个招呼吧！"
    for selector in ("#video", "#chat-log", "#chat-input", "#shelf-toggle"):
        assert in_viewport(room, selector), selector
    video, chat = (room.locator(s).bounding_box() for s in ("#video", "#chat-log"))
    assert video["width"] >= 389 and video["y"] < chat["y"]
    assert wrapped_buttons(room) == []
    assert no_horizontal_scroll(room) and unlabelled_controls(room) == []
    # The host's own socket is not a viewer.
    assert room.locator("#room-viewer-count").text_content() == "1"

    # The first line replaces the placeholder.
    room.get_by_label("您的消息").fill("大家好")
    room.get_by_role("button", name="发送").click()
    room.locator("#chat-log li", has_text="大家好").wait_for()
    assert not room.locator("#chat-empty").is_visible()

    # A tap on a reaction floats its emoji and counts once for everyone.
    room.get_by_role("button", name="赞").click()
    room.locator("#reaction-float .floater").first.wait_for()
    room.locator("[data-count=like]", has_text="1").wait_for()
    screenshot(room, "room-phone")

    # Two cards pushed: the shelf button counts them; one tap opens the shelf, newest first, with the
    # viewer's own suitability.
    r2 = session.featured_products.get(risk_level="R2")
    r4 = session.featured_products.get(risk_level="R4")
    push(session, r2)
    push(session, r4)
    room.locator("#shelf-count", has_text="2").wait_for()
    room.locator("#card-peek", has_text="云银均衡成长混合基金").wait_for()
    room.locator("#shelf-toggle").click()
    cards = room.locator("#shelf .product-card")
    cards.nth(1).wait_for()
    assert cards.evaluate_all("(cards) => cards.map((c) => c.dataset.productId)") == [str(r4.pk), str(r2.pk)]
    assert cards.nth(0).locator(".not-suitable").is_visible()
    assert cards.nth(1).get_by_role("button", name="下一步：去办理").is_visible()
    assert no_horizontal_scroll(room)
    screenshot(room, "room-phone-shelf")

    # Reload: the shelf and the reaction counts come back with the room's snapshot.
    room.reload()
    room.locator("#room-viewers:not([hidden])").wait_for()
    room.locator("#shelf-count", has_text="2").wait_for()
    room.locator("[data-count=like]", has_text="1").wait_for()
    room.locator("#shelf-toggle").click()
    assert room.locator("#shelf .product-card").count() == 2

    # A late joiner gets the same shelf, worded for them.
    c5 = make_customer("c5-late", level="C5")
    late = open_room(site, c5, session)
    late.locator("#shelf-count", has_text="2").wait_for()
    late.locator("#shelf-toggle").click()
    late.locator(f"#shelf .product-card[data-product-id='{r4.pk}']").get_by_role(
        "button", name="下一步：去办理"
    ).wait_for()
    assert not site.console_errors, site.console_errors


def test_room_notices_are_in_the_viewers_language(site):
    session = live_session()
    c2 = make_customer("c2-muted", level="C2")
    room = open_room(site, c2, session, phone=True)
    off_loop(room_slow_mode_set, session_id=session.pk, actor=session.studio.owner, seconds=30)
    room.get_by_label("您的消息").fill("第一句")
    room.get_by_role("button", name="发送").click()
    room.locator("#chat-log li", has_text="第一句").wait_for()
    room.get_by_label("您的消息").fill("第二句")
    room.get_by_role("button", name="发送").click()
    notice = room.locator("#chat-error")
    notice.filter(has_text="慢速模式").wait_for()
    assert not LATIN_WORD.search(notice.text_content()), notice.text_content()

    off_loop(user_mute, session_id=session.pk, actor=session.studio.owner, user_id=c2.pk, minutes=10)
    notice.filter(has_text="主播已将您禁言").wait_for()
    room.get_by_label("您的消息").fill("还能说话吗")
    room.get_by_role("button", name="发送").click()
    notice.filter(has_text="您已被禁言").wait_for()
    assert not LATIN_WORD.search(notice.text_content()), notice.text_content()

    # The same in English.
    english = open_room(site, make_customer("c5-en", level="C5"), session, locale="en-US")
    english.evaluate("() => document.cookie = 'django_language=en; path=/'")
    english.reload()
    english.locator("#room-viewers:not([hidden])").wait_for()
    assert english.locator("#tab-chat").text_content() == "Chat"
    english.get_by_label("Your message").fill("hello")
    english.get_by_role("button", name="Send").click()
    english.locator("#chat-log li", has_text="hello").wait_for()
    english.get_by_label("Your message").fill("again")
    english.get_by_role("button", name="Send").click()
    english.locator("#chat-error", has_text="Slow mode").wait_for()
    assert "理财非存款" in english.get_by_test_id("risk-warning").text_content()  # the regulatory line stays
    assert wrapped_buttons(english) == [] and no_horizontal_scroll(english)
    screenshot(english, "room-desktop-en")

    # English labels on a phone, and a guest's dock (a sign-in link instead of the composer), fit one line.
    phone_en = open_room(site, make_customer("c5-en-phone", level="C5"), session, phone=True, locale="en-US")
    phone_en.evaluate("() => document.cookie = 'django_language=en; path=/'")
    phone_en.reload()
    phone_en.locator("#room-viewers:not([hidden])").wait_for()
    assert phone_en.locator("#shelf-toggle").inner_text().strip() == "Products"
    assert wrapped_buttons(phone_en) == [] and no_horizontal_scroll(phone_en)
    guest = site.page(phone=True)
    guest.goto(f"/watch/{session.pk}/live/")
    guest.locator("#room-viewers:not([hidden])").wait_for()
    assert guest.get_by_role("link", name="登录后可聊天、提问和互动。").is_visible()
    assert in_viewport(guest, ".login-to-chat") and no_horizontal_scroll(guest)
    assert guest.get_by_role("button", name="赞").is_disabled()


def test_inbox_and_a_refused_card_lead_to_the_risk_assessment(site):
    session = live_session()
    c3 = make_customer("c3-expired", level="C3", assessed_days_ago=400)
    off_loop(
        notification_create,
        recipient=c3,
        kind="session_invitation",
        session=session,
        message="You are invited.",
    )
    room = open_room(site, c3, session, phone=True)
    push(session, session.featured_products.get(risk_level="R2"))
    room.locator("#shelf-count", has_text="1").wait_for()
    room.locator("#shelf-toggle").click()
    refused = room.locator("#shelf .product-card .not-suitable")
    refused.wait_for()
    assert "风险测评已过期" in refused.text_content()
    refused.get_by_role("link", name="去做风险测评").click()
    room.locator("#risk-page[data-state=expired]").wait_for()
    assert room.locator("#assessment-steps li").count() == 3
    assert no_horizontal_scroll(room)

    room.get_by_role("link", name="消息").first.click()
    item = room.locator("#inbox-list li[data-kind=session_invitation]")
    item.wait_for()
    assert "邀请您观看直播《稳健理财与基金配置》" in item.text_content()
    assert "You are invited" not in room.content()
    item.get_by_role("link", name="进入直播间").click()
    room.locator("#room[data-ready=true]").wait_for()


def test_console_moderation_feedback_answers_and_removed_held_lines(site):
    session = live_session()
    c2 = make_customer("c2-console", level="C2")
    c5 = make_customer("c5-console", level="C5")
    room2 = open_room(site, c2, session, phone=True)
    room5 = open_room(site, c5, session)
    console = open_console(site, session)
    console.locator("#viewer-count", has_text="2").wait_for()  # the two customers, not the host

    room2.get_by_label("您的消息").fill("请问什么时候开始？")
    room2.get_by_role("button", name="发送").click()
    console.locator("#chat-log li", has_text="什么时候开始").wait_for()

    # Mute shows feedback, in the console and to the viewer.
    console.locator("#chat-log li", has_text="什么时候开始").get_by_role("button", name="禁言10分钟").click()
    console.locator("#console-toast", has_text="c2-console 10 分钟").wait_for()
    console.locator("#chat-log li", has_text="什么时候开始").get_by_role("button", name="已禁言").wait_for()
    room2.locator("#chat-error", has_text="主播已将您禁言").wait_for()

    # A line the RM wrote that waits for an officer; the officer removes it.
    console.get_by_label("发给观众的消息").fill("这是市场上最好的产品。")
    console.get_by_role("button", name="发送").click()
    held = console.locator("#chat-log li[data-status=held]", has_text="最好的产品")
    held.wait_for()
    officer = make_compliance_officer("officer-room")
    line = ChatMessage.objects.get(session=session, text__contains="最好的产品")
    off_loop(chat_remove, session_id=session.pk, actor=officer, message_id=line.pk)
    removed = console.locator("#chat-log li[data-status=removed]", has_text="最好的产品")
    removed.wait_for()
    assert "待审核" not in removed.text_content() and "合规人员已删除" in removed.text_content()

    # Q&A: the viewer cannot upvote their own question; the RM answers in words, dismisses, merges.
    room5.get_by_role("tab", name="问答").click()
    for text in ("R2产品可以随时赎回吗？", "R2能随时赎回吗", "今天天气怎么样"):
        room5.get_by_label("您的问题").fill(text)
        room5.get_by_role("button", name="提问").click()
        room5.locator("#qa-list li.mine", has_text=text).wait_for()
    assert room5.locator("#qa-list li.mine button", has_text="点赞").count() == 0
    first = question(console, "可以随时赎回")
    first.get_by_role("textbox").fill("R2产品有90天持有期，持有期满后可以赎回。")
    first.get_by_role("button", name="回答", exact=True).click()
    answer = room5.locator("#qa-list li.answered", has_text="可以随时赎回").locator(".answer")
    answer.wait_for()
    assert "持有期满后可以赎回" in answer.text_content()
    duplicate = question(console, "R2能随时赎回吗")
    question(console, "天气").get_by_role("button", name="忽略").click()
    room5.locator("#qa-list li", has_text="天气").wait_for(state="detached")
    duplicate.get_by_role("combobox").select_option(label="R2产品可以随时赎回吗？")
    room5.locator("#qa-list li", has_text="R2能随时赎回吗").wait_for(state="detached")
    assert Question.objects.filter(session=session, merged_into__isnull=False).count() == 1

    # Reload: older lines keep their mute button; the removed held line stays removed; answers stay.
    console.reload()
    console.locator("#console[data-ready=true]").wait_for()
    console.locator("#chat-log li", has_text="什么时候开始").get_by_role(
        "button", name=re.compile("禁言")
    ).wait_for()
    console.locator("#chat-log li[data-status=removed]", has_text="最好的产品").wait_for()
    question(console, "可以随时赎回").locator(".answer").wait_for()
    assert unlabelled_controls(console) == []
    screenshot(console, "console")
    assert not site.console_errors, site.console_errors
