"""Builders for test data, going through the same services as production code.

The one home of builders: conftests hold fixtures (which call these), and tests of every package import
builders from here, never from another package's conftest. Sessions are built one way, ``make_session``
(``studio_create`` + ``session_create``); ``make_live`` takes one through the real publishing gate and on air.
"""

import time
from datetime import timedelta
from decimal import Decimal
from itertools import count

import factory
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
from compliance.models import SubmissionStatus
from compliance.services.gate import session_content_submit
from compliance.services.review import submission_approve, submission_check
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


PRODUCT_DESK = "factory-product-desk"


def product_desk():
    """The product-desk member who registers the builders' products (made once per test database)."""
    from django.contrib.auth.models import User

    return User.objects.filter(username=PRODUCT_DESK).first() or make_product_manager(PRODUCT_DESK)


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
VIOLATING_SCRIPT = "这款理财保本保收益，稳赚不赔，放心买！<script>alert(1)</script>"


def studio_of(owner, *, name: str = "稳健理财演播室") -> Studio:
    """``owner``'s studio (their first), made through ``studio_create`` when they have none."""
    return Studio.objects.filter(owner=owner).first() or studio_create(owner=owner, name=name)


def make_session(rm, products=None, **overrides) -> LiveSession:
    """A draft session in ``rm``'s studio, through ``session_create``; ``products``: the ``products`` fixture's
    dict (its R2 and R4 are featured) unless ``featured_product_ids`` is given."""
    fields = {
        "title": "稳健理财入门：认识风险等级",
        "description": "讲解理财产品风险等级与适当性。理财非存款、产品有风险、投资须谨慎。基金有风险，投资须谨慎。",
        "script": (
            "大家好，今天介绍理财产品的风险等级。两款产品分别为R2中低风险和R4中高风险。"
            "理财非存款、产品有风险、投资须谨慎。基金有风险，投资须谨慎。"
        ),
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
