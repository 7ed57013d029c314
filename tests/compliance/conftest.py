"""Fixtures of the review workflow: a studio session with a script, an announcement and one product card."""

from datetime import timedelta

import pytest
from django.utils import timezone

from studio.models import LiveSession, Studio
from tests.factories import ProductFactory, make_compliance_officer

CLEAN_SCRIPT = (
    "大家好，今天和大家聊聊理财产品的风险等级。本产品风险等级为R2（中低风险），"
    "理财非存款、产品有风险、投资须谨慎。"
)
VIOLATING_SCRIPT = "这款理财保本保收益，稳赚不赔，放心买！<script>alert(1)</script>"


def make_review_session(owner, *, script=CLEAN_SCRIPT, title="认识理财产品的风险等级",
                        description="讲解理财产品风险等级与适当性。理财非存款、产品有风险、投资须谨慎。", products=()):
    studio = Studio.objects.filter(owner=owner).first() or Studio.objects.create(owner=owner, name="稳健理财演播室")
    session = LiveSession.objects.create(studio=studio, title=title, description=description, script=script,
                                         scheduled_start=timezone.now() + timedelta(days=1))
    session.featured_products.set(products)
    return session


@pytest.fixture
def product(db):
    return ProductFactory()


@pytest.fixture
def session(rm, product):
    return make_review_session(rm, products=[product])


@pytest.fixture
def other_officer(db):
    return make_compliance_officer("officer-b")
