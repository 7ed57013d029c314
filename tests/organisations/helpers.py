"""Two banks for the organisation tests, built through the real services.

Bank A has two branches (``b1``, ``b2``) with an RM each, a branch manager of ``b1``, an officer and
head office; bank B has an RM and an officer of its own.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth.models import User
from django.utils import timezone

from organisations.models import Branch, Institution
from organisations.services import branch_create, institution_create, membership_assign
from studio.models import Studio
from studio.services.sessions import session_create, studio_create
from tests.factories import PASSWORD, ProductFactory, make_compliance_officer, make_rm
from tests.security.world import DESCRIPTION, R4_CARD, SCRIPT


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
    """An R2 and an R4 product, as the compliant test script (tests.security.world.SCRIPT) names both."""
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
