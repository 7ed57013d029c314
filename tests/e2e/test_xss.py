"""Script payloads in every user-written field are shown as text in the browser, never run.

Headless Chromium (the e2e package's fixtures: a real Daphne on the test database) opens every page that shows the
studio name, the session title and description, a customer's chat line and question, a share link's label and
the RM's display name, as each role that sees them. A payload that ran would set ``window.__xss``; the payload
must appear literally in the page's text instead.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from studio.services.room import chat_send, question_ask
from studio.services.sessions import session_create, session_go_live, studio_create
from tests.e2e.conftest import off_loop
from tests.factories import (
    ProductFactory,
    make_compliance_officer,
    make_customer,
    make_rm,
    session_make_approved,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.timeout(180),
]

PAYLOADS = {
    "studio": "<img src=x onerror=\"window.__xss='studio'\">演播室",
    "title": '<script>window.__xss="title"</script>标题',
    "description": (
        '"><svg onload="window.__xss=\'description\'"></svg>'
        "理财非存款、产品有风险、投资须谨慎。基金有风险，投资须谨慎。"
    ),
    "chat": "<img src=x onerror=\"window.__xss='chat'\">你好",
    "question": "<iframe srcdoc=\"<script>parent.__xss='question'</script>\"></iframe>问题",
    "share": "<b onmouseover=\"window.__xss='share'\">群</b>",
}


def _world():
    rm = make_rm("xss-rm")
    officer = make_compliance_officer("xss-officer")
    customer = make_customer("xss-c3", level="C3")
    studio = studio_create(owner=rm, name=PAYLOADS["studio"])
    r2 = ProductFactory(risk_level="R2")
    session = session_create(
        studio=studio,
        actor=rm,
        title=PAYLOADS["title"],
        description=PAYLOADS["description"],
        script="今天介绍R2中低风险产品。理财非存款、产品有风险、投资须谨慎。",
        scheduled_start=timezone.now() + timedelta(minutes=5),
        featured_product_ids=[r2.pk],
    )
    session_make_approved(session, officer)
    session_go_live(session=session, actor=rm)
    chat_send(session_id=session.pk, user=customer, text=PAYLOADS["chat"], ref="x1")
    question_ask(session_id=session.pk, user=customer, text=PAYLOADS["question"], ref="x2")
    from audience.services.admission import share_link_create

    share_link_create(session_id=session.pk, actor=rm, label=PAYLOADS["share"])
    return session, rm, officer, customer


def test_user_written_fields_are_rendered_as_text(site):
    session, rm, officer, customer = off_loop(_world)
    sid = session.pk
    visits = [
        (customer, f"/watch/{sid}/"),
        (customer, f"/watch/{sid}/live/"),
        (None, f"/watch/{sid}/live/"),
        (customer, "/watch/"),
        (rm, "/studio/"),
        (rm, f"/studio/sessions/{sid}/"),
        (rm, f"/studio/sessions/{sid}/console/"),
        (rm, f"/studio/sessions/{sid}/report/"),
        (officer, "/admin/studio/chatmessage/"),
        (officer, "/admin/studio/question/"),
        (officer, "/admin/studio/studio/"),
        (officer, "/admin/compliance/submission/"),
    ]
    shown: dict[str, list[str]] = {field: [] for field in PAYLOADS}
    for user, path in visits:
        page = site.signed_in(user) if user is not None else site.page()
        page.goto(path)
        page.wait_for_load_state("networkidle")
        # The live room keeps Q&A and the presenter's facts in tabs: their hidden panels count as shown.
        text = "\n".join(
            [page.locator("body").inner_text(), *page.locator("[role=tabpanel][hidden]").all_text_contents()]
        )
        for field, payload in PAYLOADS.items():
            if payload in text:
                shown[field].append(path)
        ran = page.evaluate("() => window.__xss")
        assert ran is None, f"{path}: the {ran} payload ran"
        assert page.locator("img[src=x], svg[onload], iframe[srcdoc], b[onmouseover]").count() == 0, path
    # Every field was seen as plain text somewhere it is shown (none was dropped or mangled instead).
    assert all(shown.values()), {field: paths for field, paths in shown.items() if not paths}
    assert f"/watch/{sid}/live/" in shown["chat"] and f"/watch/{sid}/live/" in shown["question"]
    assert f"/watch/{sid}/" in shown["title"] and f"/watch/{sid}/" in shown["description"]
    print(f"xss: {len(visits)} pages, {sum(map(len, shown.values()))} field renderings as text")  # noqa: T201
