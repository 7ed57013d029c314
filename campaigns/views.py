"""Browser pages: a campaign's live board, its evaluation report, a branch roll-up and the RM's book."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.roles import is_officer, role_of
from campaigns import selectors
from campaigns.access import access_branch_report, access_campaign, require_book_owner
from campaigns.forms import CampaignForm
from campaigns.models import Campaign
from campaigns.services import campaign_create, campaign_template_submit
from core.exceptions import ApplicationError
from organisations.access import access_lead
from organisations.models import LeadStatus
from organisations.selectors import branch_list, is_branch_manager, is_head_office, membership_of
from organisations.services import book_import_csv, lead_next_statuses, lead_status_set
from products.models import Product, ProductStatus

BAR_ROW = 22
BAR_WIDTH = 160


def _bars(values: dict) -> dict:
    """A horizontal bar chart drawn as SVG geometry (attributes only: the CSP allows no inline style)."""
    top = max(values.values(), default=0) or 1
    rows = []
    for index, (label, value) in enumerate(values.items()):
        width = round(BAR_WIDTH * value / top, 1)
        rows.append(
            {
                "label": label,
                "value": value,
                "y": index * BAR_ROW,
                "text_y": index * BAR_ROW + 15,
                "width": width,
                "value_x": 124 + width,
            }
        )
    return {"rows": rows, "height": max(len(rows), 1) * BAR_ROW}


def _or_404(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except ApplicationError as exc:
        raise Http404(exc.message) from exc


@login_required
def campaign_board_page(request, campaign_id: int):
    campaign = _or_404(access_campaign, request.user, campaign_id)
    return render(
        request,
        "campaigns/board.html",
        {
            "campaign": campaign,
            "role": role_of(request.user),
            "grid": selectors.schedule_grid(campaign=campaign),
        },
    )


@login_required
def campaign_evaluation_page(request, campaign_id: int):
    campaign = _or_404(access_campaign, request.user, campaign_id)
    report = selectors.campaign_evaluation(campaign=campaign, user=request.user)
    return render(
        request,
        "campaigns/evaluation.html",
        {
            "campaign": campaign,
            "report": report,
            "role": role_of(request.user),
            "product_bars": _bars(report["interest"]["by_product"]),
            "segment_bars": _bars(report["interest"]["by_segment"]),
            "branch_bars": _bars({b["branch"] or "-": b["unique_viewers"] for b in report["branches"]}),
        },
    )


@login_required
def branch_rollup_page(request, branch_id: int):
    branch = _or_404(access_branch_report, request.user, branch_id)
    since, until = selectors.default_range()
    day_from, day_to = parse_date(request.GET.get("since", "")), parse_date(request.GET.get("until", ""))
    report = selectors.branch_rollup(
        branch=branch,
        since=since.replace(year=day_from.year, month=day_from.month, day=day_from.day)
        if day_from
        else since,
        until=until.replace(year=day_to.year, month=day_to.month, day=day_to.day) if day_to else until,
    )
    return render(
        request,
        "campaigns/rollup.html",
        {
            "branch": branch,
            "report": report,
            "role": role_of(request.user),
            "rm_bars": _bars({r["rm"]: r["unique_viewers"] for r in report["rms"]}),
        },
    )


@login_required
def campaign_list_page(request):
    """Head office, branch managers and RMs: the institution's campaigns and the branch reports they may open."""
    membership = membership_of(request.user)
    if membership is None:
        raise Http404("No institution.")
    branches = (
        [membership.branch]
        if is_branch_manager(request.user)
        else (
            branch_list(institution=membership.institution)
            if is_head_office(request.user) or is_officer(request.user)
            else []
        )
    )
    return render(
        request,
        "campaigns/list.html",
        {
            "role": role_of(request.user),
            "institution": membership.institution,
            "branches": branches,
            "can_create": is_head_office(request.user),
            "campaigns": Campaign.objects.filter(institution=membership.institution).select_related(
                "template_session"
            ),
        },
    )


@login_required
def book_page(request):
    """The RM's book with each customer's 360° view, matching for a segment, leads, and the CSV import."""
    _or_404(require_book_owner, request.user)
    segment = request.GET.get("segment", "")
    import_errors, imported = [], None
    if request.method == "POST" and request.FILES.get("csv"):
        try:
            imported = book_import_csv(
                actor=request.user, text=request.FILES["csv"].read().decode("utf-8-sig", errors="replace")
            )
        except ApplicationError as exc:
            import_errors = exc.details.get("rows", []) or [{"line": "-", "errors": [exc.message]}]
    products = Product.objects.filter(status=ProductStatus.ON_SALE).order_by("risk_level", "code")
    return render(
        request,
        "campaigns/book.html",
        {
            "role": role_of(request.user),
            "segment": segment,
            "imported": imported,
            "import_errors": import_errors,
            "customers": selectors.book_view(rm=request.user, segment=segment),
            "matching": selectors.book_matching(rm=request.user, segment=segment, products=products),
            "leads": [
                {**lead, "actions": [(s, LeadStatus(s).label) for s in lead_next_statuses(lead["status"])]}
                for lead in selectors.lead_list(rm=request.user)
            ],
        },
    )


@login_required
@require_POST
def lead_status_page(request, lead_id: int):
    """A lead button on the book page: the RM marks it contacted, converted or declined, then sees the book."""
    lead = _or_404(access_lead, request.user, lead_id)
    try:
        lead_status_set(lead=lead, actor=request.user, status=request.POST.get("status", ""))
    except ApplicationError:
        messages.error(request, _("This lead cannot change to that state (a converted lead is final)."))
    return redirect("book-page")


@login_required
def campaign_create_page(request):
    """Head office plans a campaign: the form feeds ``campaign_create`` (and, if ticked, submits the template)."""
    if not is_head_office(request.user):
        raise Http404("Only head office creates campaigns.")
    form = CampaignForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic():
                campaign = campaign_create(
                    actor=request.user,
                    name=data["name"],
                    starts_on=data["starts_on"],
                    ends_on=data["ends_on"],
                    title=data["title"],
                    description=data["description"],
                    script=data["script"],
                    poster_text=data["poster_text"],
                    product_ids=[p.pk for p in data["products"]],
                    segments=form.segment_list(),
                )
                if data["submit_now"]:
                    campaign_template_submit(campaign=campaign, actor=request.user)
        except ValidationError as exc:
            form.add_error(None, exc)
        except ApplicationError:
            form.add_error(None, _("The campaign could not be created. Check the fields and try again."))
        else:
            messages.success(request, _("Campaign created."))
            return redirect("campaign-list")
    return render(request, "campaigns/create.html", {"form": form, "role": role_of(request.user)})
