"""HTTP API of studios and live sessions (DESIGN.md, "HTTP API"): one APIView per action.

Every view fetches through ``studio.access`` and writes through one ``studio.services`` function.
A session the caller may not see answers 404, the same as one that does not exist.
"""

from django.conf import settings
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from compliance.selectors import gate_blockers
from core.api import moment_in_range
from studio import selectors
from studio.access import access_session, access_studio, is_session_host, require_rm, session_officer
from studio.admission import admit
from studio.models import (
    SCRIPT_MAX_CHARS,
    SESSION_DESCRIPTION_MAX_CHARS,
    STUDIO_DESCRIPTION_MAX_CHARS,
    LiveSession,
    SessionState,
    Visibility,
)
from studio.services.sessions import (
    session_create,
    session_end,
    session_go_live,
    session_submit,
    session_update,
    studio_create,
    studio_update,
)
from studio.text import visible_text_validator


class StudioOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    description = serializers.CharField()
    created_at = serializers.DateTimeField()


class StudioInputSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=120, validators=[visible_text_validator])
    description = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=STUDIO_DESCRIPTION_MAX_CHARS,
        validators=[visible_text_validator],
    )


class StudioPatchInputSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=120, required=False, validators=[visible_text_validator])
    description = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=STUDIO_DESCRIPTION_MAX_CHARS,
        validators=[visible_text_validator],
    )


class FeaturedProductSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    code = serializers.CharField()
    name = serializers.CharField()
    type = serializers.CharField()
    risk_level = serializers.CharField()


class SessionHostSerializer(serializers.Serializer):
    """The presenter as regulators require it to be shown: name, branch, licence number."""

    name = serializers.CharField()
    branch = serializers.CharField()
    licence_number = serializers.CharField()


class SessionPublicOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    studio = StudioOutputSerializer()
    host = serializers.SerializerMethodField()
    title = serializers.CharField()
    description = serializers.CharField()
    scheduled_start = serializers.DateTimeField()
    scheduled_end = serializers.DateTimeField(allow_null=True)
    state = serializers.CharField()
    visibility = serializers.CharField()
    guests_can_watch = serializers.BooleanField()
    slow_mode_seconds = serializers.IntegerField()
    qa_enabled = serializers.BooleanField()
    playback_url = serializers.CharField()
    started_at = serializers.DateTimeField(allow_null=True)
    ended_at = serializers.DateTimeField(allow_null=True)
    featured_products = FeaturedProductSerializer(many=True, source="featured_products.all")
    last_seq = serializers.IntegerField()
    ws_path = serializers.SerializerMethodField()

    @extend_schema(responses=SessionHostSerializer)
    def get_host(self, session: LiveSession) -> dict:
        profile = getattr(session.studio.owner, "rm_profile", None)
        if profile is None:
            return {"name": session.studio.owner.get_username(), "branch": "", "licence_number": ""}
        return {
            "name": profile.display_name,
            "branch": profile.branch,
            "licence_number": profile.licence_number,
        }

    def get_ws_path(self, session: LiveSession) -> str:
        return f"/ws/sessions/{session.pk}/"


class GateBlockerOutputSerializer(serializers.Serializer):
    code = serializers.ChoiceField(
        choices=["not_submitted", "awaiting_check", "awaiting_decision", "rejected"]
    )
    kind = serializers.ChoiceField(choices=["script", "announcement", "product_card"])
    message = serializers.CharField()
    product_id = serializers.IntegerField(allow_null=True)
    submission_id = serializers.IntegerField(allow_null=True)


class SessionOwnerOutputSerializer(SessionPublicOutputSerializer):
    """What the host sees of their own session: also the script and the share link's invite code."""

    script = serializers.CharField()
    invite_code = serializers.CharField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    blockers = serializers.SerializerMethodField(
        help_text="What still keeps the session from being published "
        "or going live (the publishing gate's answer)."
    )

    @extend_schema_field(GateBlockerOutputSerializer(many=True))
    def get_blockers(self, session: LiveSession) -> list[dict]:
        if session.state == SessionState.ENDED:
            return []
        return [blocker.to_dict() for blocker in gate_blockers(session)]  # said in the reader's language


class SessionPageSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = SessionOwnerOutputSerializer(many=True)


def _session_out(request, session: LiveSession) -> dict:
    if is_session_host(request.user, session):
        return SessionOwnerOutputSerializer(session).data
    return SessionPublicOutputSerializer(session).data


