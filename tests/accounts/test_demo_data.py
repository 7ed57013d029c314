import pytest
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command

from products.models import Product


@pytest.mark.django_db
def test_demo_data_loads_once_with_the_documented_users(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("DEMO_PASSWORD", "demo-pass-1")
    call_command("demo_data")
    call_command("demo_data")  # idempotent: the second run changes nothing

    for username in ("rm1", "rm2", "officer1", "c1", "c2", "c3", "c5"):
        assert authenticate(username=username, password="demo-pass-1") is not None, username
    assert Product.objects.count() == 10
    assert {p.type for p in Product.objects.all()} == {"deposit", "wmp", "fund", "insurance"}
    c3 = authenticate(username="c3", password="demo-pass-1")
    from django.utils import timezone
    assert c3.customer_profile.expires_at < timezone.now()


@pytest.mark.django_db
def test_demo_data_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("demo_data")
