"""One small world for the authorisation tests, built through the real services and the real gate.

Five callers (``ROLES``): ``anonymous``, ``customer``, ``rm_own`` (owns the studio every object below
belongs to), ``rm_other`` (an RM with a studio of their own) and ``officer``. The objects cover every
state an endpoint cares about: a draft, a session under review with undecided submissions, an approved
upcoming session, a live one with chat, a question and a pushed card, and an ended one.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import timedelta

from django.apps import apps
from django.contrib.auth.models import User
from django.db import connection
from django.utils import timezone

from campaigns.services import campaign_create, campaign_session_create
from compliance.models import Submission, SubmissionStatus
from compliance.services.gate import session_content_submit
from compliance.services.notifications import notification_create
from organisations.services import (
    book_assign,
    branch_create,
    institution_create,
    lead_record,
    membership_assign,
)
from studio.models import ChatMessage, LiveSession
from studio.services.room import card_push, chat_send, question_ask
from studio.services.sessions import session_create, session_end, session_go_live, studio_create
from tests.factories import (
    DESCRIPTION,
    R4_CARD,
    SCRIPT,
    ProductFactory,
    draft_session,
    in_hours,
    make_campaign,
    make_compliance_officer,
    make_customer,
    make_org,
    make_product_manager,
    make_rm,
    named_studio_of,
    session_make_approved,
    studio_reviewed,
    submissions_check_now,
)

ROLES = ("anonymous", "customer", "rm_own", "rm_other", "officer")
#: The product desk (the only writer of product facts): a sixth caller for the rows where it differs.
PRODUCT_DESK = "product"


# Tables whose rows a request may touch without changing anything that matters: Django's own
# bookkeeping (sessions of a browser login, content types) is left out of the snapshot.
_IGNORED = {"sessions.session", "contenttypes.contenttype", "auth.permission"}


@dataclass
class World:
    users: dict
    studio: object
    other_studio: object
    products: dict
    sessions: dict
    submission: Submission
    card_id: int
    question_id: int
    line_id: int
    share_link: object
    notification: object
    extra: dict = field(default_factory=dict)

    def user(self, role: str):
        return self.users.get(role)


def _session(rm, products, *, title="稳健理财入门：认识风险等级", studio=None, **overrides) -> LiveSession:
    studio = studio or studio_create(owner=rm, name="稳健理财演播室")
    return session_create(
        studio=studio,
        actor=rm,
        title=title,
        description=DESCRIPTION,
        script=SCRIPT,
        scheduled_start=timezone.now() + timedelta(hours=2),
        featured_product_ids=[products["r2"].pk, products["r4"].pk],
        **overrides,
    )


def build_world(*, prefix: str = "w") -> World:
    rm_own = make_rm(f"{prefix}-rm-own")
    rm_other = make_rm(f"{prefix}-rm-other")
    officer = make_compliance_officer(f"{prefix}-officer")
    product_desk = make_product_manager(f"{prefix}-product")
    customer = make_customer(f"{prefix}-customer", level="C3")
    customer.customer_profile.segments = ["vip"]
    customer.customer_profile.save(update_fields=["segments"])
    products = {
        "r2": ProductFactory(risk_level="R2"),
        "r4": ProductFactory(
            risk_level="R4", type="fund", benchmark_min=None, benchmark_max=None, card_text=R4_CARD
        ),
    }
    studio = studio_create(owner=rm_own, name="稳健理财演播室")
    other_studio = studio_create(owner=rm_other, name="另一个演播室")

    draft = _session(rm_own, products, studio=studio, title="草稿场次")
    in_review = _session(rm_own, products, studio=studio, title="审核中的场次")
    submissions = session_content_submit(session=in_review, author=rm_own)
    submissions_check_now(submissions)
    submission = next(
        s
        for s in Submission.objects.filter(pk__in=[s.pk for s in submissions])
        if s.status in (SubmissionStatus.PASSED, SubmissionStatus.FLAGGED)
    )
    approved = session_make_approved(_session(rm_own, products, studio=studio, title="即将开播"), officer)
    live = session_make_approved(_session(rm_own, products, studio=studio, title="直播中"), officer)
    live = session_go_live(session=live, actor=rm_own)
    ended = session_make_approved(_session(rm_own, products, studio=studio, title="已结束"), officer)
    session_go_live(session=ended, actor=rm_own)
    ended = session_end(session=ended, actor=rm_own)

    ack = chat_send(session_id=live.pk, user=customer, text="请问R2产品的期限是多久？", ref="w-1")
    # A customer's line that must never become the room's pinned message (it fails the screening).
    unscreened = chat_send(
        session_id=live.pk, user=customer, text="这只R4基金保本保收益，稳赚不赔！", ref="w-2"
    )
    question = question_ask(session_id=live.pk, user=customer, text="R4适合我吗？", ref="w-q")
    card = card_push(session_id=live.pk, actor=rm_own, product_id=products["r2"].pk, ref="w-c")
    # A viewer's line and question the audience screening holds for the host or an officer.
    held_line = chat_send(session_id=live.pk, user=customer, text="加我威信 abc12345 详聊", ref="w-h")
    held_question = question_ask(session_id=live.pk, user=customer, text="内幕消息私聊我", ref="w-hq")

    from audience.services.admission import share_link_create
    from audience.services.reminders import reminder_subscribe

    share_link = share_link_create(session_id=live.pk, actor=rm_own, label="朋友圈")
    notification = notification_create(recipient=rm_own, kind="info", message="测试通知", session=live)
    reminder_subscribe(session_id=approved.pk, user=customer)

    extra = _organisation_objects(rm_own, customer, live, card)
    return World(
        users={
            "anonymous": None,
            "customer": customer,
            "rm_own": rm_own,
            "rm_other": rm_other,
            "officer": officer,
            PRODUCT_DESK: product_desk,
        },
        studio=studio,
        other_studio=other_studio,
        products=products,
        sessions={
            "draft": draft,
            "in_review": in_review,
            "approved": approved,
            "live": LiveSession.objects.get(pk=live.pk),
            "ended": ended,
        },
        submission=submission,
        card_id=card.pk,
        question_id=question.pk,
        line_id=ack["id"],
        share_link=share_link,
        notification=notification,
        extra={
            **extra,
            "unscreened_line_id": unscreened["id"],
            "held_line_id": held_line["id"],
            "held_question_id": held_question.pk,
        },
    )


def _organisation_objects(rm_own, customer, live, card) -> dict:
    """A bank none of the five callers belongs to: its branch and a campaign; and rm_own's lead."""
    bank = institution_create(code="w-bank", name="测试银行")
    branch = branch_create(institution=bank, code="w-branch", name="测试支行")
    head = User.objects.create_user(username="w-head-office", password="unused-password-1")
    membership_assign(user=head, institution=bank, role="head_office")
    today = timezone.localdate()
    campaign = campaign_create(
        actor=User.objects.get(pk=head.pk),
        name="理财周",
        starts_on=today,
        ends_on=today + timedelta(days=7),
        title="理财周",
        description=DESCRIPTION,
        script=SCRIPT,
    )
    lead, _ = lead_record(
        customer=customer,
        session_id=live.pk,
        session_owner_id=rm_own.pk,
        push_id=card.pk,
        product_id=card.product_id,
        share_link_id=None,
    )
    return {"bank": bank, "branch": branch, "campaign": campaign, "lead": lead}


