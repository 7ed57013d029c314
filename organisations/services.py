"""Writes for organisations: institutions, branches, memberships, customers' books (CSV import) and leads."""

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser, Group, User
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from accounts.models import ASSESSMENT_VALIDITY, CustomerProfile, RiskTolerance
from accounts.roles import Role, has_role
from core.exceptions import ApplicationError, Forbidden, NotFound
from organisations.errors import OrganisationError
from organisations.models import (
    AssetsBand,
    BookEntry,
    Branch,
    Institution,
    Lead,
    LeadStatus,
    Membership,
    OrgRole,
)
from organisations.selectors import is_branch_manager, is_head_office, membership_of

_GROUP_OF_ROLE = {
    OrgRole.RM: Role.RM,
    OrgRole.BRANCH_MANAGER: Role.BRANCH_MANAGER,
    OrgRole.OFFICER: Role.COMPLIANCE,
    OrgRole.HEAD_OFFICE: Role.HEAD_OFFICE,
}


def institution_create(
    *, code: str, name: str, pack_name: str = "cn", extra_words: list | None = None
) -> Institution:
    institution = Institution(code=code, name=name, pack_name=pack_name, extra_words=extra_words or [])
    institution.full_clean()
    institution.save()
    return institution


def branch_create(*, institution: Institution, code: str, name: str) -> Branch:
    branch = Branch(institution=institution, code=code, name=name)
    branch.full_clean()
    branch.save()
    return branch


@transaction.atomic
def membership_assign(
    *, user: User, institution: Institution, role: OrgRole | str, branch: Branch | None = None
) -> Membership:
    """Place ``user`` in ``institution`` (and ``branch``) with ``role``; adds the role's group."""
    role = OrgRole(role)
    if branch is not None and branch.institution_id != institution.pk:
        raise ApplicationError("The branch belongs to another institution.", code="invalid_branch")
    user.groups.add(Group.objects.get_or_create(name=_GROUP_OF_ROLE[role])[0])
    membership, _ = Membership.objects.update_or_create(
        user=user, defaults={"institution": institution, "branch": branch, "role": role}
    )
    membership.full_clean()
    user.__dict__.pop("_membership_cache", None)
    user.__dict__.pop("_role_names", None)
    return membership


# ---------------------------------------------------------------------------------------------------------
# Customers' books


BOOK_COLUMNS = (
    "customer",
    "rm",
    "risk_level",
    "assessed_on",
    "segments",
    "assets_band",
    "deposit",
    "wmp",
    "fund",
    "insurance",
    "external_id",
)
HOLDING_TYPES = ("deposit", "wmp", "fund", "insurance")


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    errors: list[dict] = field(default_factory=list)


def _importable_rms(actor: User) -> dict[str, User]:
    """The RMs whose books ``actor`` may fill: their own (an RM), their branch's, or their institution's."""
    membership = membership_of(actor)
    if membership is None:
        raise Forbidden(
            "Only members of an institution import customers' books.", code=OrganisationError.FORBIDDEN
        )
    rms = User.objects.filter(membership__role=OrgRole.RM, membership__institution=membership.institution)
    if is_head_office(actor):
        pass
    elif is_branch_manager(actor):
        rms = rms.filter(membership__branch=membership.branch)
    elif has_role(actor, Role.RM):
        rms = rms.filter(pk=actor.pk)
    else:
        raise Forbidden(
            "Only RMs, branch managers and head office import books.", code=OrganisationError.FORBIDDEN
        )
    return {u.username: u for u in rms}


