"""The RM's book: customers with their 360° view, segment-to-product matching, and leads."""

from collections.abc import Iterable
from datetime import datetime

from django.contrib.auth.models import User
from django.db.models import Count
from django.utils import timezone

from accounts.models import CustomerProfile
from audience.models import CardInterest, Visit
from campaigns.models import CampaignSession
from organisations.models import BookEntry, Lead
from products.models import Product
from products.services import suitability_check
from studio.models import CardOpen, Question


def book_entries(*, rm: User, segment: str = "", risk_level: str = "", assets_band: str = ""):
    entries = (
        BookEntry.objects.filter(rm=rm)
        .select_related("customer__customer_profile")
        .order_by("customer__username")
    )
    if risk_level:
        entries = entries.filter(customer__customer_profile__risk_level=risk_level)
    if assets_band:
        entries = entries.filter(assets_band=assets_band)
    entries = list(entries)
    if segment:
        entries = [e for e in entries if segment in (e.customer.customer_profile.segments or [])]
    return entries


def book_view(
    *, rm: User, segment: str = "", risk_level: str = "", assets_band: str = "", now: datetime | None = None
) -> list[dict]:
    """Each customer of the RM's book: risk level and expiry, segments, assets band, holdings, engagement."""
    now = now or timezone.now()
    entries = book_entries(rm=rm, segment=segment, risk_level=risk_level, assets_band=assets_band)
    ids = [e.customer_id for e in entries]
    attended = dict(
        Visit.objects.filter(user_id__in=ids)
        .values("user_id")
        .annotate(n=Count("session", distinct=True))
        .values_list("user_id", "n")
    )
    asked = dict(
        Question.objects.filter(author_id__in=ids)
        .values("author_id")
        .annotate(n=Count("id"))
        .values_list("author_id", "n")
    )
    opened = dict(
        CardOpen.objects.filter(user_id__in=ids)
        .values("user_id")
        .annotate(n=Count("id"))
        .values_list("user_id", "n")
    )
    interested = dict(
        CardInterest.objects.filter(user_id__in=ids)
        .values("user_id")
        .annotate(n=Count("id"))
        .values_list("user_id", "n")
    )
    out = []
    for entry in entries:
        profile = entry.customer.customer_profile
        cid = entry.customer_id
        out.append(
            {
                "customer_id": cid,
                "username": entry.customer.username,
                "external_id": entry.external_id,
                "risk_level": profile.risk_level,
                "expires_at": profile.expires_at.isoformat() if profile.expires_at else None,
                "assessment_expired": bool(
                    profile.risk_level and profile.expires_at and profile.expires_at <= now
                ),
                "segments": profile.segments or [],
                "assets_band": entry.assets_band,
                "holdings": entry.holdings,
                "engagement": {
                    "sessions_attended": attended.get(cid, 0),
                    "questions": asked.get(cid, 0),
                    "cards_opened": opened.get(cid, 0),
                    "interested": interested.get(cid, 0),
                },
            }
        )
    return out


MAJORITY = 0.5


def product_matching(
    *, profiles: list[CustomerProfile], products: Iterable[Product], now: datetime | None = None
) -> dict:
    """For a group of customers: for each product, who it suits, the share who qualify, the expired
    assessments to renew; and a warning for each product above most of the group."""
    now = now or timezone.now()
    members = len(profiles)
    expired = sum(1 for p in profiles if p.risk_level and p.expires_at and p.expires_at <= now)
    suggestions, warnings = [], []
    for product in products:
        suitable = [
            p.user_id for p in profiles if suitability_check(profile=p, product=product, now=now).allowed
        ]
        share = round(len(suitable) / members, 3) if members else 0.0
        suggestions.append(
            {
                "product_id": product.pk,
                "code": product.code,
                "name": product.name,
                "risk_level": product.risk_level,
                "suitable": len(suitable),
                "share": share,
                "suitable_customer_ids": suitable,
            }
        )
        if members and share < MAJORITY:
            warnings.append(
                {
                    "code": "product_above_most_of_segment",
                    "product_id": product.pk,
                    "message": f"{product.code} {product.name}（{product.risk_level}）只适合该群体中 "
                    f"{len(suitable)}/{members} 位客户。",
                }
            )
    suggestions.sort(key=lambda s: -s["share"])
    return {
        "members": members,
        "expired_assessments": expired,
        "suggestions": suggestions,
        "warnings": warnings,
    }


def book_matching(
    *, rm: User, segment: str, products: Iterable[Product], now: datetime | None = None
) -> dict:
    """Segment-to-product matching over the RM's own book (a segment, or all of it when ``segment`` is empty)."""
    entries = book_entries(rm=rm, segment=segment)
    return {
        "segment": segment,
        **product_matching(
            profiles=[e.customer.customer_profile for e in entries], products=products, now=now
        ),
    }


def lead_list(*, rm: User, status: str = "") -> list[dict]:
    leads = Lead.objects.filter(rm=rm).select_related("customer", "product", "session", "share_link")
    if status:
        leads = leads.filter(status=status)
    campaign_of = dict(
        CampaignSession.objects.filter(session_id__in=leads.values("session_id")).values_list(
            "session_id", "campaign_id"
        )
    )
    return [
        {
            "id": lead.pk,
            "customer": lead.customer.username,
            "product": lead.product.name,
            "session_id": lead.session_id,
            "session": lead.session.title,
            "campaign_id": campaign_of.get(lead.session_id),
            "share_link_id": lead.share_link_id,
            "status": lead.status,
            "status_label": lead.get_status_display(),
            "consented_at": lead.consented_at.isoformat(),
            "consent_text": lead.consent_text,
            "created_at": lead.created_at.isoformat(),
        }
        for lead in leads
    ]
