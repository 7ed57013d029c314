import pytest


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_healthz_is_ok_with_database_redis_and_a_worker(client, celery_worker):
    response = client.get("/healthz")
    assert response.status_code == 200, response.json()
    assert response.json()["checks"] == {"database": True, "redis": True, "celery_worker": True}


@pytest.mark.django_db
def test_healthz_names_the_missing_worker(client, no_celery_worker):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["celery_worker"]


@pytest.mark.django_db
def test_healthz_names_redis_when_it_is_unreachable(client, settings, no_celery_worker):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    response = client.get("/healthz")
    assert response.status_code == 503
    assert "redis" in response.json()["failed"]
