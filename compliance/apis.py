"""HTTP API of the compliance app (DESIGN.md): submissions and decisions, ad-hoc checks, audit, notifications.

Each view validates, fetches through ``compliance.access``, calls one service and serializes.
"""

import csv
from collections.abc import Iterator

from django.http import StreamingHttpResponse
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field, inline_serializer
from rest_framework import serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.roles import Role, has_role, is_officer
from compliance.access import access_submission
from compliance.errors import ComplianceError
from compliance.labels import notification_text, notification_title
from compliance.models import ContentKind, Notification, SubmissionStatus
from compliance.screening import text_check
from compliance.selectors import audit_event_list, notification_list, submission_list
from compliance.services.audit import canonical_json
from compliance.services.notifications import notification_mark_read
from compliance.services.review import submission_approve, submission_reject
from compliance.services.rule_packs import LANG_TO_PACK, pack_name_for
from core import ratelimit
from core.api import CSVRenderer, csv_safe, moment_in_range
from core.exceptions import ApplicationError, Forbidden, NotFound
from products.models import Product


def page_of(serializer_class, name: str):
    """The OpenAPI shape of a ``PageNumberPagination`` response (APIViews are not paginated by the schema)."""
    return inline_serializer(
        name=name,
        fields={
            "count": serializers.IntegerField(),
            "next": serializers.URLField(allow_null=True),
            "previous": serializers.URLField(allow_null=True),
            "results": serializer_class(many=True),
        },
    )


MAX_CHECK_TEXT = 20_000
CHECK_KINDS = [*ContentKind.values, "chat"]


class FindingOutputSerializer(serializers.Serializer):
    code = serializers.CharField()
    severity = serializers.CharField()
    start = serializers.IntegerField()
    end = serializers.IntegerField()
    excerpt = serializers.CharField()
    message = serializers.CharField()
    suggestion = serializers.CharField()


class PackOutputSerializer(serializers.Serializer):
    name = serializers.CharField()
    version = serializers.IntegerField()


class SubmissionOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    status = serializers.CharField()
    sha256 = serializers.CharField()
    author = serializers.CharField(source="author.username")
    session_id = serializers.IntegerField(allow_null=True)
    product_id = serializers.IntegerField(allow_null=True)
    pack = PackOutputSerializer(allow_null=True)
    created_at = serializers.DateTimeField()
    checked_at = serializers.DateTimeField(allow_null=True)
    withdrawn = serializers.SerializerMethodField()
    withdrawn_reason = serializers.CharField()

    def get_withdrawn(self, obj) -> bool:
        return obj.withdrawn_at is not None


class DecisionOutputSerializer(serializers.Serializer):
    action = serializers.CharField()
    note = serializers.CharField()
    officer = serializers.CharField(source="officer.username", allow_null=True, default=None)
    decided_at = serializers.DateTimeField()


class SubmissionDetailOutputSerializer(SubmissionOutputSerializer):
    text = serializers.CharField()
    findings = FindingOutputSerializer(many=True, source="findings.all")
    decision = serializers.SerializerMethodField()

    @extend_schema(responses=DecisionOutputSerializer(allow_null=True))
    def get_decision(self, obj) -> dict | None:
        decision = getattr(obj, "decision", None)
        return DecisionOutputSerializer(decision).data if decision else None


class SubmissionListOutputSerializer(SubmissionOutputSerializer):
    finding_counts = serializers.SerializerMethodField()

    @extend_schema_field(
        {"type": "object", "properties": {k: {"type": "integer"} for k in ("block", "review", "info")}}
    )
    def get_finding_counts(self, obj) -> dict:
        return {"block": obj.block_count, "review": obj.review_count, "info": obj.info_count}


def _detail(submission) -> dict:
    return SubmissionDetailOutputSerializer(submission).data


class SubmissionListApi(APIView):
    """RMs list their own submissions; compliance officers list all, filtered by status or kind."""

    class SubmissionFilterSerializer(serializers.Serializer):
        status = serializers.ChoiceField(choices=SubmissionStatus.values, required=False)
        kind = serializers.ChoiceField(choices=ContentKind.values, required=False)
        session = serializers.IntegerField(required=False, min_value=1, max_value=2**62)

    @extend_schema(
        operation_id="submissions_list",
        parameters=[SubmissionFilterSerializer],
        responses=page_of(SubmissionListOutputSerializer, "SubmissionPage"),
    )
    def get(self, request):
        filters = self.SubmissionFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        data = filters.validated_data
        qs = submission_list(
            user=request.user,
            status=data.get("status"),
            kind=data.get("kind"),
            session_id=data.get("session"),
        )
        paginator = PageNumberPagination()
        page = paginator.paginate_queryset(qs, request, view=self)
        return paginator.get_paginated_response(SubmissionListOutputSerializer(page, many=True).data)


