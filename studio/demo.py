"""Demo data so a newcomer sees a working system at once. Loaded once; never in production."""

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from accounts.services import (
    compliance_officer_create,
    customer_create,
    product_manager_create,
    risk_assessment_record,
    rm_create,
)
from products.models import Product, ProductStatus
from products.services import product_create
from studio.models import LiveSession, SessionState, Studio
from studio.services.sessions import studio_create

DEMO_USERNAMES = ("rm1", "rm2", "officer1", "c1", "c2", "c3", "c5")

# code, name, type, issuer, risk, benchmark min/max (% p.a.), protected, term days, minimum, card text
DEMO_PRODUCTS = [
    (
        "DEP3Y",
        "三年期整存整取定期存款",
        "deposit",
        "云银行",
        "R1",
        "2.000",
        "2.000",
        True,
        1095,
        "50",
        "三年期定期存款，年利率2.00%，存款受《存款保险条例》保护。",
    ),
    (
        "SD90",
        "挂钩黄金看涨结构性存款（90天）",
        "deposit",
        "云银行",
        "R1",
        "1.300",
        "2.600",
        True,
        90,
        "10000",
        "结构性存款，保本浮动收益，收益区间1.30%–2.60%（年化），实际收益取决于挂钩标的表现，不代表未来收益。结构性存款不同于一般性存款，具有投资风险，投资须谨慎。",
    ),
    (
        "AYWX090",
        "安盈稳享90天持有期固收理财",
        "wmp",
        "云银理财有限责任公司",
        "R2",
        "2.800",
        "3.600",
        False,
        90,
        "1",
        "R2中低风险，业绩比较基准2.80%–3.60%（年化），业绩比较基准不代表产品未来表现和实际收益。理财非存款、产品有风险、投资须谨慎。",
    ),
    (
        "XJB01",
        "天天宝现金管理类理财",
        "wmp",
        "云银理财有限责任公司",
        "R1",
        "1.500",
        "2.100",
        False,
        None,
        "0.01",
        "R1低风险现金管理类产品，收益随市场波动，过往收益不代表未来收益。理财非存款、产品有风险、投资须谨慎。",
    ),
    (
        "GS180",
        "固收+稳健180天理财",
        "wmp",
        "云银理财有限责任公司",
        "R3",
        "3.200",
        "4.500",
        False,
        180,
        "1",
        "R3中风险，业绩比较基准3.20%–4.50%（年化），不代表实际收益。理财非存款、产品有风险、投资须谨慎。",
    ),
    (
        "BOND01",
        "云银中短债债券基金A",
        "fund",
        "云银基金管理有限公司",
        "R3",
        None,
        None,
        False,
        None,
        "10",
        "R3中风险债券基金。基金过往业绩不代表其未来表现，基金投资有风险，投资须谨慎，请仔细阅读基金合同和招募说明书。",
    ),
    (
        "MIX01",
        "云银均衡成长混合基金",
        "fund",
        "云银基金管理有限公司",
        "R4",
        None,
        None,
        False,
        None,
        "10",
        "R4中高风险混合基金。基金过往业绩不代表其未来表现，基金投资有风险，投资须谨慎。",
    ),
    (
        "TECH01",
        "云银科技创新股票基金",
        "fund",
        "云银基金管理有限公司",
        "R5",
        None,
        None,
        False,
        None,
        "10",
        "R5高风险股票基金，净值波动较大。基金过往业绩不代表其未来表现，基金投资有风险，投资须谨慎。",
    ),
    (
        "ANN10",
        "金福年年增额终身寿险",
        "insurance",
        "云银人寿保险股份有限公司",
        "R2",
        None,
        None,
        False,
        3650,
        "10000",
        "增额终身寿险，保单现金价值以合同为准，提前退保可能损失本金。保险产品不是存款，请仔细阅读保险条款。",
    ),
    (
        "GOLD01",
        "云银黄金ETF联接基金C",
        "fund",
        "云银基金管理有限公司",
        "R4",
        None,
        None,
        False,
        None,
        "10",
        "R4中高风险，跟踪黄金价格，净值波动较大。基金过往业绩不代表其未来表现，基金投资有风险，投资须谨慎。",
    ),
]


DEMO_SESSION_TITLE = "稳健理财与基金配置：认识风险等级"
DEMO_SESSION_DESCRIPTION = "王晓岚讲解理财产品与基金的风险等级、业绩比较基准的含义，以及如何选择与自己风险承受能力相匹配的产品。理财非存款、产品有风险、投资须谨慎。基金有风险，投资须谨慎。"
DEMO_SESSION_SCRIPT = (
    "大家好，我是云银行上海陆家嘴支行的理财经理王晓岚。今天和大家聊聊理财产品和基金的风险等级。"
    "安盈稳享90天持有期固收理财为R2中低风险产品，业绩比较基准2.80%–3.60%（年化），"
    "业绩比较基准不代表产品未来表现和实际收益。云银均衡成长混合基金为R4中高风险产品，净值会有波动，"
    "基金过往业绩不代表其未来表现。请根据自己的风险承受能力选择产品。理财非存款、产品有风险、投资须谨慎。基金有风险，投资须谨慎。"
)
DEMO_SESSION_PRODUCTS = ("AYWX090", "MIX01")  # an R2 and an R4 product