def _snapshot_models() -> list:
    return [
        model
        for model in apps.get_models()
        if model._meta.label_lower not in _IGNORED and not model._meta.proxy and model._meta.managed
    ]


def db_snapshot() -> dict[str, str]:
    """A digest of every row of every project table (and auth's users, groups, tokens).

    On PostgreSQL one query digests every table (each row as text, in a stable order); elsewhere the ORM reads them.
    """
    models = _snapshot_models()
    if connection.vendor == "postgresql":
        parts = [
            f"SELECT %s, count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
            f"FROM {connection.ops.quote_name(model._meta.db_table)} t"
            for model in models
        ]
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), [m._meta.label_lower for m in models])
            return {label: f"{count}:{digest}" for label, count, digest in cursor.fetchall()}
    digests = {}
    for model in models:
        rows = list(model.objects.order_by("pk").values_list())
        digests[model._meta.label_lower] = (
            f"{len(rows)}:{hashlib.sha256(repr(rows).encode()).hexdigest()[:16]}"
        )
    return digests


def snapshot_diff(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return sorted(label for label in before.keys() | after.keys() if before.get(label) != after.get(label))


def transcript_ids(session_id: int) -> list[int]:
    return list(ChatMessage.objects.filter(session_id=session_id).order_by("pk").values_list("pk", flat=True))


# -- two banks' world for the organisation matrix (``tests/security/test_org_authorisation_matrix.py``) --------

#: The callers of the organisation matrix: bank A's RMs, branch manager, officer and head office; bank B's.
ORG_ROLES = (
    "anonymous",
    "customer",
    "rm_a1",
    "rm_a2",
    "manager_b1",
    "officer_a",
    "head_a",
    "rm_b",
    "officer_b",
)


@dataclass
class OrgWorld:
    users: dict
    org: object
    campaign: object
    draft: object
    live: object
    submission: Submission
    lead: object

    def user(self, role: str):
        return self.users.get(role)


def build_org_world() -> OrgWorld:
    org = make_org("m")
    customer = make_customer("m-customer", level="C3")
    book_assign(customer=customer, rm=org.rm_a1)
    for rm in (org.rm_a1, org.rm_a2, org.rm_b):
        named_studio_of(rm)
    campaign = make_campaign(org)
    studio_reviewed(org.rm_a1, org.officer_a)
    link = campaign_session_create(
        campaign=campaign,
        actor=org.rm_a1,
        studio_id=named_studio_of(org.rm_a1).pk,
        scheduled_start=in_hours(1),
    )
    session_content_submit(session=link.session, author=org.rm_a1)
    link.session.refresh_from_db()
    live = session_go_live(session=link.session, actor=org.rm_a1)
    card = card_push(
        session_id=live.pk,
        actor=org.rm_a1,
        product_id=live.featured_products.get(risk_level="R2").pk,
        ref="m-card",
    )
    lead, _ = lead_record(
        customer=customer,
        session_id=live.pk,
        session_owner_id=org.rm_a1.pk,
        push_id=card.pk,
        product_id=card.product_id,
        share_link_id=None,
    )
    draft = draft_session(org.rm_a1, title="分行草稿")
    in_review = draft_session(org.rm_a1, title="分行审核中")
    submissions = session_content_submit(session=in_review, author=org.rm_a1)
    submissions_check_now(submissions)
    submission = next(
        s
        for s in Submission.objects.filter(pk__in=[s.pk for s in submissions], session=in_review)
        if s.status in (SubmissionStatus.PASSED, SubmissionStatus.FLAGGED)
    )
    session_make_approved(draft_session(org.rm_b, title="乙银行场次"), org.officer_b)
    users = {
        "anonymous": None,
        "customer": customer,
        **{role: User.objects.get(pk=getattr(org, role).pk) for role in ORG_ROLES[2:]},
    }
    return OrgWorld(
        users=users, org=org, campaign=campaign, draft=draft, live=live, submission=submission, lead=lead
    )
