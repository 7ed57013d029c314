"""Customers' books from a CRM export: every bad row is reported with its line, and nothing is half-imported."""

import pytest
from django.contrib.auth.models import User

from accounts.models import CustomerProfile
from core.exceptions import ApplicationError, Forbidden
from organisations.models import BookEntry
from organisations.services import book_import_csv
from tests.factories import make_customer, make_org

pytestmark = pytest.mark.django_db

HEADER = "customer,rm,risk_level,assessed_on,segments,assets_band,deposit,wmp,fund,insurance,external_id\n"


@pytest.fixture
def org():
    return make_org("i")


def test_a_clean_file_fills_the_books(org):
    existing = make_customer("i-old", level="C2")
    text = HEADER + (
        f"i-new1,{org.rm_a1.username},C3,2026-06-01,vip;养老,affluent,50000,120000,,,CRM-1\n"
        f"i-new2,{org.rm_a2.username},C5,2026-01-15,vip,high,,,300000,20000,CRM-2\n"
        f"i-old,{org.rm_a1.username},,,,mass,1000,,,,CRM-3\n"
    )
    report = book_import_csv(actor=org.head_a, text=text)
    assert (report.created, report.updated) == (3, 0)
    new1 = BookEntry.objects.get(customer__username="i-new1")
    assert (
        new1.rm == org.rm_a1
        and new1.institution == org.bank_a
        and new1.holdings == {"deposit": 50000.0, "wmp": 120000.0}
    )
    profile = CustomerProfile.objects.get(user__username="i-new1")
    assert profile.risk_level == "C3" and profile.segments == ["vip", "养老"]
    assert (profile.expires_at - profile.assessed_at).days == 365
    assert CustomerProfile.objects.get(user=existing).risk_level == "C2"  # no level in the file: kept
    assert not User.objects.get(username="i-new1").has_usable_password()
    again = book_import_csv(actor=org.head_a, text=text)
    assert (again.created, again.updated) == (0, 3)


def test_bad_rows_are_reported_per_row_and_nothing_is_imported(org):
    text = HEADER + (
        f"i-ok,{org.rm_a1.username},C3,2026-06-01,vip,affluent,1,,,,\n"
        f"i-bad-level,{org.rm_a1.username},C9,2026-06-01,vip,,,,,,\n"
        f"i-foreign-rm,{org.rm_b.username},C3,2026-06-01,,,,,,,\n"
        f"i-bad-money,{org.rm_a1.username},C2,not-a-date,,gold,abc,,,,\n"
        f"i-ok,{org.rm_a1.username},C3,2026-06-01,vip,,,,,,\n"
    )
    users_before, entries_before = User.objects.count(), BookEntry.objects.count()
    with pytest.raises(ApplicationError) as caught:
        book_import_csv(actor=org.head_a, text=text)
    rows = {row["line"]: row["errors"] for row in caught.value.details["rows"]}
    assert set(rows) == {3, 4, 5, 6}
    assert any(e.startswith("risk_level") for e in rows[3])
    assert any(e.startswith("rm") for e in rows[4])
    assert {e.split(":")[0] for e in rows[5]} == {"assessed_on", "assets_band", "deposit"}
    assert any("重复" in e for e in rows[6])
    assert (User.objects.count(), BookEntry.objects.count()) == (users_before, entries_before)


def test_who_may_import_for_whom(org):
    row = f"i-x,{org.rm_a2.username},C3,2026-06-01,,,,,,,\n"
    with pytest.raises(ApplicationError):  # a branch manager of b1 fills b1's books only
        book_import_csv(actor=org.manager_b1, text=HEADER + row)
    with pytest.raises(ApplicationError):  # an RM fills their own book only
        book_import_csv(actor=org.rm_a1, text=HEADER + row)
    assert book_import_csv(actor=org.rm_a2, text=HEADER + row).created == 1
    with pytest.raises(Forbidden):
        book_import_csv(actor=org.officer_a, text=HEADER + row)


def test_a_customer_of_another_institution_is_refused(org):
    book_import_csv(actor=org.rm_b, text=HEADER + f"i-shared,{org.rm_b.username},C3,2026-06-01,,,,,,,\n")
    with pytest.raises(ApplicationError) as caught:
        book_import_csv(
            actor=org.head_a, text=HEADER + f"i-shared,{org.rm_a1.username},C3,2026-06-01,,,,,,,\n"
        )
    assert "其他机构" in caught.value.details["rows"][0]["errors"][0]
