"""Builders for test data, going through the same services as production code.

The one home of builders: conftests hold fixtures (which call these), and tests of every package import
builders from here, never from another package's conftest. Sessions are built one way, ``make_session``
(``studio_create`` + ``session_create``); ``make_live`` takes one through the real publishing gate and on air.
Products are registered by the product desk (``product_create``); the organisation tests' two banks
(``make_org``) and campaigns (``make_campaign``) go through their services too. Harness helpers (processes,
servers, clients) are in ``tests.support``.
"""

import time
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from itertools import count

import factory
from django.contrib.auth.models import User
from django.db import OperationalError
from django.utils import timezone

from accounts.roles import Role, has_role
from accounts.services import (
    compliance_officer_create,
    customer_create,
    product_manager_create,
    risk_assessment_record,
    rm_create,
)
from campaigns.services import campaign_create, campaign_template_submit
from compliance.models import SubmissionStatus
from compliance.services.gate import session_content_submit
from compliance.services.review import submission_approve, submission_check
from organisations.models import Branch, Institution
from organisations.services import branch_create, institution_create, membership_assign
from products.models import Product, ProductStatus
from products.services import product_create
from studio.models import LiveSession, Studio
from studio.services.sessions import session_create, session_go_live, studio_create

PASSWORD = "test-pass-123"
_licence = count(1)


def make_rm(username: str):
    return rm_create(
        username=username,
        password=PASSWORD,
        display_name=f"RM {username}",
        branch="Test branch",
        licence_number=f"LIC-{next(_licence):06d}",
    )


def make_compliance_officer(username: str):
    return compliance_officer_create(username=username, password=PASSWORD)


def make_product_manager(username: str):
    return product_manager_create(username=username, password=PASSWORD)


def make_customer(username: str, *, level: str | None = "C3", assessed_days_ago: int = 10):
    user = customer_create(username=username, password=PASSWORD)
    if level:
        risk_assessment_record(
            customer=user, level=level, assessed_at=timezone.now() - timedelta(days=assessed_days_ago)
        )
    return type(user).objects.get(pk=user.pk)  # fresh, so user.customer_profile is the stored one


_PRODUCT_DESK_USERNAME = "factory-product-desk"


def product_desk():
    """The product-desk member who registers the builders' products (made once per test database)."""
    return User.objects.filter(username=_PRODUCT_DESK_USERNAME).first() or make_product_manager(
        _PRODUCT_DESK_USERNAME
    )


class ProductFactory(factory.django.DjangoModelFactory):
    """A product on sale, registered by the product desk through ``product_create`` (validated, audited)."""

    class Meta:
        model = Product

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return product_create(actor=product_desk(), **kwargs)

    code = factory.Sequence(lambda n: f"P{n:04d}")
    name = factory.Sequence(lambda n: f"测试理财{n}号")
    type = "wmp"
    issuer = "测试理财有限责任公司"
    risk_level = "R2"
    benchmark_min = Decimal("2.800")
    benchmark_max = Decimal("3.600")
    principal_protected = False
    status = ProductStatus.ON_SALE
    sale_start = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    sale_end = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))
    card_text = (
        "R2中低风险，业绩比较基准2.80%–3.60%（年化），不代表实际收益。理财非存款、产品有风险、投资须谨慎。"
    )


R4_CARD = "R4中高风险混合基金。基金过往业绩不代表其未来表现，基金投资有风险，投资须谨慎。"
CLEAN_SCRIPT = (
    "大家好，今天和大家聊聊理财产品的风险等级。本产品风险等级为R2（中低风险），"
    "理财非存款、产品有风险、投资须谨慎。"
)
#: A compliant announcement and script that name an R2 and an R4 product (``make_session``'s, the world's).
DESCRIPTION = "讲解理财产品风险等级与适当性。理财非存款、产品有风险、投资须谨慎。基金有风险，投资须谨慎。"
SCRIPT = (
    "大家好，今天介绍理财产品的风险等级。两款产品分别为R2中低风险和R4中高风险。"
    "理财非存款、产品有风险、投资须谨慎。基金有风险，投资须谨慎。"
)
VIOLATING_SCRIPT = "这款理财保本保收益，稳赚不赔，放心买！<script>alert(1)</script>"


def studio_of(owner, *, name: str = "稳健理财演播室") -> Studio:
    """``owner``'s studio (their first), made through ``studio_create`` when they have none."""
    return Studio.objects.filter(owner=owner).first() or studio_create(owner=owner, name=name)


