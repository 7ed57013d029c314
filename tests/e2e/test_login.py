"""Login and logout in the browser: every role lands on its own home."""

import pytest

from tests.e2e.conftest import screenshot
from tests.factories import make_compliance_officer, make_customer, make_rm

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_each_role_lands_on_its_own_home_and_can_log_out_and_a_wrong_password_is_refused(site):
    make_rm("rm-e2e")
    make_customer("cust-e2e", level="C2")
    make_compliance_officer("officer-e2e")

    page = site.page()
    page.goto("/")
    assert page.url == f"{site.url}/accounts/login/"
    assert page.locator("html").get_attribute("lang") == "zh-hans"
    assert page.get_by_role("heading", name="登录").is_visible()
    screenshot(page, "login")

    rm_page = site.login("rm-e2e")
    assert rm_page.url == f"{site.url}/studio/"
    assert rm_page.get_by_role("heading", name="我的演播室").is_visible()

    customer_page = site.login("cust-e2e")
    assert customer_page.url == f"{site.url}/watch/"
    # Another role's page answers as if it did not exist.
    assert customer_page.goto("/studio/").status == 404

    officer_page = site.login("officer-e2e")
    assert officer_page.url == f"{site.url}/admin/"

    refused = site.login("rm-e2e", password="not-the-password")
    assert "/accounts/login/" in refused.url
    assert refused.get_by_role("alert").text_content() == "用户名或密码不正确，请重试。"

    # Logging out ends the session: home sends the RM back to the login form.
    rm_page.get_by_role("button", name="退出").click()
    rm_page.wait_for_url("**/accounts/login/")
    rm_page.goto("/studio/")
    assert "/accounts/login/" in rm_page.url


def test_language_switch_turns_the_page_english_and_back(site):
    page = site.page()
    page.goto("/accounts/login/")
    page.locator("html.js").wait_for(state="attached")  # the page's module ran: the switch submits on change
    page.get_by_label("语言").select_option("en")
    page.wait_for_load_state()
    page.get_by_role("heading", name="Log in").wait_for()
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator("html.js").wait_for(state="attached")
    page.get_by_label("Language").select_option("zh-hans")
    page.get_by_role("heading", name="登录").wait_for()
