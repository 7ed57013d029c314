"""HTTP API of live video: the owner's stream key and status, viewers' playback, an officer's Stop stream."""

from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.roles import is_officer
from broadcast import selectors, services, tokens
from broadcast.access import access_stream_owner
from studio.access import access_session
from studio.admission import admit_request
from studio.models import SessionState


class StreamOutputSerializer(serializers.Serializer):
    status = serializers.CharField()
    public_id = serializers.CharField()
    has_key = serializers.BooleanField()
    key_generation = serializers.IntegerField()
    last_refusal = serializers.CharField()
    stopped_reason = serializers.CharField()
    server = serializers.CharField()


class StreamKeyOutputSerializer(serializers.Serializer):
    server = serializers.CharField()
    stream_key = serializers.CharField()
    generation = serializers.IntegerField()


class PlaybackOutputSerializer(serializers.Serializer):
    status = serializers.CharField()
    url = serializers.CharField(allow_null=True)
    can_stop = serializers.BooleanField()


class StreamDetailApi(APIView):
    """The owner's view of the session's stream (no key: it is shown once, at issue)."""

    @extend_schema(responses=StreamOutputSerializer)
    def get(self, request, session_id: int):
        session = access_stream_owner(request.user, session_id)
        services.stream_ensure(session=session)
        return Response({**selectors.stream_overview(session), "server": settings.BROADCAST_INGEST_URL})


class StreamKeyRotateApi(APIView):
    """Issue a new stream key for OBS (the old one stops working): the answer is the only time it is shown."""

    @extend_schema(request=None, responses=StreamKeyOutputSerializer)
    def post(self, request, session_id: int):
        session = access_stream_owner(request.user, session_id)
        issued = services.stream_key_rotate(session=session, actor=request.user)
        return Response(StreamKeyOutputSerializer(issued).data)


class PlaybackApi(APIView):
    """What a viewer's player needs: the stream's status and, while it is on air, a signed HLS link."""

    permission_classes = [AllowAny]

    @extend_schema(responses=PlaybackOutputSerializer)
    def get(self, request, session_id: int):
        admit_request(request, session_id)
        session = access_session(request.user, session_id)
        stream = selectors.stream_of(session)
        status = services.stream_status(session, stream)
        url = tokens.playback_url(stream.public_id) if status == "live" else None
        if (
            url is None
            and status in ("waiting", "interrupted")
            and session.playback_url
            and session.state == SessionState.LIVE
        ):
            # An external source (a bank's own live service): reviewed with the announcement, so gated content;
            # its host must be in CSP_MEDIA_HOSTS. The studio's own stream takes precedence while on air.
            status, url = "live", session.playback_url
        return Response(
            {"status": status, "url": url, "can_stop": is_officer(request.user) and status != "ended"}
        )


class StreamStopApi(APIView):
    """An officer's Stop stream, with a required reason (audited); the ingest cuts within its re-ask."""

    class InputSerializer(serializers.Serializer):
        reason = serializers.CharField(max_length=2000, allow_blank=True)

    @extend_schema(request=InputSerializer, responses=StreamOutputSerializer)
    def post(self, request, session_id: int):
        session = access_session(request.user, session_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.stream_stop(session=session, officer=request.user, reason=data.validated_data["reason"])
        return Response({**selectors.stream_overview(session), "server": settings.BROADCAST_INGEST_URL})
