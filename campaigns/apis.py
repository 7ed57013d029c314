"""HTTP API of campaigns, branch roll-ups, RMs' books and leads (under /api/).

Each view validates, fetches through ``campaigns.access`` / ``organisations.access``, calls one service
or selector and serializes.
"""

from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.roles import Role, has_role
from campaigns import selectors, services
from campaigns.access import access_branch_report, access_campaign, require_book_owner
from campaigns.models import Campaign
from core.api import CSVRenderer, csv_response
from core.exceptions import Forbidden
from organisations.access import access_lead
from organisations.models import LeadStatus
from organisations.selectors import membership_of
from organisations.services import book_import_csv, lead_status_set
from products.models import Product


class CampaignOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    starts_on = serializers.DateField()
    ends_on = serializers.DateField()
    segments = serializers.ListField(child=serializers.CharField())
    title = serializers.CharField()
    description = serializers.CharField()
    script = serializers.CharField()
    poster_text = serializers.CharField()
    product_ids = serializers.SerializerMethodField()
    template_session_id = serializers.IntegerField()
    template_state = serializers.CharField(source="template_session.state")

    def get_product_ids(self, obj) -> list[int]:
        return sorted(p.pk for p in obj.products.all())


class CampaignListApi(APIView):
    """Campaigns of the caller's institution (staff); head office creates one (with its template session)."""

    class CampaignListInputSerializer(serializers.Serializer):
        name = serializers.CharField(max_length=120)
        starts_on = serializers.DateField()
        ends_on = serializers.DateField()
        title = serializers.CharField(max_length=200)
        description = serializers.CharField(required=False, allow_blank=True, default="")
        script = serializers.CharField(required=False, allow_blank=True, default="")
        poster_text = serializers.CharField(required=False, allow_blank=True, default="")
        product_ids = serializers.ListField(child=serializers.IntegerField(), required=False, default=list)
        segments = serializers.ListField(
            child=serializers.CharField(max_length=64), required=False, default=list
        )

    @extend_schema(responses=CampaignOutputSerializer(many=True))
    def get(self, request):
        membership = membership_of(request.user)
        if membership is None:
            raise Forbidden("Only members of an institution see its campaigns.", code="campaign_forbidden")
        campaigns = (
            Campaign.objects.filter(institution_id=membership.institution_id)
            .select_related("template_session")
            .prefetch_related("products")
        )
        return Response(CampaignOutputSerializer(campaigns, many=True).data)

    @extend_schema(request=CampaignListInputSerializer, responses={201: CampaignOutputSerializer})
    def post(self, request):
        data = self.CampaignListInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        campaign = services.campaign_create(actor=request.user, **data.validated_data)
        return Response(CampaignOutputSerializer(campaign).data, status=status.HTTP_201_CREATED)


class CampaignDetailApi(APIView):
    @extend_schema(responses=CampaignOutputSerializer)
    def get(self, request, campaign_id: int):
        return Response(CampaignOutputSerializer(access_campaign(request.user, campaign_id)).data)


class CampaignSubmitApi(APIView):
    """Head office submits the campaign's template for review, once."""

    @extend_schema(request=None, responses=CampaignOutputSerializer)
    def post(self, request, campaign_id: int):
        campaign = access_campaign(request.user, campaign_id, for_write=True)
        services.campaign_template_submit(campaign=campaign, actor=request.user)
        campaign.template_session.refresh_from_db()
        return Response(CampaignOutputSerializer(campaign).data)


class CampaignSessionsApi(APIView):
    """The schedule grid (every session of the campaign); an RM makes a session from the campaign."""

    class CampaignSessionsInputSerializer(serializers.Serializer):
        studio_id = serializers.IntegerField()
        scheduled_start = serializers.DateTimeField()

    @extend_schema(responses=OpenApiResponse(description="Schedule grid rows"))
    def get(self, request, campaign_id: int):
        campaign = access_campaign(request.user, campaign_id)
        return Response({"sessions": selectors.schedule_grid(campaign=campaign)})

    @extend_schema(
        request=CampaignSessionsInputSerializer,
        responses={201: OpenApiResponse(description="The new session's id")},
    )
    def post(self, request, campaign_id: int):
        campaign = access_campaign(request.user, campaign_id)
        data = self.CampaignSessionsInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        link = services.campaign_session_create(campaign=campaign, actor=request.user, **data.validated_data)
        return Response(
            {"session_id": link.session_id, "state": link.session.state}, status=status.HTTP_201_CREATED
        )


class CampaignBoardApi(APIView):
    """The live ranking board (the board page polls it): sessions, RMs and branches."""

    @extend_schema(responses=OpenApiResponse(description="Board (see campaigns.selectors.campaign_board)"))
    def get(self, request, campaign_id: int):
        campaign = access_campaign(request.user, campaign_id)
        return Response(selectors.campaign_board(campaign=campaign, user=request.user))


class CampaignEvaluationApi(APIView):
    """The campaign's evaluation report; ``?format=csv`` for CSV."""

    renderer_classes = [JSONRenderer, BrowsableAPIRenderer, CSVRenderer]

    @extend_schema(
        parameters=[OpenApiParameter("format", enum=["json", "csv"])],
        responses=OpenApiResponse(description="Evaluation (see campaigns.selectors)"),
    )
    def get(self, request, campaign_id: int):
        campaign = access_campaign(request.user, campaign_id)
        report = selectors.campaign_evaluation(campaign=campaign, user=request.user)
        if request.accepted_renderer.format != "csv":
            return Response(report)
        return csv_response(selectors.report_csv_rows(report), f"campaign-{campaign.pk}-evaluation.csv")


