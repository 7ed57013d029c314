"""A product card's text has an edit path through the gate (issue 19).

GOLD01's demo card once failed the CN pack, so every session featuring it came back from review. The product
desk corrects a card through the product API; the corrected text is reviewed again, and no customer sees a
card text that an officer has not approved: a live room refuses to push it until then.
"""

import pytest
from rest_framework.test import APIClient

from compliance.models import Severity, Submission, SubmissionStatus
from compliance.selectors import product_card_approved
from compliance.services.gate import session_content_submit
from compliance.services.review import submission_approve, submission_reject
from core.exceptions import Conflict
from studio.models import CardPush, LiveSession, SessionState
from studio.services.room import card_push
from studio.services.sessions import session_go_live
from tests.factories import (
    ProductFactory,
    make_product_manager,
    make_session,
    session_make_approved,
    submissions_check_now,
)

pytestmark = pytest.mark.django_db

FAILING_CARD = "R4中高风险，跟踪黄金价格，波动较大。基金过往业绩不代表其未来表现，基金投资有风险。"
FIXED_CARD = (
    "R4中高风险，跟踪黄金价格，净值波动较大。基金过往业绩不代表其未来表现，基金投资有风险，投资须谨慎。"
)
FIXED_AGAIN = FIXED_CARD + "详见基金合同和招募说明书。"


def _desk_edits_the_card(product, text: str) -> None:
    desk = APIClient()
    desk.force_authenticate(make_product_manager(f"desk-{len(text)}"))
    response = desk.patch(f"/api/products/{product.pk}/", {"card_text": text}, format="json")
    assert response.status_code == 200, response.content


def test_a_card_with_a_block_finding_is_corrected_by_the_desk_and_reviewed_again(rm, officer):
    r2 = ProductFactory(risk_level="R2")
    gold = ProductFactory(
        code="GOLD01",
        name="云银黄金ETF联接基金C",
        type="fund",
        risk_level="R4",
        benchmark_min=None,
        benchmark_max=None,
        card_text=FAILING_CARD,
    )
    session = make_session(rm, {"r2": r2, "r4": gold})

    submissions = session_content_submit(session=session, author=rm)
    submissions_check_now(submissions)
    card = Submission.objects.get(product=gold, kind="product_card", withdrawn_at__isnull=True)
    assert card.findings.filter(severity=Severity.BLOCK).exists()
    with pytest.raises(Conflict):  # an officer cannot approve it ...
        submission_approve(submission=card, officer=officer)
    submission_reject(
        submission=card, officer=officer, note="卡片缺少基金风险提示，请产品部修改。"
    )  # ... only return it
    assert LiveSession.objects.get(pk=session.pk).state == SessionState.DRAFT

    _desk_edits_the_card(gold, FIXED_CARD)  # the edit path: the product desk, through the product API

    session = LiveSession.objects.get(pk=session.pk)
    session_make_approved(session, officer)  # the RM resubmits; the corrected card passes and is approved
    gold.refresh_from_db()
    assert gold.card_text == FIXED_CARD and product_card_approved(gold)
    live = session_go_live(session=LiveSession.objects.get(pk=session.pk), actor=rm)
    assert card_push(session_id=live.pk, actor=rm, product_id=gold.pk).card_text == FIXED_CARD


def test_a_card_edited_while_live_is_not_shown_until_it_is_approved_again(rm, officer):
    r2 = ProductFactory(risk_level="R2")
    gold = ProductFactory(
        code="GOLD01",
        type="fund",
        risk_level="R4",
        benchmark_min=None,
        benchmark_max=None,
        card_text=FIXED_CARD,
    )
    session = session_make_approved(make_session(rm, {"r2": r2, "r4": gold}), officer)
    live = session_go_live(session=session, actor=rm)
    first = card_push(session_id=live.pk, actor=rm, product_id=gold.pk)

    _desk_edits_the_card(gold, FIXED_AGAIN)

    gold.refresh_from_db()
    assert not product_card_approved(gold)
    with pytest.raises(Conflict) as refused:
        card_push(session_id=live.pk, actor=rm, product_id=gold.pk)
    assert refused.value.code == "card_not_approved"
    assert CardPush.objects.get(pk=first.pk).card_text == FIXED_CARD  # what customers saw stays as it was
    pending = Submission.objects.get(
        product=gold,
        kind="product_card",
        withdrawn_at__isnull=True,
        status__in=[
            SubmissionStatus.PENDING,
            SubmissionStatus.CHECKING,
            SubmissionStatus.PASSED,
            SubmissionStatus.FLAGGED,
        ],
    )
    submissions_check_now([pending])
    submission_approve(submission=pending, officer=officer)
    assert card_push(session_id=live.pk, actor=rm, product_id=gold.pk).card_text == FIXED_AGAIN
