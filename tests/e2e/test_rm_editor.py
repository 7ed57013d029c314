"""The RM's session editor and dashboard in the browser: live script checking, submit, review outcome."""

import re

import pytest

from compliance.engine import check
from compliance.models import Submission, SubmissionStatus
from studio.models import LiveSession, SessionState, Studio
from tests.e2e.conftest import off_loop, screenshot
from tests.factories import ProductFactory, make_compliance_officer, make_rm, submissions_check_now

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

VIOLATING = "各位好，这款产品保本保息，欢迎咨询。"
COMPLIANT = (
    "各位好，今天介绍一款R2中低风险理财产品，业绩比较基准不代表实际收益。理财非存款、产品有风险、投资须谨慎。"
)


def test_script_editor_marks_a_finding_in_place_while_the_rm_types(site):
    rm = make_rm("rm-e2e")
    ProductFactory(code="AYWX090", name="安盈稳享90天", risk_level="R2")
    expected = check(VIOLATING, kind="script")
    assert expected, "the engine must flag the test script"

    # A new RM opens a studio from the dashboard first.
    page = site.signed_in(rm)
    page.goto("/studio/")
    page.get_by_label("演播室名称").fill("陆家嘴财富云演播室")
    page.get_by_role("button", name="创建演播室").click()
    page.locator("#studios li", has_text="陆家嘴财富云演播室").wait_for()
    assert Studio.objects.filter(owner=rm, name="陆家嘴财富云演播室").exists()

    page.goto("/studio/sessions/new/")
    page.locator("#editor[data-ready=true]").wait_for()
    page.get_by_label("标题").fill("稳健理财直播")
    page.get_by_label("直播脚本").press_sequentially(VIOLATING, delay=5)

    mark = page.locator("#script-mirror mark.finding").first
    mark.wait_for()
    assert mark.text_content() == VIOLATING[expected[0].start : expected[0].end] == "保本保息"
    assert "sev-block" in mark.get_attribute("class")
    finding = page.locator(f"#findings li[data-code='{expected[0].code}']")
    # The rule by its name, never its code (issue 19).
    assert finding.locator(".rule-name").text_content() == "承诺保本或无风险"
    assert expected[0].code not in finding.inner_text()
    assert expected[0].message in finding.text_content()
    assert expected[0].suggestion in finding.locator(".suggestion").text_content()
    assert page.locator("#check-status").text_content() == f"脚本中发现 {len(expected)} 处问题。"
    screenshot(page, "session-editor-finding")

    # "Show in script" selects the flagged words in the textarea, for keyboard users too.
    finding.get_by_role("button", name="在脚本中显示").press("Enter")
    selected = page.evaluate(
        "() => { const t = document.getElementById('f-script');"
        " return t.value.slice(t.selectionStart, t.selectionEnd); }"
    )
    assert selected == "保本保息"

    # Fixing the text clears the marks without a save.
    page.get_by_label("直播脚本").fill(COMPLIANT)
    page.locator("#check-status", has_text="未发现问题").wait_for()
    assert page.locator("#script-mirror mark.finding").count() == 0


def test_submit_for_review_then_the_officers_approval_shows_without_a_reload(site, celery_worker):
    rm = make_rm("rm-e2e")
    officer = make_compliance_officer("officer-e2e")
    Studio.objects.create(owner=rm, name="陆家嘴财富云演播室")

    page = site.signed_in(rm)
    page.goto("/studio/sessions/new/")
    page.locator("#editor[data-ready=true]").wait_for()
    page.get_by_label("标题").fill("稳健理财直播")
    page.get_by_label("简介").fill("R2中低风险理财产品介绍。")
    page.get_by_label("直播脚本").fill(COMPLIANT)
    page.get_by_role("button", name="提交审核").click()
    page.locator("#save-status", has_text="已提交审核").wait_for()
    session = LiveSession.objects.get(studio__owner=rm)
    assert page.url.endswith(f"/studio/sessions/{session.pk}/")

    dashboard = site.signed_in(rm)
    dashboard.goto("/studio/")
    row = dashboard.locator(f"#sessions tr[data-session-id='{session.pk}']")
    row.locator(".badge[data-state=in_review]").wait_for()
    assert row.locator(".blockers li").count() >= 1  # what still blocks publishing, until approved
    dashboard.evaluate("() => { window.notReloaded = true; }")

    # The real worker checks the submissions; the officer approves each one through the API.
    submissions = list(Submission.objects.filter(session=session))
    off_loop(submissions_check_now, submissions)
    for submission in submissions:
        submission.refresh_from_db()
        assert submission.status in (SubmissionStatus.PASSED, SubmissionStatus.FLAGGED), submission.status
        status, body = site.api(
            "POST",
            f"/api/submissions/{submission.pk}/approve/",
            user=officer,
            body={"note": "符合规范，同意发布。"},
        )
        assert status == 200, body
    session.refresh_from_db()
    assert session.state == SessionState.APPROVED

    row.locator(".badge[data-state=approved]").wait_for()
    assert dashboard.evaluate("() => window.notReloaded") is True
    assert row.get_by_role("link", name="直播控制台").is_visible()
    screenshot(dashboard, "dashboard")

    # The editor that submitted learns the outcome by itself too, with the officer's note.
    page.locator("#session-state .badge[data-state=approved]").wait_for()
    note = page.locator("#submissions .decision").first
    note.wait_for()
    assert "符合规范，同意发布。" in note.text_content()
    assert re.search("officer-e2e", note.text_content())
    screenshot(page, "session-editor-approved")

    admin = site.signed_in(officer)
    admin.goto(f"/admin/compliance/submission/{submissions[0].pk}/change/")
    screenshot(admin, "admin-review")