class BranchRollupApi(APIView):
    """A branch's roll-up over a date range (``since``/``until``, ISO dates); ``?format=csv`` for CSV."""

    renderer_classes = [JSONRenderer, BrowsableAPIRenderer, CSVRenderer]

    class BranchRollupFilterSerializer(serializers.Serializer):
        since = serializers.DateTimeField(required=False)
        until = serializers.DateTimeField(required=False)

    @extend_schema(
        parameters=[
            OpenApiParameter("format", enum=["json", "csv"]),
            OpenApiParameter("since"),
            OpenApiParameter("until"),
        ],
        responses=OpenApiResponse(description="Branch roll-up"),
    )
    def get(self, request, branch_id: int):
        branch = access_branch_report(request.user, branch_id)
        filters = self.BranchRollupFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        since, until = selectors.default_range()
        report = selectors.branch_rollup(
            branch=branch,
            since=filters.validated_data.get("since", since),
            until=filters.validated_data.get("until", until),
        )
        if request.accepted_renderer.format != "csv":
            return Response(report)
        report["per_session"] = []
        return csv_response(selectors.report_csv_rows(report), f"branch-{branch.pk}-rollup.csv")


class BookApi(APIView):
    """The RM's own book with each customer's 360° view; filters ``segment``, ``risk_level``, ``assets_band``."""

    @extend_schema(responses=OpenApiResponse(description="Book rows"))
    def get(self, request):
        require_book_owner(request.user)
        params = request.query_params
        return Response(
            {
                "customers": selectors.book_view(
                    rm=request.user,
                    segment=params.get("segment", ""),
                    risk_level=params.get("risk_level", ""),
                    assets_band=params.get("assets_band", ""),
                )
            }
        )


class BookImportApi(APIView):
    """Import customers into books from a CRM CSV export: all rows or none (bad rows listed per line)."""

    class BookImportInputSerializer(serializers.Serializer):
        csv = serializers.CharField(max_length=5_000_000, trim_whitespace=False)

    @extend_schema(
        request=BookImportInputSerializer, responses=OpenApiResponse(description="created/updated counts")
    )
    def post(self, request):
        data = self.BookImportInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        report = book_import_csv(actor=request.user, text=data.validated_data["csv"])
        return Response({"created": report.created, "updated": report.updated})


class BookMatchingApi(APIView):
    """Segment-to-product matching over the RM's own book, for a campaign's or a session's products."""

    class BookMatchingFilterSerializer(serializers.Serializer):
        segment = serializers.CharField(required=False, allow_blank=True, default="")
        product_ids = serializers.CharField(
            required=False,
            allow_blank=True,
            default="",
            help_text="Comma-separated product ids (default: every on-sale product).",
        )

    @extend_schema(
        parameters=[OpenApiParameter("segment"), OpenApiParameter("product_ids")],
        responses=OpenApiResponse(description="Suggestions and warnings"),
    )
    def get(self, request):
        require_book_owner(request.user)
        filters = self.BookMatchingFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        ids = [int(x) for x in filters.validated_data["product_ids"].split(",") if x.strip().isdigit()]
        products = Product.objects.filter(pk__in=ids) if ids else Product.objects.filter(status="on_sale")
        return Response(
            selectors.book_matching(
                rm=request.user,
                segment=filters.validated_data["segment"],
                products=products.order_by("risk_level", "code"),
                now=timezone.now(),
            )
        )


class LeadListApi(APIView):
    """The RM's leads (from customers' "interested" with consent); filter ``status``."""

    class LeadFilterSerializer(serializers.Serializer):
        # A status the model does not know is the caller's mistake (400), not a query to run: a NUL byte in it
        # made PostgreSQL refuse the query and the API answer 500.
        status = serializers.ChoiceField(
            choices=LeadStatus.choices, required=False, allow_blank=True, default=""
        )

    @extend_schema(
        parameters=[OpenApiParameter("status", description="new, contacted, converted or declined")],
        responses=OpenApiResponse(description="Leads"),
    )
    def get(self, request):
        if not has_role(request.user, Role.RM):
            raise Forbidden("Only relationship managers have leads.", code="campaign_forbidden")
        filters = self.LeadFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        return Response(
            {"leads": selectors.lead_list(rm=request.user, status=filters.validated_data["status"])}
        )


class LeadStatusApi(APIView):
    """The RM works a lead: contacted, converted or declined."""

    class LeadStatusInputSerializer(serializers.Serializer):
        status = serializers.ChoiceField(choices=LeadStatus.choices)
        note = serializers.CharField(required=False, allow_blank=True, default="")

    @extend_schema(
        request=LeadStatusInputSerializer, responses=OpenApiResponse(description="The lead's new status")
    )
    def post(self, request, lead_id: int):
        lead = access_lead(request.user, lead_id)
        data = self.LeadStatusInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        lead = lead_status_set(lead=lead, actor=request.user, **data.validated_data)
        return Response({"id": lead.pk, "status": lead.status})
