"""Every API endpoint × every role: exactly the intended callers succeed; the others get DESIGN.md's answer
and change nothing in the database.

The endpoints are enumerated from the URL resolver: an endpoint (or a method) added without a row in
``MATRIX`` fails ``test_every_api_endpoint_has_a_row``. Answers follow DESIGN.md: a resource the caller
may not see is 404 (the same body as an id that does not exist), an action on a visible resource the
caller may not take is 403, and an anonymous caller of a signed-in endpoint is refused (401/403,
``not_authenticated``). Each cell runs in a savepoint that is rolled back, so cells do not interact.
"""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.db import transaction
from django.urls import URLResolver, get_resolver
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import PASSWORD
from tests.support.world import PRODUCT_DESK, ROLES, World, db_snapshot, snapshot_diff

pytestmark = pytest.mark.django_db

AUTH = "auth"  # an anonymous caller of a signed-in endpoint: 401 or 403 with code not_authenticated
MISSING_ID = 987654321


def E(anonymous, customer, rm_own, rm_other, officer, product=None) -> dict:  # noqa: N802 - reads like a table row
    """One row's answers; ``product`` (the product desk) is checked where given."""
    row = dict(zip(ROLES, (anonymous, customer, rm_own, rm_other, officer), strict=True))
    if product is not None:
        row[PRODUCT_DESK] = product
    return row


@dataclass
class Case:
    expect: dict
    kwargs: object = None  # World -> {url kwarg: value}
    body: object = None  # (World, role) -> JSON body
    note: str = ""
    query: str = ""
    same_as_missing: bool = True  # a 404 here must read exactly like an id that does not exist


def _live(w: World) -> dict:
    return {"session_id": w.sessions["live"].pk}


def _token_body(w: World, role: str) -> dict:
    user = w.user(role)
    if user is None:
        return {"username": w.user("rm_own").username, "password": "not-the-password"}
    return {"username": user.username, "password": PASSWORD}


def _product_body(w: World, role: str) -> dict:
    now = timezone.now()
    return {
        "code": "NEW01",
        "name": "新产品",
        "type": "wmp",
        "issuer": "测试",
        "risk_level": "R2",
        "status": "on_sale",
        "sale_start": now.isoformat(),
        "sale_end": (now + timedelta(days=9)).isoformat(),
    }


def _session_body(w: World, role: str) -> dict:
    return {
        "studio_id": w.studio.pk,
        "title": "新场次",
        "scheduled_start": (timezone.now() + timedelta(days=1)).isoformat(),
    }


def _campaign(w: World) -> dict:
    return {"campaign_id": w.extra["campaign"].pk}


def _campaign_body(w: World, role: str) -> dict:
    today = timezone.localdate()
    return {"name": "新活动", "starts_on": today.isoformat(), "ends_on": today.isoformat(), "title": "新活动"}


