"""The demo gains an institution with two branches, a branch manager, head office and a demo campaign."""

import pytest
from django.core.management import call_command

from campaigns.models import Campaign, CampaignSession
from organisations.models import BookEntry, Institution, Membership


@pytest.mark.django_db
def test_demo_has_an_institution_branches_a_manager_and_a_campaign(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("DEMO_PASSWORD", "demo-pass-1")
    call_command("demo_data")
    call_command("demo_data")  # idempotent
    bank = Institution.objects.get(code="yunbank")
    assert bank.branches.count() == 2
    assert Membership.objects.get(user__username="manager1").role == "branch_manager"
    assert Membership.objects.get(user__username="rm1").branch.code == "lujiazui"
    assert BookEntry.objects.filter(institution=bank).count() == 4
    campaign = Campaign.objects.get(institution=bank)
    assert campaign.template_session.state == "approved"
    [link] = CampaignSession.objects.filter(campaign=campaign)
    assert link.session.state == "approved"
    notes = {s.kind: s.decision.note for s in link.session.submissions.all()}
    assert "template" in notes["script"]  # approved once, with the campaign's template
    assert "template" not in notes["announcement"]  # it names rm2's studio: reviewed once for that studio