def _parse_moment(text: str) -> datetime | None:
    try:
        day = parse_date(text) if len(text) == 10 else None
        moment = datetime(day.year, day.month, day.day) if day else parse_datetime(text)
    except ValueError:
        return None
    if moment is not None and timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def _parse_row(row: dict, rms: dict[str, User], customers: dict[str, User]) -> tuple[dict, list[str]]:
    problems, parsed = [], {}
    username = (row.get("customer") or "").strip()
    if not username:
        problems.append("customer: 必填")
    elif username in customers and customers[username] is None:
        problems.append("customer: 该用户不是客户")
    parsed["customer"] = username
    rm = rms.get((row.get("rm") or "").strip())
    if rm is None:
        problems.append("rm: 不是您可以分配的客户经理")
    parsed["rm"] = rm
    level = (row.get("risk_level") or "").strip().upper()
    if level and level not in RiskTolerance.values:
        problems.append(f"risk_level: 无效的风险等级 {level!r}")
    parsed["risk_level"] = level
    assessed = (row.get("assessed_on") or "").strip()
    moment = None
    if assessed:
        moment = _parse_moment(assessed)
        if moment is None:
            problems.append(f"assessed_on: 无法识别的日期 {assessed!r}")
        elif moment > timezone.now():
            problems.append("assessed_on: 评估日期不能晚于今天")
    if level and moment is None and not assessed:
        problems.append("assessed_on: 有风险等级时必填")
    parsed["assessed_at"] = moment
    parsed["segments"] = [
        s.strip() for s in (row.get("segments") or "").replace("；", ";").split(";") if s.strip()
    ]
    band = (row.get("assets_band") or "").strip()
    if band and band not in AssetsBand.values:
        problems.append(f"assets_band: 无效的资产段 {band!r}")
    parsed["assets_band"] = band
    holdings = {}
    for kind in HOLDING_TYPES:
        raw = (row.get(kind) or "").strip().replace(",", "")
        if not raw:
            continue
        try:
            amount = float(raw)
        except ValueError:
            problems.append(f"{kind}: 不是金额 {raw!r}")
            continue
        if amount < 0:
            problems.append(f"{kind}: 金额不能为负")
        holdings[kind] = amount
    parsed["holdings"] = holdings
    parsed["external_id"] = (row.get("external_id") or "").strip()[:64]
    return parsed, problems


def book_import_csv(*, actor: User, text: str) -> ImportReport:
    """Import customers into RMs' books from a CRM export (CSV with a header of ``BOOK_COLUMNS``).

    All or nothing: every row is validated first; when any row is bad the report lists each bad row
    (line number and reasons) and raises ``ApplicationError`` with them, writing nothing. Otherwise every
    row is written in one transaction: the customer is created when new (no password: they sign in
    through the bank), the assessment, segments and book entry are stored. Re-importing updates.
    """
    rms = _importable_rms(actor)
    institution = membership_of(actor).institution
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = {"customer", "rm"} - set(reader.fieldnames or [])
    if missing:
        raise ApplicationError(
            "缺少必需的列：" + "、".join(sorted(missing)),
            code=OrganisationError.INVALID_IMPORT,
            details={"rows": [{"line": 1, "errors": [f"{c}: 缺少该列" for c in sorted(missing)]}]},
        )
    rows = list(reader)
    names = {(r.get("customer") or "").strip() for r in rows}
    existing = {u.username: u for u in User.objects.filter(username__in=names).prefetch_related("groups")}
    customers = {name: (u if has_role(u, Role.CUSTOMER) else None) for name, u in existing.items()}
    foreign = set(
        BookEntry.objects.filter(customer__username__in=names)
        .exclude(institution=institution)
        .values_list("customer__username", flat=True)
    )
    report, parsed_rows, seen = ImportReport(), [], set()
    for line, row in enumerate(rows, start=2):
        parsed, problems = _parse_row(row, rms, customers)
        if parsed["customer"] in foreign:
            problems.append("customer: 该客户属于其他机构")
        if parsed["customer"] and parsed["customer"] in seen:
            problems.append("customer: 在文件中重复出现")
        seen.add(parsed["customer"])
        if problems:
            report.errors.append({"line": line, "customer": parsed["customer"], "errors": problems})
        parsed_rows.append(parsed)
    if report.errors:
        raise ApplicationError(
            f"{len(report.errors)} 行有错误，未导入任何数据。",
            code=OrganisationError.INVALID_IMPORT,
            details={"rows": report.errors},
        )
    with transaction.atomic():
        customer_group = Group.objects.get(name=Role.CUSTOMER)
        for parsed in parsed_rows:
            customer = customers.get(parsed["customer"])
            if customer is None:
                customer = User.objects.create_user(username=parsed["customer"], password=None)
                customer.groups.add(customer_group)
            profile, _ = CustomerProfile.objects.get_or_create(user=customer)
            if parsed["risk_level"]:
                profile.risk_level = parsed["risk_level"]
                profile.assessed_at = parsed["assessed_at"]
                profile.expires_at = parsed["assessed_at"] + ASSESSMENT_VALIDITY
            if parsed["segments"]:
                profile.segments = parsed["segments"]
            profile.full_clean(exclude=["user"])
            profile.save()
            _, created = BookEntry.objects.update_or_create(
                customer=customer,
                defaults={
                    "rm": parsed["rm"],
                    "institution": institution,
                    "assets_band": parsed["assets_band"],
                    "holdings": parsed["holdings"],
                    "external_id": parsed["external_id"],
                },
            )
            if created:
                report.created += 1
            else:
                report.updated += 1
    return report


