import pytest
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command

from products.models import Product


@pytest.mark.django_db
def test_demo_data_loads_once_with_the_documented_users(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("DEMO_PASSWORD", "demo-pass-1")
    call_command("demo_data")
    call_command("demo_data")  # idempotent: the second run changes nothing

    for username in ("rm1", "rm2", "officer1", "c1", "c2", "c3", "c5"):
        assert authenticate(username=username, password="demo-pass-1") is not None, username
    assert Product.objects.count() == 10
    assert {p.type for p in Product.objects.all()} == {"deposit", "wmp", "fund", "insurance"}
    c3 = authenticate(username="c3", password="demo-pass-1")
    from django.utils import timezone

    assert c3.customer_profile.expires_at < timezone.now()


@pytest.mark.django_db
def test_demo_data_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("demo_data")


@pytest.mark.django_db
def test_all_demo_content_passes_the_engine_of_its_own_pack(settings, monkeypatch):
    """Demo data passes its own rules (issue 19): every product card, every session's script and
    announcement, under the pack its author is judged by, has no finding an officer would have to reject
    or weigh; so any demo session, featuring any demo product, can be approved."""
    from compliance.models import Finding, Severity
    from compliance.screening import text_check
    from compliance.selectors import session_content
    from compliance.services.rule_packs import pack_for_author
    from studio.models import LiveSession

    settings.DEBUG = True
    monkeypatch.setenv("DEMO_PASSWORD", "demo-pass-1")
    call_command("demo_data")

    problems = []
    for product in Product.objects.order_by("code"):
        for pack in ("cn", pack_for_author(None).name):
            result = text_check(
                text=product.card_text, kind="product_card", products=[product], pack_name=pack
            )
            problems += [
                (product.code, pack, f.code, f.excerpt)
                for f in result.findings
                if f.severity in (Severity.BLOCK, Severity.REVIEW)
            ]
    sessions = list(LiveSession.objects.select_related("studio").prefetch_related("featured_products"))
    assert sessions, "the demo has sessions"
    for session in sessions:
        pack = pack_for_author(session.studio.owner_id).name
        for item in session_content(session):
            products = [item.product] if item.product else list(session.featured_products.all())
            result = text_check(text=item.text, kind=item.kind, products=products, pack_name=pack)
            problems += [
                (session.title, item.kind, f.code, f.excerpt)
                for f in result.findings
                if f.severity in (Severity.BLOCK, Severity.REVIEW)
            ]
    assert problems == []
    # What the demo stored went through the real gate without a block finding.
    assert not Finding.objects.filter(severity=Severity.BLOCK).exists()


@pytest.mark.django_db
def test_a_session_featuring_every_demo_product_can_be_approved(settings, monkeypatch):
    """GOLD01's card once failed the CN pack, so no session featuring it could be approved."""
    from compliance.models import SubmissionStatus
    from compliance.services.gate import session_content_submit
    from compliance.services.review import submission_approve, submission_check
    from studio.models import LiveSession, SessionState, Studio
    from studio.services.sessions import session_create

    SCRIPT = "今天逐一介绍这些产品的风险等级和特点，请根据自己的风险承受能力选择。理财非存款、产品有风险、投资须谨慎。基金有风险，投资须谨慎。保险产品不等同于存款，提前退保可能造成损失。"
    settings.DEBUG = True
    monkeypatch.setenv("DEMO_PASSWORD", "demo-pass-1")
    call_command("demo_data")
    rm1 = authenticate(username="rm1", password="demo-pass-1")
    officer = authenticate(username="officer1", password="demo-pass-1")
    from django.utils import timezone

    session = session_create(
        studio=Studio.objects.filter(owner=rm1).first(),
        actor=rm1,
        title="全部产品巡礼",
        description=SCRIPT,
        script=SCRIPT,
        scheduled_start=timezone.now() + timezone.timedelta(days=1),
        featured_product_ids=list(Product.objects.values_list("pk", flat=True)),
    )
    for submission in session_content_submit(session=session, author=rm1):
        if submission.status == SubmissionStatus.PENDING:
            submission_check(submission_id=submission.pk, token=f"t-{submission.pk}")
        submission.refresh_from_db()
        assert not submission.findings.filter(severity="block").exists(), (
            submission.kind,
            submission.product,
        )
        if submission.status != SubmissionStatus.APPROVED:
            submission_approve(submission=submission, officer=officer, note="ok")
    assert LiveSession.objects.get(pk=session.pk).state == SessionState.APPROVED
