"""The compliance officer's workspace in Chromium (issue 19), in Chinese first and in English.

The landing page lists what waits with counts and links; the live view of held lines updates by itself when a
line is held in any room; a line's page shows it in its conversation with its findings named, and the officer
releases it from there; the review page of a submission reads in Chinese. Screenshots: officer-home,
officer-held-line, officer-review (and their English and phone variants, for people to look at).
"""

import re

import pytest
from playwright.sync_api import expect

from compliance.models import Submission
from compliance.services.gate import session_content_submit
from studio.models import ChatMessage, MessageStatus
from studio.services import room, sessions
from tests.e2e.conftest import off_loop, screenshot
from tests.factories import (
    R4_CARD,
    ProductFactory,
    make_compliance_officer,
    make_live,
    make_rm,
    make_session,
    submissions_check_now,
)
from tests.support.counters import forget_counters

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

HELD = "这款产品收益最高，错过再等一年"
HELD_TOO = "限时抢购，最后额度，手慢无"


def _products():
    return {
        "r2": ProductFactory(risk_level="R2"),
        "r4": ProductFactory(
            risk_level="R4", type="fund", benchmark_min=None, benchmark_max=None, card_text=R4_CARD
        ),
    }


def _room_with_a_held_line():
    rm, officer = make_rm("rm-ow"), make_compliance_officer("officer-ow")
    session = off_loop(lambda: make_live(make_session(rm, _products()), officer))
    forget_counters()

    def say(text):
        return room.chat_send(session_id=session.pk, user=rm, text=text)

    off_loop(say, "欢迎大家来到直播间，今天我们聊聊理财产品的风险等级。")
    held = off_loop(say, HELD)
    off_loop(say, "理财非存款、产品有风险、投资须谨慎。")
    assert held["status"] == "held"
    return rm, officer, session, held["id"], say


def test_the_officer_works_held_lines_live_in_chinese(site):
    rm, officer, session, held_id, say = _room_with_a_held_line()
    page = site.signed_in(officer)
    page.goto("/admin/")
    expect(page.locator("#site-name")).to_contain_text("云演播室 · 合规工作台")
    row = page.locator("#officer-queues tr", has_text="直播间待审发言")
    expect(row.locator("td.count")).to_have_text("1")
    expect(row).to_contain_text(re.compile("最早一项已等待"))
    expect(page.locator("#officer-queues")).to_contain_text("待审核的脚本、公告与产品卡")
    screenshot(page, "officer-home")

    row.get_by_role("link", name="直播间待审发言").click()
    expect(page.locator("#held-live-status")).to_have_text("实时更新中")
    expect(page.locator("#held-lines tbody tr")).to_have_count(1)
    # A line held in the room appears by itself (pushed; no reload).
    page.evaluate("window.__notReloaded = true")
    second = off_loop(say, HELD_TOO)
    assert second["status"] == "held"
    expect(page.locator("#held-lines tbody tr")).to_have_count(2)
    assert page.evaluate("window.__notReloaded") is True

    page.locator(f"tr[data-id='{held_id}']").get_by_role("link", name="查看上下文").click()
    expect(page.locator("h1")).to_contain_text("待审发言")
    context = page.locator("#held-context li")
    expect(context).to_have_count(4)
    expect(context.nth(0)).to_contain_text("欢迎大家来到直播间")
    findings = ChatMessage.objects.get(pk=held_id).findings
    expect(page.locator("#held-context li.target mark.finding")).to_have_count(len(findings))
    for finding in findings:  # named by what the rule forbids, never by its internal code
        expect(page.locator("#held-findings")).to_contain_text(finding["message"])
        expect(page.locator("#held-findings")).not_to_contain_text(finding["code"])
    screenshot(page, "officer-held-line")

    page.get_by_role("button", name="放行到直播间").click()
    expect(page.locator(".messagelist")).to_contain_text("该发言已放行到直播间。")
    expect(page.locator("#held-lines tbody tr")).to_have_count(1)
    assert ChatMessage.objects.get(pk=held_id).status == MessageStatus.PUBLISHED


