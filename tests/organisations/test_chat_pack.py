"""Every chat line records which pack checked it; an institution's derived pack follows its base pack."""

import pytest

from compliance.models import Rule, RulePack
from compliance.services.rule_packs import rule_change
from studio.models import ChatMessage, MessageStatus
from studio.services.room import chat_send
from studio.services.sessions import session_go_live
from tests.factories import SCRIPT, draft_session, make_customer, make_org, session_make_approved

pytestmark = pytest.mark.django_db

PHRASE = "金牛宝典"
CODE = "promise.guaranteed_return"


def _live(rm, officer):
    live = session_make_approved(draft_session(rm, title="机构直播", script=SCRIPT), officer)
    return session_go_live(session=live, actor=rm)


def _send(live, user, text):
    ack = chat_send(session_id=live.pk, user=user, text=text)
    return ChatMessage.objects.get(pk=ack["id"])


@pytest.fixture
def org():
    org = make_org("cp")
    org.bank_a.extra_words = [[PHRASE, CODE]]
    org.bank_a.save(update_fields=["extra_words"])
    return org


def test_each_chat_line_records_the_pack_that_checked_it(org, client):
    live_a, live_b = _live(org.rm_a1, org.officer_a), _live(org.rm_b, org.officer_b)
    line_a = _send(live_a, org.rm_a1, f"今天介绍{PHRASE}。")
    line_b = _send(live_b, org.rm_b, f"今天介绍{PHRASE}。")
    derived = RulePack.objects.get(name=f"cn+{org.bank_a.code}", is_active=True)
    base = RulePack.objects.get(name="cn", is_active=True)
    assert line_a.pack == derived.label and line_a.status != MessageStatus.PUBLISHED
    assert line_b.pack == base.label and line_b.status == MessageStatus.PUBLISHED
    viewer = _send(live_a, make_customer("cp-viewer"), "请问什么时候开始？")
    assert viewer.pack == "audience"

    held = _send(live_a, org.rm_a1, "这款产品收益最高，错过再等一年")
    assert held.status == MessageStatus.HELD and held.pack == derived.label
    client.force_login(org.officer_a)
    page = client.get("/admin/studio/heldmessage/")
    assert page.status_code == 200 and derived.label in page.content.decode()


def test_a_derived_pack_is_rebuilt_when_its_base_pack_changes(org):
    live = _live(org.rm_a1, org.officer_a)
    before = _send(live, org.rm_a1, f"今天介绍{PHRASE}。")  # derives and caches the compiled pack
    assert before.status == MessageStatus.REJECTED
    old_base = RulePack.objects.get(name="cn", is_active=True)
    rule = Rule.objects.get(pack=old_base, code=CODE)
    new_base = rule_change(rule=rule, actor=org.officer_a, severity="review", note="base pack changed")
    after = _send(live, org.rm_a1, f"再次介绍{PHRASE}。")
    derived = RulePack.objects.get(name=f"cn+{org.bank_a.code}", is_active=True)
    assert derived.data["extends"] == new_base.label != old_base.label
    assert after.pack == derived.label != before.pack
    assert after.status == MessageStatus.HELD  # the new base's severity, not the cached old one