def make_session(rm, products=None, **overrides) -> LiveSession:
    """A draft session in ``rm``'s studio, through ``session_create``; ``products``: the ``products`` fixture's
    dict (its R2 and R4 are featured) unless ``featured_product_ids`` is given."""
    fields = {
        "title": "稳健理财入门：认识风险等级",
        "description": DESCRIPTION,
        "script": SCRIPT,
        "scheduled_start": timezone.now() + timedelta(hours=1),
        **({"featured_product_ids": [products["r2"].pk, products["r4"].pk]} if products else {}),
        **overrides,
    }
    return session_create(studio=studio_of(rm), actor=rm, **fields)


def make_review_session(
    owner,
    *,
    script=CLEAN_SCRIPT,
    title="认识理财产品的风险等级",
    description="讲解理财产品风险等级与适当性。理财非存款、产品有风险、投资须谨慎。",
    products=(),
):
    """A draft session to review (a script, an announcement, ``products``' cards), scheduled tomorrow.

    Built by ``make_session`` for an RM. A session owned by someone else (an officer, to test that nobody
    approves their own content) is a state the services refuse to make, so it is written directly.
    """
    fields = {
        "title": title,
        "description": description,
        "script": script,
        "scheduled_start": timezone.now() + timedelta(days=1),
    }
    if has_role(owner, Role.RM):
        return make_session(owner, featured_product_ids=[p.pk for p in products], **fields)
    studio = Studio.objects.filter(owner=owner).first() or Studio.objects.create(
        owner=owner, name="稳健理财演播室"
    )
    session = LiveSession.objects.create(studio=studio, **fields)
    session.featured_products.set(products)
    return session


def submissions_check_now(submissions, *, timeout: float = 30.0) -> None:
    """Run the engine on each pending submission in this process, as the review task would.

    With a Celery worker running (transactional tests), the worker may hold or have done a check:
    then this waits until the submission's check is stored, whoever stores it.
    """
    for sub in submissions:
        deadline = time.monotonic() + timeout
        sub.refresh_from_db()
        while sub.status in (SubmissionStatus.PENDING, SubmissionStatus.CHECKING):
            if time.monotonic() > deadline:
                raise AssertionError(f"submission #{sub.pk} was not checked within {timeout} s")
            if sub.status == SubmissionStatus.PENDING:
                try:
                    submission_check(submission_id=sub.pk, token=f"test-{sub.pk}")
                except OperationalError:  # a worker holds the row (NOWAIT): let it finish
                    pass
            time.sleep(0.02)
            sub.refresh_from_db()


def session_make_approved(session, officer, *, note: str = "approved in a test"):
    """Submit ``session`` as its RM, check every piece of content now, and approve it as ``officer``.

    Returns the session, reloaded: its state is ``approved`` afterwards. Raises ``AssertionError`` naming
    the findings when some content cannot be approved (a ``block`` finding): use compliant test texts.
    """
    submissions = session_content_submit(session=session, author=session.studio.owner)
    submissions_check_now(submissions)
    for sub in submissions:
        if sub.status == SubmissionStatus.APPROVED:
            continue
        blocking = [f"{f.code}: {f.excerpt}" for f in sub.findings.all() if f.severity == "block"]
        assert not blocking, f"{sub.kind} #{sub.pk} has block findings: {blocking}"
        submission_approve(submission=sub, officer=officer, note=note)
    session.refresh_from_db()
    assert session.state == "approved", f"session is {session.state} after approving all its content"
    return session


def make_live(session, officer):
    """Take a draft ``session`` through the publishing gate (approved by ``officer``) and on air."""
    session_make_approved(session, officer)
    return session_go_live(session=session, actor=session.studio.owner)


def make_video_session(*, live: bool = True, approved: bool = True, **fields):
    """The video tests' session: ``rm-video``'s, featuring one R2 product; approved and live unless told.
    Returns ``(session, rm, officer, product)``."""
    rm = make_rm("rm-video")
    officer = make_compliance_officer("officer-video")
    studio = studio_create(owner=rm, name="视频演播室")
    product = ProductFactory(code="VID01", name="安盈稳享30天", risk_level="R2")
    session = session_create(
        studio=studio,
        actor=rm,
        title="稳健理财直播",
        description="理财非存款、产品有风险、投资须谨慎。",
        scheduled_start=timezone.now() + timedelta(minutes=5),
        script="今天介绍一款R2产品，业绩比较基准不代表实际收益。理财非存款、产品有风险、投资须谨慎。",
        featured_product_ids=[product.pk],
        **fields,
    )
    if approved:
        session = session_make_approved(session, officer)
    if live:
        session = session_go_live(session=session, actor=rm)
    return session, rm, officer, product


# -- organisations and campaigns ----------------------------------------------------------------------------
# Two banks, built through the real services. Bank A has two branches (``b1``, ``b2``) with an RM each, a branch
# manager of ``b1``, an officer and head office; bank B has an RM and an officer of its own. A campaign of
# bank A is created by its head office.