class SessionCreateInputSerializer(serializers.Serializer):
    studio_id = serializers.IntegerField()
    title = serializers.CharField(max_length=200, validators=[visible_text_validator])
    description = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=SESSION_DESCRIPTION_MAX_CHARS,
        validators=[visible_text_validator],
    )
    scheduled_start = serializers.DateTimeField(validators=[moment_in_range])
    scheduled_end = serializers.DateTimeField(
        required=False, allow_null=True, default=None, validators=[moment_in_range]
    )
    script = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=SCRIPT_MAX_CHARS,
        validators=[visible_text_validator],
    )
    featured_product_ids = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=2**62),
        required=False,
        default=list,
        max_length=20,
    )
    visibility = serializers.ChoiceField(
        choices=Visibility.choices, required=False, default=Visibility.PUBLIC
    )
    guests_can_watch = serializers.BooleanField(required=False, default=True)
    slow_mode_seconds = serializers.IntegerField(min_value=0, max_value=3600, required=False, default=0)
    qa_enabled = serializers.BooleanField(required=False, default=True)
    playback_url = serializers.URLField(required=False, allow_blank=True, default="", max_length=200)

    def validate(self, attrs):
        if attrs.get("scheduled_end") and attrs["scheduled_end"] <= attrs["scheduled_start"]:
            raise serializers.ValidationError({"scheduled_end": "The end must come after the start."})
        return attrs


class SessionPatchInputSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=200, required=False, validators=[visible_text_validator])
    description = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=SESSION_DESCRIPTION_MAX_CHARS,
        validators=[visible_text_validator],
    )
    scheduled_start = serializers.DateTimeField(required=False, validators=[moment_in_range])
    scheduled_end = serializers.DateTimeField(required=False, allow_null=True, validators=[moment_in_range])
    script = serializers.CharField(
        required=False, allow_blank=True, max_length=SCRIPT_MAX_CHARS, validators=[visible_text_validator]
    )
    featured_product_ids = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=2**62), required=False, max_length=20
    )
    visibility = serializers.ChoiceField(choices=Visibility.choices, required=False)
    guests_can_watch = serializers.BooleanField(required=False)
    slow_mode_seconds = serializers.IntegerField(min_value=0, max_value=3600, required=False)
    qa_enabled = serializers.BooleanField(required=False)
    playback_url = serializers.URLField(required=False, allow_blank=True, max_length=200)


class StudioListApi(APIView):
    """An RM's own studios: list and create."""

    permission_classes = [IsAuthenticated]

    @extend_schema(responses=StudioOutputSerializer(many=True))
    def get(self, request):
        require_rm(request.user)
        return Response(
            StudioOutputSerializer(selectors.studio_list_for_owner(owner=request.user), many=True).data
        )

    @extend_schema(request=StudioInputSerializer, responses={201: StudioOutputSerializer})
    def post(self, request):
        data = StudioInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        studio = studio_create(owner=request.user, **data.validated_data)
        return Response(StudioOutputSerializer(studio).data, status=status.HTTP_201_CREATED)


class StudioDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses=StudioOutputSerializer)
    def get(self, request, studio_id: int):
        return Response(StudioOutputSerializer(access_studio(request.user, studio_id)).data)

    @extend_schema(request=StudioPatchInputSerializer, responses=StudioOutputSerializer)
    def patch(self, request, studio_id: int):
        studio = access_studio(request.user, studio_id)
        data = StudioPatchInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        return Response(
            StudioOutputSerializer(
                studio_update(studio=studio, actor=request.user, **data.validated_data)
            ).data
        )


class SessionListApi(APIView):
    """An RM's own sessions (all their studios): list (``?state=``) and create a draft."""

    permission_classes = [IsAuthenticated]

    class SessionListFilterSerializer(serializers.Serializer):
        state = serializers.ChoiceField(choices=SessionState.choices, required=False)

    @extend_schema(
        operation_id="sessions_list",
        parameters=[SessionListFilterSerializer],
        responses=SessionPageSerializer,
    )
    def get(self, request):
        require_rm(request.user)
        filters = self.SessionListFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        sessions = selectors.session_list_for_owner(owner=request.user, **filters.validated_data)
        paginator = PageNumberPagination()
        page = paginator.paginate_queryset(
            sessions.select_related("studio__owner__rm_profile"), request, view=self
        )
        return paginator.get_paginated_response(SessionOwnerOutputSerializer(page, many=True).data)

    @extend_schema(request=SessionCreateInputSerializer, responses={201: SessionOwnerOutputSerializer})
    def post(self, request):
        require_rm(request.user)
        data = SessionCreateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        studio = access_studio(request.user, fields.pop("studio_id"))
        session = session_create(studio=studio, actor=request.user, **fields)
        return Response(SessionOwnerOutputSerializer(session).data, status=status.HTTP_201_CREATED)


_INVITE = OpenApiParameter("invite", str, description="Invite code of an invite-only session's share link.")


