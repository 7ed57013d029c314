"""HTTP API of the audience app: analytics, evidence, card interest, share links, invitations, reminders.

One APIView per action; each fetches through an ``access_*`` function (``studio.access`` or
``audience.access``) or a service that does, and calls one service or selector. A session the caller may
not see answers 404, the same as one that does not exist.
"""

from django.http import HttpResponse
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.roles import Role, has_role
from audience import selectors
from audience.access import access_session_evidence, access_session_report
from audience.evidence import evidence_bundle_build
from audience.models import ShareLink
from audience.replay import replay_open
from audience.services.admission import share_link_create, share_link_redeem, share_link_revoke
from audience.services.interest import card_interest_record
from audience.services.invitations import segment_invite, segment_overview
from audience.services.reminders import reminder_get, reminder_subscribe, reminder_unsubscribe
from compliance.labels import invite_warning_text
from core.api import CSVRenderer, csv_response, moment_in_range
from core.exceptions import NotFound
from studio.access import access_session, is_session_host
from studio.text import visible_text_validator


class SessionAnalyticsApi(APIView):
    """A session's attendance and engagement (its RM and compliance officers). ``?format=csv`` for CSV."""

    renderer_classes = [JSONRenderer, BrowsableAPIRenderer, CSVRenderer]

    @extend_schema(
        parameters=[OpenApiParameter("format", enum=["json", "csv"])],
        responses={200: OpenApiResponse(description="Analytics (see audience.selectors)")},
    )
    def get(self, request, session_id: int):
        session = access_session_report(request.user, session_id)
        data = selectors.session_analytics(session=session)
        if request.accepted_renderer.format != "csv":
            return Response(data)
        return csv_response(selectors.analytics_csv_rows(data), f"session-{session.pk}-analytics.csv")