@dataclass
class Org:
    bank_a: Institution
    bank_b: Institution
    b1: Branch
    b2: Branch
    b_main: Branch
    rm_a1: User
    rm_a2: User
    manager_b1: User
    officer_a: User
    head_a: User
    rm_b: User
    officer_b: User


def make_staff(username: str) -> User:
    return User.objects.create_user(username=username, password=PASSWORD)


def make_org(prefix: str = "o") -> Org:
    bank_a = institution_create(code=f"{prefix}-bank-a", name="甲银行")
    bank_b = institution_create(code=f"{prefix}-bank-b", name="乙银行")
    b1 = branch_create(institution=bank_a, code="b1", name="甲银行城东支行")
    b2 = branch_create(institution=bank_a, code="b2", name="甲银行城西支行")
    b_main = branch_create(institution=bank_b, code="main", name="乙银行营业部")
    org = Org(
        bank_a=bank_a,
        bank_b=bank_b,
        b1=b1,
        b2=b2,
        b_main=b_main,
        rm_a1=make_rm(f"{prefix}-rm-a1"),
        rm_a2=make_rm(f"{prefix}-rm-a2"),
        manager_b1=make_staff(f"{prefix}-mgr-b1"),
        officer_a=make_compliance_officer(f"{prefix}-off-a"),
        head_a=make_staff(f"{prefix}-head-a"),
        rm_b=make_rm(f"{prefix}-rm-b"),
        officer_b=make_compliance_officer(f"{prefix}-off-b"),
    )
    membership_assign(user=org.rm_a1, institution=bank_a, branch=b1, role="rm")
    membership_assign(user=org.rm_a2, institution=bank_a, branch=b2, role="rm")
    membership_assign(user=org.manager_b1, institution=bank_a, branch=b1, role="branch_manager")
    membership_assign(user=org.officer_a, institution=bank_a, role="officer")
    membership_assign(user=org.head_a, institution=bank_a, role="head_office")
    membership_assign(user=org.rm_b, institution=bank_b, branch=b_main, role="rm")
    membership_assign(user=org.officer_b, institution=bank_b, role="officer")
    for name in ("rm_a1", "rm_a2", "manager_b1", "officer_a", "head_a", "rm_b", "officer_b"):
        setattr(org, name, User.objects.get(pk=getattr(org, name).pk))  # fresh: no cached roles or scope
    return org


def featured_products() -> list[int]:
    """An R2 and an R4 product, as the compliant test script (``SCRIPT``) names both."""
    return [
        ProductFactory(risk_level="R2").pk,
        ProductFactory(
            risk_level="R4", type="fund", benchmark_min=None, benchmark_max=None, card_text=R4_CARD
        ).pk,
    ]


def draft_session(
    rm: User, *, title: str = "机构场次", script: str = SCRIPT, product_ids: list[int] | None = None
):
    studio = Studio.objects.filter(owner=rm).first() or studio_create(owner=rm, name="演播室")
    return session_create(
        studio=studio,
        actor=rm,
        title=title,
        description=DESCRIPTION,
        script=script,
        scheduled_start=timezone.now() + timedelta(hours=2),
        featured_product_ids=product_ids or featured_products(),
    )


def make_campaign(org, *, approve: bool = True, segments=("vip",)):
    today = timezone.localdate()
    campaign = campaign_create(
        actor=org.head_a,
        name="理财周",
        starts_on=today,
        ends_on=today + timedelta(days=7),
        title="理财周：认识风险等级",
        description=DESCRIPTION,
        script=SCRIPT,
        poster_text="理财周直播，扫码预约。理财非存款、产品有风险、投资须谨慎。",
        product_ids=featured_products(),
        segments=list(segments),
    )
    if approve:
        template_approve(campaign, org.officer_a)
    return campaign


def template_approve(campaign, officer) -> list:
    submissions = campaign_template_submit(campaign=campaign, actor=campaign.created_by)
    submissions_check_now(submissions)
    for sub in submissions:
        sub.refresh_from_db()
        if sub.status != SubmissionStatus.APPROVED:
            submission_approve(submission=sub, officer=officer, note="总行模板一次审核")
    campaign.template_session.refresh_from_db()
    assert campaign.template_session.state == "approved"
    return submissions


def named_studio_of(rm):
    """``rm``'s studio, named after them when made here (the organisation tests' studios)."""
    return studio_of(rm, name=f"{rm.username} 演播室")


def in_hours(hours: float):
    return timezone.now() + timedelta(hours=hours)


def studio_reviewed(rm, officer):
    """Give ``rm`` a studio whose name and description an officer approved once (in an ordinary session): an
    announcement names the studio, so a campaign copy reuses the template's approval only for reviewed studios."""
    named_studio_of(rm)
    return session_make_approved(draft_session(rm, title="演播室首场"), officer)
