import pytest
from rest_framework.test import APIClient

from tests.factories import ProductFactory


@pytest.fixture
def api():
    return APIClient()


@pytest.mark.django_db
def test_anyone_can_list_and_read_products(api):
    product = ProductFactory(code="AYWX090", risk_level="R2")
    listing = api.get("/api/products/")
    assert listing.status_code == 200
    assert [p["code"] for p in listing.json()] == ["AYWX090"]
    detail = api.get(f"/api/products/{product.id}/")
    assert detail.json()["risk_level"] == "R2"


@pytest.mark.django_db
def test_unknown_product_answers_404_in_the_error_shape(api):
    response = api.get("/api/products/999999/")
    assert response.status_code == 404
    assert set(response.json()) == {"code", "message", "details"}
    assert response.json()["code"] == "not_found"


@pytest.mark.django_db
def test_only_the_product_desk_may_create_products(api, rm, officer, product_desk):
    payload = {"code": "NEW1", "name": "新产品", "type": "fund", "issuer": "X", "risk_level": "R3"}
    api.force_authenticate(rm)
    refused = api.post("/api/products/", payload, format="json")
    assert refused.status_code == 403
    assert refused.json()["code"] == "permission_denied"

    api.force_authenticate(officer)  # officers are staff, but products are not theirs to write
    assert api.post("/api/products/", payload, format="json").status_code == 403

    api.force_authenticate(product_desk)
    created = api.post("/api/products/", payload, format="json")
    assert created.status_code == 201, created.json()


@pytest.mark.django_db
def test_invalid_product_gets_field_details(api, product_desk):
    api.force_authenticate(product_desk)
    response = api.post("/api/products/", {"code": "X", "risk_level": "R9"}, format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert "risk_level" in body["details"] and "name" in body["details"]


@pytest.mark.django_db
def test_benchmark_range_must_be_ordered(api, product_desk):
    api.force_authenticate(product_desk)
    payload = {
        "code": "BAD",
        "name": "n",
        "type": "wmp",
        "issuer": "i",
        "risk_level": "R2",
        "benchmark_min": "4.0",
        "benchmark_max": "3.0",
    }
    response = api.post("/api/products/", payload, format="json")
    assert response.status_code == 400