# Apps above this one add their demo data through loaders registered at start-up (their AppConfig.ready):
# each is called with the demo password after the people, products and live room exist. Idempotent.
DEMO_EXTENSIONS: list[Callable[..., None]] = []


def demo_extension_register(loader: Callable[..., None]) -> None:
    if loader not in DEMO_EXTENSIONS:
        DEMO_EXTENSIONS.append(loader)


def _demo_extensions_run(password: str) -> None:
    for loader in DEMO_EXTENSIONS:
        loader(password=password)


def demo_data_is_loaded() -> bool:
    return User.objects.filter(username__in=DEMO_USERNAMES).exists()


def demo_live_session_ensure() -> LiveSession | None:
    """Make sure rm1 has a live session featuring an R2 and an R4 product, through the real gate.

    The content is submitted, checked by the engine in this process and approved by officer1, then the
    session goes live, as a real one would. Idempotent: an existing live demo session is returned as is.
    Returns None when the demo people are missing.
    """
    from compliance.models import SubmissionStatus
    from compliance.services.gate import session_content_submit
    from compliance.services.review import submission_approve, submission_check
    from studio.services.sessions import session_create, session_go_live

    rm1 = User.objects.filter(username="rm1").first()
    officer = User.objects.filter(username="officer1").first()
    studio = Studio.objects.filter(owner=rm1).order_by("id").first() if rm1 else None
    if studio is None or officer is None:
        return None
    session = LiveSession.objects.filter(studio=studio, title=DEMO_SESSION_TITLE).order_by("id").last()
    if session is not None and session.state in (SessionState.LIVE, SessionState.ENDED):
        return session
    if session is None:
        session = session_create(
            studio=studio,
            actor=rm1,
            title=DEMO_SESSION_TITLE,
            description=DEMO_SESSION_DESCRIPTION,
            script=DEMO_SESSION_SCRIPT,
            scheduled_start=timezone.now(),
            scheduled_end=timezone.now() + timedelta(hours=2),
            featured_product_ids=list(
                Product.objects.filter(code__in=DEMO_SESSION_PRODUCTS).values_list("pk", flat=True)
            ),
        )
    submissions = []
    if session.state in (SessionState.DRAFT, SessionState.IN_REVIEW):
        submissions = session_content_submit(session=session, author=rm1)
    for submission in submissions:
        if submission.status == SubmissionStatus.PENDING:
            submission_check(submission_id=submission.pk, token=f"demo-{submission.pk}")
        submission.refresh_from_db()
        if submission.status in (SubmissionStatus.PASSED, SubmissionStatus.FLAGGED):
            submission_approve(
                submission=submission, officer=officer, note="Demo content, approved for the demo room."
            )
    session.refresh_from_db()
    return session_go_live(session=session, actor=rm1)


@transaction.atomic
def demo_data_load(*, password: str) -> bool:
    """Create the demo people, studios, products and rm1's live room; returns False when present.

    When the people are present already, only a missing demo live session is (re)created.
    """
    if demo_data_is_loaded():
        demo_live_session_ensure()
        _demo_extensions_run(password)
        return False
    now = timezone.now()
    rm1 = rm_create(
        username="rm1",
        password=password,
        display_name="王晓岚",
        branch="云银行上海陆家嘴支行",
        licence_number="AMAC-F2023-018273",
        email="rm1@example.com",
    )
    rm2 = rm_create(
        username="rm2",
        password=password,
        display_name="Li Ming",
        branch="云银行北京金融街支行",
        licence_number="AMAC-F2021-004512",
        email="rm2@example.com",
    )
    compliance_officer_create(username="officer1", password=password, email="officer1@example.com")
    desk = product_manager_create(username="product1", password=password, email="product1@example.com")
    for username, level, assessed_days_ago, segments in [
        ("c1", "C1", 30, ["retiree", "deposit_holder"]),
        ("c2", "C2", 60, ["salaried", "new_customer"]),
        ("c3", "C3", 400, ["salaried"]),  # assessed over a year ago: expired
        ("c5", "C5", 10, ["private_banking", "fund_holder"]),
    ]:
        customer = customer_create(
            username=username, password=password, email=f"{username}@example.com", segments=segments
        )
        risk_assessment_record(
            customer=customer, level=level, assessed_at=now - timedelta(days=assessed_days_ago)
        )

    studio_create(owner=rm1, name="陆家嘴财富云演播室", description="稳健理财与基金配置")
    studio_create(owner=rm2, name="金融街云课堂", description="Funds and insurance explained")

    for code, name, type_, issuer, risk, bmin, bmax, protected, term, minimum, card in DEMO_PRODUCTS:
        product_create(  # through the service, as the product desk (audited like any product write)
            actor=desk,
            code=code,
            name=name,
            type=type_,
            issuer=issuer,
            risk_level=risk,
            benchmark_min=Decimal(bmin) if bmin else None,
            benchmark_max=Decimal(bmax) if bmax else None,
            principal_protected=protected,
            term_days=term,
            min_investment=Decimal(minimum),
            sale_start=now - timedelta(days=7),
            sale_end=now + timedelta(days=180),
            status=ProductStatus.ON_SALE,
            card_text=card,
        )
    demo_live_session_ensure()
    _demo_extensions_run(password)
    return True