MATRIX: dict[tuple[str, str], list[Case]] = {
    ("auth/token/", "post"): [
        Case(
            E(400, 200, 200, 200, 200),
            body=_token_body,
            note="each caller signs in as themselves; a wrong password is 400",
        )
    ],
    ("me/risk-profile/", "get"): [Case(E(AUTH, 200, 200, 200, 200, product=200))],
    ("schema/", "get"): [Case(E(200, 200, 200, 200, 200))],
    ("docs/", "get"): [Case(E(200, 200, 200, 200, 200))],
    ("products/", "get"): [Case(E(200, 200, 200, 200, 200))],
    ("products/", "post"): [
        Case(
            E(AUTH, 403, 403, 403, 403, product=201),
            body=_product_body,
            note="the product desk only: officers are staff, but products are not theirs",
        )
    ],
    ("products/{product_id}/", "get"): [
        Case(E(200, 200, 200, 200, 200, product=200), kwargs=lambda w: {"product_id": w.products["r2"].pk})
    ],
    ("products/{product_id}/", "patch"): [
        Case(
            E(AUTH, 403, 403, 403, 403, product=200),
            body=lambda w, r: {"name": "改名"},
            kwargs=lambda w: {"product_id": w.products["r2"].pk},
        ),
        Case(
            E(AUTH, 403, 403, 403, 403, product=200),
            body=lambda w, r: {"risk_level": "R1", "principal_protected": True},
            kwargs=lambda w: {"product_id": w.products["r4"].pk},
            note="relabelling an R4 fund: the product desk only (audited, approvals re-checked)",
        ),
        Case(
            E(AUTH, 403, 403, 403, 403, product=400),
            body=lambda w, r: {"sale_start": "0319-01-01T00:00:00Z"},
            kwargs=lambda w: {"product_id": w.products["r2"].pk},
            note="dates range-checked",
        ),
    ],
    ("studios/", "get"): [Case(E(AUTH, 403, 200, 200, 403, product=403))],
    ("studios/", "post"): [
        Case(E(AUTH, 403, 201, 201, 403, product=403), body=lambda w, r: {"name": "新演播室"}),
        Case(
            E(AUTH, 400, 400, 400, 400, product=400),
            body=lambda w, r: {"name": "\u200b\u200b"},
            note="a name with nothing visible is refused before anything else",
        ),
    ],
    ("studios/{studio_id}/", "get"): [
        Case(E(AUTH, 404, 200, 404, 404), kwargs=lambda w: {"studio_id": w.studio.pk})
    ],
    ("studios/{studio_id}/", "patch"): [
        Case(
            E(AUTH, 404, 409, 404, 404, product=404),
            kwargs=lambda w: {"studio_id": w.studio.pk},
            body=lambda w, r: {"name": "改名演播室"},
            note="the studio's name is reviewed content: refused while it is live",
        )
    ],
    ("sessions/", "get"): [Case(E(AUTH, 403, 200, 200, 403))],
    ("sessions/", "post"): [
        Case(
            E(AUTH, 403, 201, 404, 403, product=403),
            body=_session_body,
            note="into rm_own's studio: another RM may not see it",
        ),
        Case(
            E(AUTH, 403, 400, 400, 403),
            body=lambda w, r: {**_session_body(w, r), "script": "理" * 20001},
            note="over the script's length limit (the body is checked before the studio)",
        ),
        Case(
            E(AUTH, 403, 400, 400, 403),
            body=lambda w, r: {**_session_body(w, r), "scheduled_start": "0319-05-01T10:00:00+08:00"},
            note="a year out of range",
        ),
    ],
    ("sessions/{session_id}/", "get"): [
        Case(
            E(404, 404, 200, 404, 200), kwargs=lambda w: {"session_id": w.sessions["draft"].pk}, note="draft"
        ),
        Case(E(200, 200, 200, 200, 200), kwargs=_live, note="live, public"),
    ],
    ("sessions/{session_id}/", "patch"): [
        Case(
            E(AUTH, 404, 200, 404, 404, product=404),
            body=lambda w, r: {"title": "新标题"},
            kwargs=lambda w: {"session_id": w.sessions["draft"].pk},
        ),
        Case(
            E(AUTH, 404, 409, 404, 404),
            body=lambda w, r: {"playback_url": "https://evil.example/live.m3u8"},
            kwargs=_live,
            note="the video address cannot change while live",
        ),
        Case(
            E(AUTH, 404, 400, 404, 404),
            body=lambda w, r: {"title": "收益\u202e%01率年"},
            kwargs=lambda w: {"session_id": w.sessions["draft"].pk},
            note="a bidi override is refused",
        ),
    ],
    ("sessions/{session_id}/submit/", "post"): [
        Case(E(AUTH, 404, 200, 404, 404), kwargs=lambda w: {"session_id": w.sessions["draft"].pk})
    ],
    ("sessions/{session_id}/go-live/", "post"): [
        Case(E(AUTH, 404, 200, 404, 404), kwargs=lambda w: {"session_id": w.sessions["approved"].pk})
    ],
    ("sessions/{session_id}/end/", "post"): [
        Case(E(AUTH, 403, 200, 403, 403), kwargs=_live, note="viewers can see the live session, so 403")
    ],
    ("sessions/{session_id}/messages/", "get"): [
        Case(E(200, 200, 200, 200, 200), kwargs=_live, note="live, public"),
        Case(
            E(404, 404, 200, 404, 200), kwargs=lambda w: {"session_id": w.sessions["draft"].pk}, note="draft"
        ),
    ],
    ("submissions/", "get"): [
        Case(E(AUTH, 403, 200, 200, 200, product=403)),
        Case(
            E(AUTH, 400, 400, 400, 400),
            query="?session=" + "9" * 30,
            note="an integer out of range: 400, not 500",
        ),
    ],
    ("submissions/{submission_id}/", "get"): [
        Case(E(AUTH, 404, 200, 404, 200), kwargs=lambda w: {"submission_id": w.submission.pk})
    ],
    ("submissions/{submission_id}/approve/", "post"): [
        Case(
            E(AUTH, 404, 403, 404, 200),
            kwargs=lambda w: {"submission_id": w.submission.pk},
            body=lambda w, r: {"note": "可以"},
            note="the author sees it but never decides",
        )
    ],
    ("submissions/{submission_id}/reject/", "post"): [
        Case(
            E(AUTH, 404, 403, 404, 200),
            kwargs=lambda w: {"submission_id": w.submission.pk},
            body=lambda w, r: {"note": "不可以"},
        )
    ],
    ("compliance/check/", "post"): [
        Case(
            E(AUTH, 403, 200, 200, 200, product=403),
            body=lambda w, r: {"text": "本产品保本保收益", "kind": "script"},
        )
    ],
    ("compliance/card-check/", "post"): [
        Case(
            E(AUTH, 403, 200, 200, 200, product=403),
            body=lambda w, r: {"product_ids": [w.products["r4"].pk]},
            note="card texts are for staff who write or review content",
        )
    ],
    ("audit/", "get"): [Case(E(AUTH, 404, 404, 404, 200, product=404))],
    ("notifications/", "get"): [Case(E(AUTH, 200, 200, 200, 200), note="each caller's own")],
    ("notifications/{notification_id}/read/", "post"): [
        Case(E(AUTH, 404, 200, 404, 404), kwargs=lambda w: {"notification_id": w.notification.pk})
    ],
    ("sessions/{session_id}/analytics/", "get"): [Case(E(AUTH, 404, 200, 404, 200), kwargs=_live)],
    ("sessions/{session_id}/evidence/", "get"): [
        Case(E(AUTH, 404, 404, 404, 200), kwargs=lambda w: {"session_id": w.sessions["ended"].pk})
    ],
    ("sessions/{session_id}/replay/", "get"): [
        Case(
            E(404, 404, 404, 404, 404),
            kwargs=lambda w: {"session_id": w.sessions["ended"].pk},
            note="not published: the same answer as a missing session",
        )
    ],
    ("sessions/{session_id}/cards/{card_id}/interest/", "post"): [
        Case(E(AUTH, 201, 403, 403, 403), kwargs=lambda w: {**_live(w), "card_id": w.card_id})
    ],
    ("sessions/{session_id}/share-links/", "get"): [
        Case(E(AUTH, 404, 200, 200, 404), kwargs=_live, note="another RM sees only links they made")
    ],
    ("sessions/{session_id}/share-links/", "post"): [
        Case(
            E(AUTH, 404, 201, 201, 404),
            kwargs=_live,
            body=lambda w, r: {"label": "群发"},
            note="any RM may share a public session",
        )
    ],
    ("share-links/{link_id}/revoke/", "post"): [
        Case(E(AUTH, 404, 200, 404, 404), kwargs=lambda w: {"link_id": w.share_link.pk})
    ],
    ("broadcast/sessions/{session_id}/", "get"): [
        Case(
            E(AUTH, 403, 200, 403, 403),
            kwargs=_live,
            note="the host's stream status; viewers see the room: 403",
        ),
        Case(
            E(AUTH, 404, 200, 404, 403),
            kwargs=lambda w: {"session_id": w.sessions["draft"].pk},
            note="draft: officers see it (surveillance) but do not manage its stream",
        ),
    ],
    ("broadcast/sessions/{session_id}/key/", "post"): [
        Case(E(AUTH, 403, 200, 403, 403), kwargs=_live, note="only the host gets a stream key"),
        Case(
            E(AUTH, 404, 200, 404, 403), kwargs=lambda w: {"session_id": w.sessions["draft"].pk}, note="draft"
        ),
    ],
    ("broadcast/sessions/{session_id}/playback/", "get"): [
        Case(E(200, 200, 200, 200, 200), kwargs=_live, note="live, public: anyone who may watch"),
        Case(
            E(404, 404, 200, 404, 200), kwargs=lambda w: {"session_id": w.sessions["draft"].pk}, note="draft"
        ),
    ],
    ("broadcast/sessions/{session_id}/stop/", "post"): [
        Case(
            E(AUTH, 403, 403, 403, 200),
            kwargs=_live,
            body=lambda w, r: {"reason": "画面含未审核内容"},
            note="compliance officers only, with a reason",
        ),
    ],
    ("share-links/redeem/", "post"): [
        Case(E(200, 200, 200, 200, 200), body=lambda w, r: {"token": w.share_link.token})
    ],
    ("sessions/{session_id}/invitations/", "get"): [
        Case(E(AUTH, 404, 200, 404, 404), kwargs=_live, note="the host's segments, sizes and risk mix")
    ],
    ("sessions/{session_id}/invitations/", "post"): [
        Case(E(AUTH, 404, 201, 404, 404), kwargs=_live, body=lambda w, r: {"segment": "vip"})
    ],
    ("sessions/{session_id}/reminders/", "get"): [
        Case(E(AUTH, 200, 200, 200, 200), kwargs=lambda w: {"session_id": w.sessions["approved"].pk})
    ],
    ("sessions/{session_id}/reminders/", "post"): [
        Case(
            E(AUTH, 200, 403, 403, 403),
            kwargs=lambda w: {"session_id": w.sessions["approved"].pk},
            note="the customer is already subscribed: 200",
        )
    ],
    ("sessions/{session_id}/reminders/", "delete"): [
        Case(
            E(AUTH, 204, 404, 404, 404),
            kwargs=lambda w: {"session_id": w.sessions["approved"].pk},
            same_as_missing=False,
            note="404: they have no reminder for a session they see",
        )
    ],
    # Organisations and campaigns (issue 21): none of these five callers belongs to an institution, so every
    # campaign, branch and book is out of their sight; their own leads stay theirs.
    ("campaigns/", "get"): [Case(E(AUTH, 403, 403, 403, 403), note="members of an institution only")],
    ("campaigns/", "post"): [Case(E(AUTH, 403, 403, 403, 403), body=_campaign_body, note="head office only")],
    ("campaigns/{campaign_id}/", "get"): [Case(E(AUTH, 404, 404, 404, 404), kwargs=_campaign)],
    ("campaigns/{campaign_id}/submit/", "post"): [Case(E(AUTH, 404, 404, 404, 404), kwargs=_campaign)],
    ("campaigns/{campaign_id}/sessions/", "get"): [Case(E(AUTH, 404, 404, 404, 404), kwargs=_campaign)],
    ("campaigns/{campaign_id}/sessions/", "post"): [
        Case(
            E(AUTH, 404, 404, 404, 404),
            kwargs=_campaign,
            body=lambda w, r: {"studio_id": w.studio.pk, "scheduled_start": timezone.now().isoformat()},
        )
    ],
    ("campaigns/{campaign_id}/board/", "get"): [Case(E(AUTH, 404, 404, 404, 404), kwargs=_campaign)],
    ("campaigns/{campaign_id}/evaluation/", "get"): [Case(E(AUTH, 404, 404, 404, 404), kwargs=_campaign)],
    ("branches/{branch_id}/rollup/", "get"): [
        Case(E(AUTH, 404, 404, 404, 404), kwargs=lambda w: {"branch_id": w.extra["branch"].pk})
    ],
    ("book/", "get"): [Case(E(AUTH, 403, 403, 403, 403), note="RMs of an institution only")],
    ("book/import/", "post"): [
        Case(E(AUTH, 403, 403, 403, 403), body=lambda w, r: {"csv": "customer,rm\nx,y\n"})
    ],
    ("book/matching/", "get"): [Case(E(AUTH, 403, 403, 403, 403))],
    ("leads/", "get"): [Case(E(AUTH, 403, 200, 200, 403), note="each RM's own")],
    ("leads/{lead_id}/status/", "post"): [
        Case(
            E(AUTH, 404, 200, 404, 404),
            body=lambda w, r: {"status": "contacted"},
            kwargs=lambda w: {"lead_id": w.extra["lead"].pk},
        )
    ],
}


