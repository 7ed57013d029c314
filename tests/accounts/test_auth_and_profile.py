import pytest
from django.contrib.auth.models import Group
from rest_framework.test import APIClient

from tests.factories import PASSWORD, make_customer


@pytest.mark.django_db
def test_role_groups_exist_after_migrations():
    assert set(Group.objects.values_list("name", flat=True)) >= {"rm", "customer", "compliance"}


@pytest.mark.django_db
def test_token_login_and_use(rm):
    api = APIClient()
    response = api.post("/api/auth/token/", {"username": "rm-a", "password": PASSWORD}, format="json")
    assert response.status_code == 200
    api.credentials(HTTP_AUTHORIZATION=f"Token {response.json()['token']}")
    me = api.get("/api/me/risk-profile/")
    assert me.status_code == 200 and me.json()["role"] == "rm"


@pytest.mark.django_db
def test_wrong_password_is_refused_with_the_error_shape(rm):
    response = APIClient().post("/api/auth/token/", {"username": "rm-a", "password": "nope"}, format="json")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"


@pytest.mark.django_db
def test_customer_sees_their_risk_profile_and_expiry():
    fresh = make_customer("fresh", level="C2", assessed_days_ago=30)
    stale = make_customer("stale", level="C3", assessed_days_ago=400)
    api = APIClient()
    api.force_authenticate(fresh)
    assert api.get("/api/me/risk-profile/").json()["risk_level"] == "C2"
    assert api.get("/api/me/risk-profile/").json()["expired"] is False
    api.force_authenticate(stale)
    assert api.get("/api/me/risk-profile/").json()["expired"] is True


@pytest.mark.django_db
def test_risk_profile_needs_a_login():
    response = APIClient().get("/api/me/risk-profile/")
    assert response.status_code in (401, 403)
    assert set(response.json()) == {"code", "message", "details"}


@pytest.mark.django_db
def test_login_page_and_api_docs_render(client):
    assert client.get("/accounts/login/").status_code == 200
    assert client.get("/api/docs/").status_code == 200
    schema = client.get("/api/schema/")
    assert schema.status_code == 200 and b"/api/products/" in schema.content


@pytest.mark.django_db
def test_the_login_page_lists_the_demo_users_in_development_only(settings, client):
    """Newcomers (issue 19) got no hint of the demo users; production must never list accounts."""
    from django.contrib.auth.models import User

    User.objects.create_user("rm1", password="x-demo-pass")
    User.objects.create_user("officer1", password="x-demo-pass")
    settings.DEBUG = True
    page = client.get("/accounts/login/").content.decode()
    assert 'data-testid="demo-logins"' in page
    assert 'data-demo-user="rm1"' in page and 'data-demo-user="officer1"' in page
    assert 'data-demo-user="c5"' not in page  # only the demo people that exist
    assert "x-demo-pass" not in page
    settings.DEBUG = False
    page = client.get("/accounts/login/").content.decode()
    assert "demo-logins" not in page and "rm1" not in page
