"""Demo organisation: 云银行 with two branches, a branch manager, head office, an institution-scoped officer,
customers' books and a campaign (its template approved once, rm2's session made from it). Idempotent."""

from datetime import timedelta

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from accounts.services import compliance_officer_create
from campaigns.models import Campaign
from campaigns.services import campaign_create, campaign_session_create, campaign_template_submit
from compliance.models import SubmissionStatus
from compliance.services.gate import session_content_submit
from compliance.services.review import submission_approve, submission_check
from organisations.models import Institution
from organisations.services import book_assign, branch_create, institution_create, membership_assign
from products.models import Product
from studio.demo import DEMO_SESSION_DESCRIPTION, DEMO_SESSION_PRODUCTS, DEMO_SESSION_SCRIPT
from studio.models import Studio

DEMO_ORG_USERNAMES = ("manager1", "head1", "officer2")
DEMO_CAMPAIGN = "云银行理财周"


def _user(username: str, password: str) -> User:
    user = User.objects.filter(username=username).first()
    return user or User.objects.create_user(
        username=username, password=password, email=f"{username}@example.com"
    )


@transaction.atomic
def demo_organisation_ensure(*, password: str) -> None:
    rm1, rm2 = User.objects.filter(username="rm1").first(), User.objects.filter(username="rm2").first()
    officer1 = User.objects.filter(username="officer1").first()
    if rm1 is None or rm2 is None or officer1 is None or Institution.objects.filter(code="yunbank").exists():
        return
    bank = institution_create(code="yunbank", name="云银行", pack_name="cn")
    lujiazui = branch_create(institution=bank, code="lujiazui", name="上海陆家嘴支行")
    jinrongjie = branch_create(institution=bank, code="jinrongjie", name="北京金融街支行")
    membership_assign(user=rm1, institution=bank, branch=lujiazui, role="rm")
    membership_assign(user=rm2, institution=bank, branch=jinrongjie, role="rm")
    membership_assign(
        user=_user("manager1", password), institution=bank, branch=lujiazui, role="branch_manager"
    )
    head = _user("head1", password)
    membership_assign(user=head, institution=bank, role="head_office")
    officer2 = User.objects.filter(username="officer2").first() or compliance_officer_create(
        username="officer2", password=password, email="officer2@example.com"
    )
    membership_assign(user=officer2, institution=bank, role="officer")
    for username, rm, band, holdings in (
        ("c1", rm1, "affluent", {"deposit": 300000}),
        ("c3", rm1, "mass", {"wmp": 20000}),
        ("c2", rm2, "affluent", {"wmp": 80000, "fund": 10000}),
        ("c5", rm2, "private", {"fund": 2500000, "insurance": 500000}),
    ):
        customer = User.objects.filter(username=username).first()
        if customer is not None:
            book_assign(customer=customer, rm=rm, assets_band=band, holdings=holdings)
    _demo_campaign(User.objects.get(pk=head.pk), officer1, User.objects.get(pk=rm2.pk))


def _demo_campaign(head: User, officer: User, rm: User) -> Campaign:
    today = timezone.localdate()
    campaign = campaign_create(
        actor=head,
        name=DEMO_CAMPAIGN,
        starts_on=today,
        ends_on=today + timedelta(days=7),
        title="理财周 · 稳健理财与基金配置",
        description=DEMO_SESSION_DESCRIPTION,
        script=DEMO_SESSION_SCRIPT,
        poster_text="云银行理财周，每晚八点直播。理财非存款、产品有风险、投资须谨慎。",
        product_ids=list(Product.objects.filter(code__in=DEMO_SESSION_PRODUCTS).values_list("pk", flat=True)),
        segments=["salaried", "retiree"],
    )
    _check_and_approve(
        campaign_template_submit(campaign=campaign, actor=head), officer, "总行理财周模板，一次审核。"
    )
    studio = Studio.objects.filter(owner=rm).order_by("id").first()
    link = campaign_session_create(
        campaign=campaign, actor=rm, studio_id=studio.pk, scheduled_start=timezone.now() + timedelta(days=1)
    )
    # The unedited script is approved by the template; the announcement names rm2's own studio, reviewed once.
    _check_and_approve(
        session_content_submit(session=link.session, author=rm), officer, "演播室名称与简介已审核。"
    )
    return campaign


def _check_and_approve(submissions, officer: User, note: str) -> None:
    for submission in submissions:
        if submission.status == SubmissionStatus.PENDING:
            submission_check(submission_id=submission.pk, token=f"demo-{submission.pk}")
        submission.refresh_from_db()
        if submission.status in (SubmissionStatus.PASSED, SubmissionStatus.FLAGGED):
            submission_approve(submission=submission, officer=officer, note=note)