class SubmissionDetailApi(APIView):
    @extend_schema(responses=SubmissionDetailOutputSerializer)
    def get(self, request, submission_id: int):
        return Response(_detail(access_submission(request.user, submission_id)))


class SubmissionApproveApi(APIView):
    """Compliance only, never the author. Answers the submission as it is after the decision."""

    class SubmissionApproveInputSerializer(serializers.Serializer):
        note = serializers.CharField(required=False, allow_blank=True, max_length=4000, default="")

    @extend_schema(request=SubmissionApproveInputSerializer, responses=SubmissionDetailOutputSerializer)
    def post(self, request, submission_id: int):
        submission = access_submission(request.user, submission_id, for_decision=True)
        payload = self.SubmissionApproveInputSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        submission_approve(submission=submission, officer=request.user, note=payload.validated_data["note"])
        return Response(_detail(access_submission(request.user, submission_id)))


class SubmissionRejectApi(APIView):
    """Compliance only, never the author; a note saying why is required."""

    class SubmissionRejectInputSerializer(serializers.Serializer):
        note = serializers.CharField(max_length=4000)

    @extend_schema(request=SubmissionRejectInputSerializer, responses=SubmissionDetailOutputSerializer)
    def post(self, request, submission_id: int):
        submission = access_submission(request.user, submission_id, for_decision=True)
        payload = self.SubmissionRejectInputSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        submission_reject(submission=submission, officer=request.user, note=payload.validated_data["note"])
        return Response(_detail(access_submission(request.user, submission_id)))


class ComplianceCheckApi(APIView):
    """Check a text as the script editor types it: findings come back, nothing is stored."""

    class ComplianceCheckInputSerializer(serializers.Serializer):
        text = serializers.CharField(max_length=MAX_CHECK_TEXT, allow_blank=True, trim_whitespace=False)
        kind = serializers.ChoiceField(choices=CHECK_KINDS)
        product_ids = serializers.ListField(
            child=serializers.IntegerField(min_value=1), required=False, max_length=20, default=list
        )
        lang = serializers.ChoiceField(choices=sorted(LANG_TO_PACK), required=False)
        customer_risk = serializers.ChoiceField(choices=["C1", "C2", "C3", "C4", "C5"], required=False)

    class ComplianceCheckOutputSerializer(serializers.Serializer):
        pack = PackOutputSerializer()
        findings = FindingOutputSerializer(many=True)

    @extend_schema(request=ComplianceCheckInputSerializer, responses=ComplianceCheckOutputSerializer)
    def post(self, request):
        if not (is_officer(request.user) or has_role(request.user, Role.RM)):
            raise Forbidden("Only relationship managers and compliance officers check texts.")
        payload = self.ComplianceCheckInputSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = payload.validated_data
        ratelimit.hit(f"compliance-check:{request.user.pk}", limit=120, window_seconds=60)
        ids = list(dict.fromkeys(data["product_ids"]))
        products = list(Product.objects.filter(pk__in=ids))
        if len(products) != len(ids):
            missing = sorted(set(ids) - {p.pk for p in products})
            raise ApplicationError(
                "Some products do not exist.",
                code=ComplianceError.UNKNOWN_PRODUCT,
                details={"product_ids": missing},
            )
        result = text_check(
            text=data["text"],
            kind=data["kind"],
            products=products,
            customer_risk=data.get("customer_risk"),
            pack_name=pack_name_for(lang=data.get("lang")),
        )
        return Response(self.ComplianceCheckOutputSerializer(result.to_dict()).data)


AUDIT_COLUMNS = [
    "seq",
    "id",
    "at",
    "event_type",
    "actor_id",
    "actor",
    "subject_type",
    "subject_id",
    "data",
    "prev_hash",
    "hash",
]


class _Echo:
    def write(self, value: str) -> str:
        return value


def audit_csv_rows(events) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(AUDIT_COLUMNS)  # BOM: spreadsheets then read the Chinese right
    for e in events.iterator(chunk_size=2000):
        yield writer.writerow(
            [
                csv_safe(v)
                for v in (
                    e.seq,
                    e.id,
                    e.at.isoformat(),
                    e.event_type,
                    e.actor_id,
                    e.actor_name,
                    e.subject_type,
                    e.subject_id,
                    canonical_json(e.data),
                    e.prev_hash,
                    e.hash,
                )
            ]
        )


