"""The authorisation matrix of organisations (issue 21): the new roles and scopes × the new endpoints and the
existing ones whose answer depends on scope.

Callers: two RMs of bank A in branches b1 and b2, b1's branch manager, bank A's officer and head office,
and bank B's RM and officer (plus anonymous and a customer). Objects belong to ``rm_a1`` (branch b1) unless
said otherwise. Same rules as ``test_api_authorisation_matrix``: the intended callers succeed, the others get
DESIGN.md's answer, a refusal changes nothing, and a 404 reads exactly like a missing id.
"""

import pytest
from django.db import transaction
from django.utils import timezone
from rest_framework.authtoken.models import Token

from compliance.models import Submission
from tests.factories import in_hours
from tests.security.test_api_authorisation_matrix import (
    AUTH,
    MISSING_ID,
    Case,
    _call,
    _client_for,
    _refused_as_expected,
)
from tests.support.world import ORG_ROLES, build_org_world, db_snapshot, snapshot_diff

pytestmark = pytest.mark.django_db

ROLES = ORG_ROLES


def E(anonymous, customer, rm_a1, rm_a2, manager_b1, officer_a, head_a, rm_b, officer_b) -> dict:  # noqa: N802
    return dict(
        zip(
            ROLES,
            (anonymous, customer, rm_a1, rm_a2, manager_b1, officer_a, head_a, rm_b, officer_b),
            strict=True,
        )
    )


@pytest.fixture(scope="module")
def org_world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            built = build_org_world()
            for user in built.users.values():
                if user is not None:
                    Token.objects.get_or_create(user=user)
            yield built
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def _campaign(w):
    return {"campaign_id": w.campaign.pk}


def _own_studio_body(w, role):
    user = w.user(role)
    studio = user.studios.first() if user is not None else None
    return {
        "studio_id": (studio or w.user("rm_a1").studios.first()).pk,
        "scheduled_start": in_hours(5).isoformat(),
    }


def _campaign_body(w, role):
    today = timezone.localdate().isoformat()
    return {"name": "新活动", "starts_on": today, "ends_on": today, "title": "新活动"}


MATRIX: dict[tuple[str, str], list[Case]] = {
    ("campaigns/", "get"): [Case(E(AUTH, 403, 200, 200, 200, 200, 200, 200, 200), note="own institution's")],
    ("campaigns/", "post"): [Case(E(AUTH, 403, 403, 403, 403, 403, 201, 403, 403), body=_campaign_body)],
    ("campaigns/{campaign_id}/", "get"): [
        Case(E(AUTH, 404, 200, 200, 200, 200, 200, 404, 404), kwargs=_campaign)
    ],
    ("campaigns/{campaign_id}/submit/", "post"): [
        Case(
            E(AUTH, 404, 403, 403, 403, 403, 409, 404, 404),
            kwargs=_campaign,
            note="head office only; this template is approved already, so 409",
        )
    ],
    ("campaigns/{campaign_id}/sessions/", "get"): [
        Case(E(AUTH, 404, 200, 200, 200, 200, 200, 404, 404), kwargs=_campaign)
    ],
    ("campaigns/{campaign_id}/sessions/", "post"): [
        Case(E(AUTH, 404, 201, 201, 403, 403, 403, 404, 404), kwargs=_campaign, body=_own_studio_body)
    ],
    ("campaigns/{campaign_id}/board/", "get"): [
        Case(E(AUTH, 404, 200, 200, 200, 200, 200, 404, 404), kwargs=_campaign)
    ],
    ("campaigns/{campaign_id}/evaluation/", "get"): [
        Case(E(AUTH, 404, 200, 200, 200, 200, 200, 404, 404), kwargs=_campaign)
    ],
    ("branches/{branch_id}/rollup/", "get"): [
        Case(E(AUTH, 404, 404, 404, 200, 200, 200, 404, 404), kwargs=lambda w: {"branch_id": w.org.b1.pk})
    ],
    ("book/", "get"): [Case(E(AUTH, 403, 200, 200, 403, 403, 403, 200, 403))],
    ("book/import/", "post"): [
        Case(
            E(AUTH, 403, 200, 400, 200, 403, 200, 400, 403),
            body=lambda w, r: {"csv": "customer,rm\nm-imported,m-rm-a1\n"},
            note="into rm_a1's book: themselves, their branch manager, head office",
        )
    ],
    ("book/matching/", "get"): [Case(E(AUTH, 403, 200, 200, 403, 403, 403, 200, 403))],
    ("leads/", "get"): [Case(E(AUTH, 403, 200, 200, 403, 403, 403, 200, 403))],
    ("leads/{lead_id}/status/", "post"): [
        Case(
            E(AUTH, 404, 200, 404, 404, 404, 404, 404, 404),
            kwargs=lambda w: {"lead_id": w.lead.pk},
            body=lambda w, r: {"status": "contacted"},
        )
    ],
    # Existing endpoints whose answer now depends on the caller's institution or branch.
    ("sessions/{session_id}/", "get"): [
        Case(
            E(404, 404, 200, 404, 200, 200, 200, 404, 404),
            kwargs=lambda w: {"session_id": w.draft.pk},
            note="a draft",
        )
    ],
    ("sessions/{session_id}/messages/", "get"): [
        Case(E(404, 404, 200, 404, 200, 200, 200, 404, 404), kwargs=lambda w: {"session_id": w.draft.pk})
    ],
    ("sessions/{session_id}/analytics/", "get"): [
        Case(E(AUTH, 404, 200, 404, 200, 200, 200, 404, 404), kwargs=lambda w: {"session_id": w.live.pk})
    ],
    ("submissions/{submission_id}/", "get"): [
        Case(
            E(AUTH, 404, 200, 404, 200, 200, 200, 404, 404),
            kwargs=lambda w: {"submission_id": w.submission.pk},
        )
    ],
    ("submissions/{submission_id}/approve/", "post"): [
        Case(
            E(AUTH, 404, 403, 404, 403, 200, 403, 404, 404),
            kwargs=lambda w: {"submission_id": w.submission.pk},
            body=lambda w, r: {"note": "可以"},
            note="branch managers and head office see it but never decide",
        )
    ],
    ("audit/", "get"): [Case(E(AUTH, 404, 404, 404, 404, 200, 404, 404, 200))],
}