def test_a_line_still_held_when_the_session_ends_stays_until_decided(site):
    rm, officer, session, held_id, _say = _room_with_a_held_line()
    off_loop(sessions.session_end, session=session, actor=rm)
    page = site.signed_in(officer, phone=True)
    page.goto("/admin/studio/heldmessage/")
    row = page.locator(f"tr[data-id='{held_id}']")
    expect(row).to_contain_text("场次已结束")
    expect(row.get_by_role("button", name="放行")).to_have_count(0)
    screenshot(page, "officer-held-lines-phone")
    row.get_by_role("button", name="不展示（场次已结束）").click()
    expect(page.locator(".messagelist")).to_contain_text("已决定：该发言不展示，记录保留。")
    expect(page.locator(".cs-empty")).to_be_visible()


def test_the_workspace_reads_in_english_for_an_english_browser(site):
    rm, officer, session, held_id, _say = _room_with_a_held_line()
    page = site.signed_in(officer, locale="en-US")
    page.goto("/admin/")
    expect(page.locator("#site-name")).to_contain_text("Cloud Studio · Compliance workspace")
    expect(
        page.locator("#officer-queues tr", has_text="Held lines across live rooms").locator("td.count")
    ).to_have_text("1")
    page.goto(f"/admin/studio/heldmessage/{held_id}/change/")
    expect(page.get_by_role("button", name="Release to the room")).to_be_visible()
    expect(page.get_by_role("button", name="Remove (never shown, kept on record)")).to_be_visible()
    expect(page.locator("h3", has_text="The conversation around it")).to_be_visible()
    screenshot(page, "officer-held-line-en")


def test_the_review_page_of_a_submission_reads_in_chinese(site):
    rm, officer = make_rm("rm-rev"), make_compliance_officer("officer-rev")
    session = make_session(
        rm,
        _products(),
        script=("今天介绍一款R2中低风险产品，收益最高，错过再等一年。理财非存款、产品有风险、投资须谨慎。"),
    )
    submissions = off_loop(session_content_submit, session=session, author=rm)
    off_loop(submissions_check_now, submissions)
    script = Submission.objects.get(session=session, kind="script")
    page = site.signed_in(officer)
    page.goto("/admin/compliance/submission/")
    expect(page.locator("h1")).to_have_text("审核队列")
    expect(page.locator(f"#result_list a[href*='/{script.pk}/change/']")).to_have_count(1)
    page.goto(f"/admin/compliance/submission/{script.pk}/change/")
    expect(page.locator("#submission-status")).to_have_text(re.compile("^(有发现项|已通过)$"))
    expect(page.get_by_role("button", name="批准")).to_be_visible()
    expect(page.get_by_role("button", name="驳回")).to_be_visible()
    expect(page.locator("table.cs-findings")).to_contain_text("严重程度")
    screenshot(page, "officer-review")


_GLYPH_WIDTHS = """(texts) => {
  // The width each text takes in the page's h1 (its fonts and size).
  const h1 = document.querySelector("#content h1") || document.querySelector("h1");
  return texts.map((text) => {
    const probe = document.createElement("span");
    probe.textContent = text;
    h1.append(probe);
    const range = document.createRange();
    range.setStart(probe.firstChild, 0);
    range.setEnd(probe.firstChild, text.length);
    const width = range.getBoundingClientRect().width;
    probe.remove();
    return width;
  });
}"""


def test_chinese_titles_draw_curly_quotes_full_width_and_latin_text_as_before(site):
    """“…” in a Chinese title is as wide as the characters around it (the Latin faces drew it narrow); Latin
    text is measured the same in the Chinese and the English workspace."""
    officer = off_loop(make_compliance_officer, "officer-quotes")
    widths = {}
    for locale in ("zh-CN", "en-US"):
        page = site.signed_in(officer, locale=locale)
        page.goto("/admin/")
        page.evaluate("document.fonts.load('16px \"CS CJK Quotes\"', '“”')")
        page.wait_for_function("document.fonts.status === 'loaded'")
        widths[locale] = page.evaluate(_GLYPH_WIDTHS, ["“", "”", "‘", "审", "W", "Review the replay"])
        if locale == "zh-CN":
            page.locator("#content h1").evaluate("(h1) => { h1.textContent = '审核“理财早班车”的回放'; }")
            screenshot(page, "officer-title-quotes")
    open_zh, close_zh, single_zh, han, w_zh, _ = widths["zh-CN"]
    assert abs(open_zh - han) < 0.5 and abs(close_zh - han) < 0.5 and abs(single_zh - han) < 0.5, widths
    open_en = widths["en-US"][0]
    assert open_en < han * 0.7, widths  # an English page keeps the Latin quote
    assert widths["zh-CN"][4:] == widths["en-US"][4:], widths  # Latin letters unchanged