def api_endpoints() -> set[tuple[str, str]]:
    """Every (route under /api/, method) the URL resolver serves, with ``{kwarg}`` placeholders."""
    import re

    found: set[tuple[str, str]] = set()

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, prefix + str(pattern.pattern))
                continue
            route = prefix + str(pattern.pattern)
            if not route.startswith("api/"):
                continue
            view = getattr(pattern.callback, "view_class", None) or getattr(pattern.callback, "cls", None)
            methods = [
                m for m in ("get", "post", "put", "patch", "delete") if view is not None and hasattr(view, m)
            ]
            assert methods, f"cannot tell the methods of {route}"
            for method in methods:
                found.add((re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route.removeprefix("api/")), method))

    walk(get_resolver().url_patterns)
    return found


def test_every_api_endpoint_has_a_row():
    served = api_endpoints()
    assert served - MATRIX.keys() == set(), "endpoints without a row in the authorisation matrix"
    assert MATRIX.keys() - served == set(), "rows for endpoints that no longer exist"


CELLS = [(route, method, index) for (route, method), cases in MATRIX.items() for index in range(len(cases))]


def _client_for(user) -> APIClient:
    client = APIClient()
    if user is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return client


def _call(client: APIClient, method: str, url: str, body):
    kwargs = {"format": "json"} if body is not None else {}
    return getattr(client, method)(url, body, **kwargs) if body is not None else getattr(client, method)(url)