CELLS = [(route, method, index) for (route, method), cases in MATRIX.items() for index in range(len(cases))]


@pytest.mark.parametrize(
    ("route", "method", "index"), CELLS, ids=[f"{m.upper()} {r} #{i}" for r, m, i in CELLS]
)
def test_org_authorisation_cell(route, method, index, org_world):
    case = MATRIX[(route, method)][index]
    kwargs = case.kwargs(org_world) if case.kwargs else {}
    url = "/api/" + route.format(**kwargs) + case.query
    problems = []
    for role in ROLES:
        expected = case.expect[role]
        refused = expected == AUTH or expected >= 400
        with transaction.atomic():
            before = db_snapshot() if refused else {}
            response = _call(
                _client_for(org_world.user(role)),
                method,
                url,
                case.body(org_world, role) if case.body else None,
            )
            after = db_snapshot() if refused else {}
            transaction.set_rollback(True)
        problem = _refused_as_expected(response, expected)
        if problem:
            problems.append(f"{role}: {problem}")
            continue
        if response.status_code >= 400 and (changed := snapshot_diff(before, after)):
            problems.append(f"{role}: refused with {response.status_code} but changed {changed}")
        if response.status_code == 404 and kwargs and case.same_as_missing:
            with transaction.atomic():
                ghost = _call(
                    _client_for(org_world.user(role)),
                    method,
                    "/api/" + route.format(**{k: MISSING_ID for k in kwargs}),
                    case.body(org_world, role) if case.body else None,
                )
                transaction.set_rollback(True)
            if (ghost.status_code, ghost.json()) != (404, response.json()):
                problems.append(
                    f"{role}: 404 body {response.json()} differs from a missing id's "
                    f"{ghost.status_code} {ghost.content[:200]!r}"
                )
    assert not problems, f"{method.upper()} /api/{route} ({case.note}):\n" + "\n".join(problems)


def test_scoped_lists_show_only_the_callers_scope(org_world):
    """Lists answer 200 to everyone in scope; what they contain is the scope."""
    w = org_world
    bank_b_session = Submission.objects.filter(session__studio__owner=w.user("rm_b")).values_list(
        "pk", flat=True
    )
    for role, sees_b in (("officer_a", False), ("officer_b", True), ("manager_b1", False)):
        listed = {row["id"] for row in _client_for(w.user(role)).get("/api/submissions/").json()["results"]}
        assert bool(listed & set(bank_b_session)) is sees_b, role
    assert _client_for(w.user("rm_b")).get("/api/campaigns/").json() == []
    assert [c["id"] for c in _client_for(w.user("rm_a2")).get("/api/campaigns/").json()] == [w.campaign.pk]
    board = _client_for(w.user("manager_b1")).get(f"/api/campaigns/{w.campaign.pk}/board/").json()
    assert {s["branch"] for s in board["sessions"]} == {w.org.b1.name}