def book_assign(
    *, customer: User, rm: User, assets_band: str = "", holdings: dict | None = None
) -> BookEntry:
    """Put one customer in ``rm``'s book (demo data, tests); the RM must belong to an institution."""
    membership = membership_of(rm)
    if membership is None:
        raise ApplicationError("The RM belongs to no institution.", code="invalid_rm")
    entry, _ = BookEntry.objects.update_or_create(
        customer=customer,
        defaults={
            "rm": rm,
            "institution": membership.institution,
            "assets_band": assets_band,
            "holdings": holdings or {},
        },
    )
    return entry


# ---------------------------------------------------------------------------------------------------------
# Leads

CONSENT_TEXT = "我同意客户经理就该产品与我联系。"


def lead_rm_for(*, customer_id: int, session_owner_id: int) -> int:
    """The customer's own RM (their book) gets the lead; without a book, the RM who presented."""
    rm_id = BookEntry.objects.filter(customer_id=customer_id).values_list("rm_id", flat=True).first()
    return rm_id or session_owner_id


def lead_record(
    *,
    customer: User,
    session_id: int,
    session_owner_id: int,
    push_id: int,
    product_id: int,
    share_link_id: int | None,
    consent_text: str = CONSENT_TEXT,
) -> tuple[Lead, bool]:
    """Turn an "interested" click with consent into a lead for the customer's RM. Once per card."""
    lead, created = Lead.objects.get_or_create(
        push_id=push_id,
        customer=customer,
        defaults={
            "rm_id": lead_rm_for(customer_id=customer.pk, session_owner_id=session_owner_id),
            "session_id": session_id,
            "product_id": product_id,
            "share_link_id": share_link_id,
            "consent_text": consent_text,
            "consented_at": timezone.now(),
        },
    )
    return lead, created


_NEXT = {
    LeadStatus.NEW: {LeadStatus.CONTACTED, LeadStatus.CONVERTED, LeadStatus.DECLINED},
    LeadStatus.CONTACTED: {LeadStatus.CONVERTED, LeadStatus.DECLINED},
    LeadStatus.CONVERTED: set(),
    LeadStatus.DECLINED: {LeadStatus.CONTACTED},
}


def lead_next_statuses(status: str) -> list[str]:
    """Where a lead in ``status`` may go next (the buttons on the RM's book page), in workflow order."""
    return [s for s in LeadStatus.values if LeadStatus(s) in _NEXT[LeadStatus(status)]]


@transaction.atomic
def lead_status_set(*, lead: Lead, actor: AbstractBaseUser, status: str, note: str = "") -> Lead:
    """The RM works a lead: new → contacted → converted | declined. A conversion is final."""
    if lead.rm_id != actor.pk:
        raise NotFound("Lead not found.")
    locked = Lead.objects.select_for_update().get(pk=lead.pk)
    if status not in LeadStatus.values or LeadStatus(status) not in _NEXT[LeadStatus(locked.status)]:
        raise ApplicationError(
            f"A {locked.status} lead cannot become {status!r}.",
            code=OrganisationError.INVALID_STATUS,
            details={"status": locked.status},
        )
    locked.status, locked.status_at = status, timezone.now()
    if note:
        locked.note = note
    locked.save(update_fields=["status", "status_at", "note", "updated_at"])
    return locked
