"""A campaign's template is reviewed once: three sessions made from it open their gates without a second
review; an edited copy goes back to review. The template itself is never watchable nor live."""

import pytest

from campaigns.services import campaign_session_create
from compliance.models import UNDECIDED_STATUSES, Decision, Submission, SubmissionStatus
from compliance.services.gate import session_content_submit
from compliance.services.review import submission_approve
from core.exceptions import Forbidden, NotFound
from studio.access import access_session
from studio.services.sessions import session_go_live, session_update, studio_update
from tests.factories import (
    SCRIPT,
    in_hours,
    make_campaign,
    make_customer,
    make_org,
    named_studio_of,
    studio_reviewed,
    submissions_check_now,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def org():
    return make_org("c")


def test_template_approved_once_is_reused_by_three_sessions_without_review(org):
    campaign = make_campaign(org)
    for rm in (org.rm_a1, org.rm_a2):
        studio_reviewed(rm, org.officer_a)
    decisions_by_officers = Decision.objects.filter(officer__isnull=False).count()
    sessions = []
    for rm, hours in ((org.rm_a1, 2), (org.rm_a2, 3), (org.rm_a1, 26)):
        link = campaign_session_create(
            campaign=campaign, actor=rm, studio_id=named_studio_of(rm).pk, scheduled_start=in_hours(hours)
        )
        submissions = session_content_submit(session=link.session, author=rm)
        link.session.refresh_from_db()
        assert link.session.state == "approved", "an unedited copy needs no second review"
        assert all(s.status == SubmissionStatus.APPROVED for s in submissions)
        sessions.append(link.session)
    copies = Submission.objects.filter(session__in=sessions)
    assert copies.count() == 6  # script + announcement per session; the cards are the products' own
    assert not copies.filter(status__in=UNDECIDED_STATUSES).exists()
    assert all("approved once as template content" in s.decision.note for s in copies)
    template_ids = set(
        Submission.objects.filter(session=campaign.template_session).values_list("pk", flat=True)
    )
    assert {s.decision.officer_id for s in copies} == {org.officer_a.pk}
    # Nobody decided again: the officers' decisions are the template's, nothing was queued.
    assert (
        Decision.objects.filter(officer__isnull=False).exclude(submission__session__in=sessions).count()
        == decisions_by_officers
    )
    assert template_ids and all(
        str(pk) in s.decision.note
        for s in copies
        for pk in [Submission.objects.get(session=campaign.template_session, kind=s.kind).pk]
    )
    live = session_go_live(session=sessions[0], actor=org.rm_a1)
    assert live.state == "live"


def test_an_edited_copy_goes_back_to_review(org):
    campaign = make_campaign(org)
    studio_reviewed(org.rm_a1, org.officer_a)
    link = campaign_session_create(
        campaign=campaign,
        actor=org.rm_a1,
        studio_id=named_studio_of(org.rm_a1).pk,
        scheduled_start=in_hours(2),
    )
    session_content_submit(session=link.session, author=org.rm_a1)
    link.session.refresh_from_db()
    assert link.session.state == "approved"
    session = session_update(
        session=link.session, actor=org.rm_a1, script=SCRIPT + "今天还会回答大家的提问。"
    )
    assert session.state == "in_review"
    pending = Submission.objects.get(session=session, kind="script", withdrawn_at__isnull=True)
    assert pending.status in UNDECIDED_STATUSES and not hasattr(pending, "decision")


def test_a_new_studio_has_its_announcement_reviewed_once_and_the_script_never(org):
    campaign = make_campaign(org)
    first = campaign_session_create(
        campaign=campaign,
        actor=org.rm_a1,
        studio_id=named_studio_of(org.rm_a1).pk,
        scheduled_start=in_hours(2),
    )
    submissions = {s.kind: s for s in session_content_submit(session=first.session, author=org.rm_a1)}
    assert submissions["script"].status == SubmissionStatus.APPROVED  # the template's script, approved once
    assert submissions["announcement"].status == SubmissionStatus.PENDING  # names the RM's own studio
    submissions_check_now([submissions["announcement"]])
    submission_approve(submission=submissions["announcement"], officer=org.officer_a, note="演播室名称已审核")
    second = campaign_session_create(
        campaign=campaign,
        actor=org.rm_a1,
        studio_id=named_studio_of(org.rm_a1).pk,
        scheduled_start=in_hours(30),
    )
    session_content_submit(session=second.session, author=org.rm_a1)
    second.session.refresh_from_db()
    assert second.session.state == "approved"
    studio = second.session.studio
    studio_update(
        studio=studio, name="改了名字的演播室", actor=org.rm_a1
    )  # the studio's part changes: review
    third = campaign_session_create(
        campaign=campaign, actor=org.rm_a1, studio_id=studio.pk, scheduled_start=in_hours(50)
    )
    by_kind = {s.kind: s.status for s in session_content_submit(session=third.session, author=org.rm_a1)}
    assert by_kind == {
        "script": SubmissionStatus.APPROVED,
        "announcement": SubmissionStatus.PENDING,
        "product_card": SubmissionStatus.APPROVED,
    }


def test_without_an_approved_template_a_copy_is_reviewed_as_usual(org):
    campaign = make_campaign(org, approve=False)
    link = campaign_session_create(
        campaign=campaign,
        actor=org.rm_a1,
        studio_id=named_studio_of(org.rm_a1).pk,
        scheduled_start=in_hours(2),
    )
    submissions = session_content_submit(session=link.session, author=org.rm_a1)
    link.session.refresh_from_db()
    assert link.session.state == "in_review"
    assert all(s.status == SubmissionStatus.PENDING for s in submissions if s.session_id)


def test_the_template_is_neither_watchable_nor_runnable(org):
    campaign = make_campaign(org)
    template = campaign.template_session
    for outsider in (make_customer("c-cust"), org.rm_a1, org.rm_b):
        with pytest.raises(NotFound):
            access_session(outsider, template.pk)
    with pytest.raises((NotFound, Forbidden)):
        session_go_live(session=template, actor=org.head_a)


def test_only_rms_of_the_institution_make_sessions_from_it(org):
    campaign = make_campaign(org, approve=False)
    with pytest.raises(Forbidden):
        campaign_session_create(
            campaign=campaign,
            actor=org.rm_b,
            studio_id=named_studio_of(org.rm_b).pk,
            scheduled_start=in_hours(2),
        )
    with pytest.raises(NotFound):  # another RM's studio
        campaign_session_create(
            campaign=campaign,
            actor=org.rm_a1,
            studio_id=named_studio_of(org.rm_a2).pk,
            scheduled_start=in_hours(2),
        )