class SessionEvidenceApi(APIView):
    """The evidence bundle (zip) of an ended session; compliance officers only."""

    @extend_schema(responses={(200, "application/zip"): OpenApiResponse(description="The evidence bundle")})
    def get(self, request, session_id: int):
        session = access_session_evidence(request.user, session_id)
        filename, body = evidence_bundle_build(session=session, officer=request.user)
        response = HttpResponse(body, content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class CardInterestOutputSerializer(serializers.Serializer):
    card_id = serializers.IntegerField(source="push_id")
    product_id = serializers.IntegerField(source="push.product_id")
    created_at = serializers.DateTimeField()


class CardInterestApi(APIView):
    """A customer clicks "interested" on a pushed card that suits them (once per card; repeats answer 200)."""

    class CardInterestInputSerializer(serializers.Serializer):
        consent = serializers.BooleanField(
            required=False,
            default=False,
            help_text="The customer agrees that their RM contacts them (a lead).",
        )

    @extend_schema(
        request=CardInterestInputSerializer,
        responses={201: CardInterestOutputSerializer, 200: CardInterestOutputSerializer},
    )
    def post(self, request, session_id: int, card_id: int):
        data = self.CardInterestInputSerializer(data=request.data or {})
        data.is_valid(raise_exception=True)
        interest, created = card_interest_record(
            session_id=session_id,
            user=request.user,
            card_id=card_id,
            request_session=request.session,
            consent=data.validated_data["consent"],
        )
        return Response(
            CardInterestOutputSerializer(interest).data,
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
        )


class ShareLinkOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    session_id = serializers.IntegerField()
    created_by = serializers.CharField(source="created_by.username")
    label = serializers.CharField()
    url = serializers.SerializerMethodField()
    expires_at = serializers.DateTimeField()
    revoked_at = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()
    redemptions = serializers.SerializerMethodField()

    def get_url(self, link: ShareLink) -> str:
        return f"/s/{link.token}/"

    def get_redemptions(self, link: ShareLink) -> int:
        return link.redemptions.count()


class SessionShareLinksApi(APIView):
    """RMs list the links they made for a session (the host sees all of its links), and make new ones."""

    class ShareLinkCreateInputSerializer(serializers.Serializer):
        expires_at = serializers.DateTimeField(required=False, validators=[moment_in_range])
        label = serializers.CharField(
            max_length=120, required=False, allow_blank=True, default="", validators=[visible_text_validator]
        )

    @extend_schema(responses=ShareLinkOutputSerializer(many=True))
    def get(self, request, session_id: int):
        if not has_role(request.user, Role.RM):
            raise NotFound("Session not found.")
        session = access_session(request.user, session_id)
        links = ShareLink.objects.filter(session=session).select_related("created_by").order_by("-id")
        if not is_session_host(request.user, session):
            links = links.filter(created_by=request.user)
        return Response(ShareLinkOutputSerializer(links, many=True).data)

    @extend_schema(request=ShareLinkCreateInputSerializer, responses={201: ShareLinkOutputSerializer})
    def post(self, request, session_id: int):
        data = self.ShareLinkCreateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        link = share_link_create(session_id=session_id, actor=request.user, **data.validated_data)
        return Response(ShareLinkOutputSerializer(link).data, status=status.HTTP_201_CREATED)


class ShareLinkRevokeApi(APIView):
    @extend_schema(request=None, responses=ShareLinkOutputSerializer)
    def post(self, request, link_id: int):
        link = share_link_revoke(link_id=link_id, actor=request.user)
        return Response(ShareLinkOutputSerializer(link).data)


class ShareLinkRedeemApi(APIView):
    """Redeem a share link's token (what ``/s/<token>/`` does for browsers); anyone may call it."""

    permission_classes: list = []

    class ShareLinkRedeemInputSerializer(serializers.Serializer):
        token = serializers.CharField(max_length=64)

    @extend_schema(
        request=ShareLinkRedeemInputSerializer,
        responses={200: OpenApiResponse(description="{session_id, landing_url}")},
    )
    def post(self, request):
        data = self.ShareLinkRedeemInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        link = share_link_redeem(
            token=data.validated_data["token"], user=request.user, request_session=request.session
        )
        return Response({"session_id": link.session_id, "landing_url": f"/watch/{link.session_id}/"})


class SessionInvitationsApi(APIView):
    """The host invites a customer segment (by label); the answer carries warnings about suitability."""

    class InvitationInputSerializer(serializers.Serializer):
        segment = serializers.CharField(max_length=64)
        confirm = serializers.BooleanField(
            required=False, default=False, help_text="Invite although a product is above most of the segment."
        )

    class InvitationOutputSerializer(serializers.Serializer):
        segment = serializers.CharField()
        customers = serializers.IntegerField()
        invited = serializers.IntegerField()
        already_invited = serializers.IntegerField()
        warnings = serializers.ListField(child=serializers.DictField())

    class SegmentOutputSerializer(serializers.Serializer):
        segment = serializers.CharField()
        customers = serializers.IntegerField()
        already_invited = serializers.IntegerField()
        risk_mix = serializers.DictField(
            child=serializers.IntegerField(),
            help_text="Customers per risk level C1..C5; 'none': unassessed or expired.",
        )
        warnings = serializers.ListField(child=serializers.DictField())

    @extend_schema(responses=SegmentOutputSerializer(many=True))
    def get(self, request, session_id: int):
        """The segments the host may invite, with sizes, risk mix and the warnings inviting each would raise."""
        overview = segment_overview(session_id=session_id, actor=request.user)
        for item in overview:
            item["warnings"] = [{**w, "text": invite_warning_text(w)} for w in item["warnings"]]
        return Response(self.SegmentOutputSerializer(overview, many=True).data)

    @extend_schema(request=InvitationInputSerializer, responses={201: InvitationOutputSerializer})
    def post(self, request, session_id: int):
        data = self.InvitationInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        result = segment_invite(
            session_id=session_id,
            actor=request.user,
            segment=data.validated_data["segment"],
            confirm=data.validated_data["confirm"],
        )
        result.warnings = [{**w, "text": invite_warning_text(w)} for w in result.warnings]
        return Response(self.InvitationOutputSerializer(result).data, status=status.HTTP_201_CREATED)


class SessionRemindersApi(APIView):
    """ "Remind me": a customer subscribes (POST), unsubscribes (DELETE) or asks (GET)."""

    class ReminderOutputSerializer(serializers.Serializer):
        subscribed = serializers.BooleanField()
        sent_at = serializers.DateTimeField(allow_null=True)

    @extend_schema(responses=ReminderOutputSerializer)
    def get(self, request, session_id: int):
        reminder = reminder_get(session_id=session_id, user=request.user, request_session=request.session)
        return Response(
            {"subscribed": reminder is not None, "sent_at": reminder.sent_at if reminder else None}
        )

    @extend_schema(request=None, responses={201: ReminderOutputSerializer, 200: ReminderOutputSerializer})
    def post(self, request, session_id: int):
        reminder, created = reminder_subscribe(
            session_id=session_id, user=request.user, request_session=request.session
        )
        return Response(
            self.ReminderOutputSerializer({"subscribed": True, "sent_at": reminder.sent_at}).data,
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
        )

    @extend_schema(request=None, responses={204: None})
    def delete(self, request, session_id: int):
        if not reminder_unsubscribe(
            session_id=session_id, user=request.user, request_session=request.session
        ):
            raise NotFound("You have no reminder for this session.")
        return Response(status=status.HTTP_204_NO_CONTENT)


class SessionReplayApi(APIView):
    """A published replay: its video URL, the published transcript and the cards at their offsets (seconds).

    Anyone who may see the ended session (the room's rules, an invite code or a redeemed share link) once an
    officer has published the replay; otherwise 404 ``Replay not found.``, the same as for a missing session.
    The replay page counts views (``audience.views.replay_room``), so a page that only asks whether a replay
    exists (the landing page) counts nothing.
    """

    permission_classes = [AllowAny]

    @extend_schema(
        parameters=[OpenApiParameter("invite", str)],
        responses={200: OpenApiResponse(description="The replay (see recordings.selectors)")},
    )
    def get(self, request, session_id: int):
        return Response(replay_open(request, session_id))