class SessionDetailApi(APIView):
    """Public detail of an approved, live or ended session (the host and officers see any state);
    the host edits it with PATCH."""

    def get_permissions(self):
        return [AllowAny()] if self.request.method == "GET" else [IsAuthenticated()]

    @extend_schema(parameters=[_INVITE], responses=SessionPublicOutputSerializer)
    def get(self, request, session_id: int):
        admit(request.user, session_id, request.query_params.get("invite", ""))
        session = access_session(request.user, session_id)
        return Response(_session_out(request, session))

    @extend_schema(request=SessionPatchInputSerializer, responses=SessionOwnerOutputSerializer)
    def patch(self, request, session_id: int):
        session = access_session(request.user, session_id, for_write=True)
        data = SessionPatchInputSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        changes = dict(data.validated_data)
        start = changes.get("scheduled_start", session.scheduled_start)
        end = changes.get("scheduled_end", session.scheduled_end)
        if end and end <= start:
            raise serializers.ValidationError({"scheduled_end": "The end must come after the start."})
        session = session_update(session=session, actor=request.user, **changes)
        return Response(SessionOwnerOutputSerializer(LiveSession.objects.get(pk=session.pk)).data)


class SessionSubmitApi(APIView):
    """Submit the session's current content to compliance (the publishing gate)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses=SessionOwnerOutputSerializer)
    def post(self, request, session_id: int):
        session = access_session(request.user, session_id, for_write=True)
        session_submit(session=session, actor=request.user)
        return Response(SessionOwnerOutputSerializer(LiveSession.objects.get(pk=session.pk)).data)


class SessionGoLiveApi(APIView):
    """Open the room; refused with 409 ``gate_closed`` (and the blockers) unless all content is approved."""

    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses=SessionOwnerOutputSerializer)
    def post(self, request, session_id: int):
        session = access_session(request.user, session_id, for_write=True)
        session_go_live(session=session, actor=request.user)
        return Response(SessionOwnerOutputSerializer(LiveSession.objects.get(pk=session.pk)).data)


class SessionEndApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses=SessionOwnerOutputSerializer)
    def post(self, request, session_id: int):
        session = session_end(session=access_session(request.user, session_id), actor=request.user)
        return Response(SessionOwnerOutputSerializer(LiveSession.objects.get(pk=session.pk)).data)


class TranscriptLineSerializer(serializers.Serializer):
    """A line of the transcript. ``text`` is raw user input: renderers must escape it.

    Viewers get published lines only; a removed line keeps its place with ``removed: true`` and no
    text. The host and compliance officers also get held and rejected lines with their verdicts.
    """

    id = serializers.IntegerField()
    seq = serializers.IntegerField(allow_null=True)
    author = serializers.CharField()
    author_id = serializers.IntegerField()
    role = serializers.CharField()
    text = serializers.CharField(allow_null=True)
    at = serializers.DateTimeField()
    removed = serializers.BooleanField()
    status = serializers.CharField(required=False)
    findings = serializers.ListField(child=serializers.DictField(), required=False)
    masked = serializers.ListField(child=serializers.CharField(), required=False)


class TranscriptPageSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = TranscriptLineSerializer(many=True)


class SessionMessagesApi(APIView):
    """The session's chat transcript, paged (``?page=``, ``?after_seq=``)."""

    permission_classes = [AllowAny]

    class TranscriptFilterSerializer(serializers.Serializer):
        after_seq = serializers.IntegerField(min_value=0, max_value=2**62, required=False)
        invite = serializers.CharField(required=False, allow_blank=True)

    @extend_schema(
        operation_id="sessions_messages_list",
        parameters=[TranscriptFilterSerializer],
        responses=TranscriptPageSerializer,
    )
    def get(self, request, session_id: int):
        filters = self.TranscriptFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        admit(request.user, session_id, filters.validated_data.get("invite", ""))
        session = access_session(request.user, session_id)
        full = request.user.is_authenticated and (
            is_session_host(request.user, session) or session_officer(request.user, session)
        )
        lines = selectors.transcript(
            session=session, full=full, after_seq=filters.validated_data.get("after_seq")
        )
        paginator = PageNumberPagination()
        paginator.page_size = settings.REST_FRAMEWORK.get("PAGE_SIZE", 50)
        page = paginator.paginate_queryset(lines, request, view=self)
        data = []
        for line in page:
            removed = line.removed_at is not None
            item = {
                "id": line.pk,
                "seq": line.seq,
                "author": line.author_name,
                "author_id": line.author_id,
                "role": line.author_role,
                "text": None if removed and not full else line.text,
                "at": line.published_at or line.created_at,
                "removed": removed,
            }
            if full:
                item.update(status=line.status, findings=line.findings, masked=line.masked)
            data.append(item)
        return paginator.get_paginated_response(TranscriptLineSerializer(data, many=True).data)