def audit_csv_response(events, *, filename: str = "audit.csv") -> StreamingHttpResponse:
    response = StreamingHttpResponse(audit_csv_rows(events), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class AuditEventOutputSerializer(serializers.Serializer):
    seq = serializers.IntegerField()
    id = serializers.IntegerField()
    at = serializers.DateTimeField()
    event_type = serializers.CharField()
    actor_id = serializers.IntegerField(allow_null=True)
    actor = serializers.CharField(source="actor_name")
    subject_type = serializers.CharField()
    subject_id = serializers.CharField()
    data = serializers.JSONField()
    prev_hash = serializers.CharField()
    hash = serializers.CharField()


class AuditListApi(APIView):
    """The audit trail, oldest first; compliance officers only. ``?format=csv`` streams all of it."""

    renderer_classes = [JSONRenderer, BrowsableAPIRenderer, CSVRenderer]

    class AuditFilterSerializer(serializers.Serializer):
        event_type = serializers.CharField(required=False, max_length=64)
        subject_type = serializers.CharField(required=False, max_length=64)
        subject_id = serializers.CharField(required=False, max_length=64)
        since = serializers.DateTimeField(required=False, validators=[moment_in_range])
        session = serializers.IntegerField(
            required=False,
            min_value=1,
            max_value=2**63 - 1,
            help_text="every event about this live session (moderation included)",
        )

    @extend_schema(
        operation_id="audit_list",
        parameters=[AuditFilterSerializer, OpenApiParameter("format", enum=["json", "csv"])],
        responses=page_of(AuditEventOutputSerializer, "AuditEventPage"),
    )
    def get(self, request):
        if not is_officer(request.user):
            raise NotFound("Not found.")  # the trail's existence is not for other roles to probe
        filters = self.AuditFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        events = audit_event_list(**filters.validated_data, user=request.user)
        if request.accepted_renderer.format == "csv":
            return audit_csv_response(events)
        paginator = PageNumberPagination()
        page = paginator.paginate_queryset(events, request, view=self)
        return paginator.get_paginated_response(AuditEventOutputSerializer(page, many=True).data)


class ProductCardCheckApi(APIView):
    """Check featured products' current cards for an RM about to submit a session (nothing is stored).

    Cards are written by the product desk, not the RM; a card with a block finding would send the session
    back, so the editor warns before submitting and says who can correct the card.
    """

    class ProductCardCheckInputSerializer(serializers.Serializer):
        product_ids = serializers.ListField(
            child=serializers.IntegerField(min_value=1, max_value=2**62), max_length=20
        )

    class ProductCardCheckOutputSerializer(serializers.Serializer):
        product_id = serializers.IntegerField()
        code = serializers.CharField()
        findings = FindingOutputSerializer(many=True)

    @extend_schema(
        request=ProductCardCheckInputSerializer, responses=ProductCardCheckOutputSerializer(many=True)
    )
    def post(self, request):
        if not (is_officer(request.user) or has_role(request.user, Role.RM)):
            raise Forbidden("Only relationship managers and compliance officers check texts.")
        payload = self.ProductCardCheckInputSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        ratelimit.hit(f"compliance-check:{request.user.pk}", limit=120, window_seconds=60)
        products = Product.objects.filter(pk__in=payload.validated_data["product_ids"]).order_by("code")
        answer = [
            {
                "product_id": p.pk,
                "code": p.code,
                "findings": text_check(
                    text=p.card_text, kind=ContentKind.PRODUCT_CARD, products=[p]
                ).to_dict()["findings"]
                if p.card_text.strip()
                else [],
            }
            for p in products
        ]
        return Response(self.ProductCardCheckOutputSerializer(answer, many=True).data)


class NotificationOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    message = serializers.CharField()
    title = serializers.SerializerMethodField(help_text="The kind's name in the reader's language.")
    text = serializers.SerializerMethodField(help_text="The notice in the reader's language, rules by name.")
    session_id = serializers.IntegerField(allow_null=True)
    submission_id = serializers.IntegerField(allow_null=True)
    created_at = serializers.DateTimeField()
    read_at = serializers.DateTimeField(allow_null=True)

    def get_title(self, obj) -> str:
        return notification_title(obj.kind)

    def get_text(self, obj) -> str:
        return notification_text(obj)


class NotificationListApi(APIView):
    """The caller's notifications, newest first (e.g. an approval pulled back by a rule change)."""

    class NotificationFilterSerializer(serializers.Serializer):
        unread = serializers.BooleanField(required=False, default=False)

    @extend_schema(
        parameters=[NotificationFilterSerializer],
        operation_id="notifications_list",
        responses=page_of(NotificationOutputSerializer, "NotificationPage"),
    )
    def get(self, request):
        filters = self.NotificationFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        qs = notification_list(user=request.user, unread_only=filters.validated_data["unread"])
        paginator = PageNumberPagination()
        page = paginator.paginate_queryset(qs, request, view=self)
        return paginator.get_paginated_response(NotificationOutputSerializer(page, many=True).data)


class NotificationReadApi(APIView):
    @extend_schema(request=None, responses=NotificationOutputSerializer)
    def post(self, request, notification_id: int):
        notification = Notification.objects.filter(pk=notification_id, recipient=request.user).first()
        if notification is None:
            raise NotFound("Notification not found.")
        notification_mark_read(notification=notification, user=request.user)
        return Response(NotificationOutputSerializer(notification).data, status=status.HTTP_200_OK)