def _refused_as_expected(response, expected) -> str | None:
    status = response.status_code
    if expected == AUTH:
        if status not in (401, 403) or response.json().get("code") != "not_authenticated":
            return f"expected 401/403 not_authenticated, got {status} {response.content[:200]!r}"
        return None
    if status != expected:
        return f"expected {expected}, got {status} {response.content[:300]!r}"
    if status >= 400:
        body = response.json()
        if not {"code", "message", "details"} <= body.keys():
            return f"error body is not {{code, message, details}}: {body}"
    return None


@pytest.mark.parametrize(
    ("route", "method", "index"), CELLS, ids=[f"{m.upper()} {r} #{i}" for r, m, i in CELLS]
)
def test_authorisation_cell(route, method, index, world):
    case = MATRIX[(route, method)][index]
    kwargs = case.kwargs(world) if case.kwargs else {}
    url = "/api/" + route.format(**kwargs) + case.query
    problems = []
    for role in case.expect:
        expected = case.expect[role]
        refused = expected == AUTH or expected >= 400
        with transaction.atomic():
            before = db_snapshot() if refused else {}
            response = _call(
                _client_for(world.user(role)), method, url, case.body(world, role) if case.body else None
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
            # Not visible must look exactly like not there.
            with transaction.atomic():
                ghost = _call(
                    _client_for(world.user(role)),
                    method,
                    "/api/" + route.format(**{k: MISSING_ID for k in kwargs}),
                    case.body(world, role) if case.body else None,
                )
                transaction.set_rollback(True)
            if (ghost.status_code, ghost.json()) != (404, response.json()):
                problems.append(
                    f"{role}: 404 body {response.json()} differs from a missing id's "
                    f"{ghost.status_code} {ghost.content[:200]!r}"
                )
    assert not problems, f"{method.upper()} /api/{route} ({case.note}):\n" + "\n".join(problems)


def test_the_snapshot_sees_every_kind_of_change(world):
    before = db_snapshot()
    with transaction.atomic():
        world.notification.message = "改过"
        world.notification.save(update_fields=["message"])
        changed = snapshot_diff(before, db_snapshot())
        transaction.set_rollback(True)
    assert changed == ["compliance.notification"]
    assert snapshot_diff(before, db_snapshot()) == []
