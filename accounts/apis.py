"""Sign-in for scripts (token) and a customer's own risk profile."""

from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.authtoken.models import Token
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from accounts.models import CustomerProfile
from accounts.roles import role_of
from accounts.signin import signin_allowed, signin_attempt, signin_failed, signin_succeeded
from core.ratelimit import RateLimited


class TokenObtainApi(ObtainAuthToken):
    """``POST {username, password}`` → ``{"token"}``; throttled against brute force.

    DRF's ``login`` throttle limits requests per client address (``NUM_PROXIES`` decides which address:
    ``X-Forwarded-For`` is ignored unless a trusted proxy wrote it); the browser forms' failure counters
    (``accounts.signin``: per account, per address, per device) apply here too.
    """

    permission_classes = [AllowAny]
    parser_classes = api_settings.DEFAULT_PARSER_CLASSES  # ObtainAuthToken names DRF's own (no depth limit)
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "login"

    class TokenOutputSerializer(serializers.Serializer):
        token = serializers.CharField()

    @extend_schema(request=ObtainAuthToken.serializer_class, responses=TokenOutputSerializer)
    def post(self, request, *args, **kwargs):
        username = request.data.get("username", "") if hasattr(request.data, "get") else ""
        attempt = signin_attempt(request, username if isinstance(username, str) else "")
        if not signin_allowed(attempt):
            raise RateLimited("Too many failed sign-ins. Try again in a few minutes.", code="throttled")
        serializer = self.get_serializer(data=request.data)
        if not serializer.is_valid():
            signin_failed(attempt)
            raise serializers.ValidationError(serializer.errors)
        signin_succeeded(request._request, attempt)
        token, _ = Token.objects.get_or_create(user=serializer.validated_data["user"])
        return Response({"token": token.key})


class MeRiskProfileApi(APIView):
    """The signed-in user's role and, for customers, their risk level and whether it is still valid."""

    permission_classes = [IsAuthenticated]

    class RiskProfileOutputSerializer(serializers.Serializer):
        username = serializers.CharField()
        role = serializers.CharField()
        risk_level = serializers.CharField(allow_blank=True)
        assessed_at = serializers.DateTimeField(allow_null=True)
        expires_at = serializers.DateTimeField(allow_null=True)
        expired = serializers.BooleanField()
        segments = serializers.ListField(child=serializers.CharField())

    @extend_schema(responses=RiskProfileOutputSerializer)
    def get(self, request):
        profile = CustomerProfile.objects.filter(user=request.user).first()
        expires_at = profile.expires_at if profile else None
        data = {
            "username": request.user.get_username(),
            "role": role_of(request.user),
            "risk_level": profile.risk_level if profile else "",
            "assessed_at": profile.assessed_at if profile else None,
            "expires_at": expires_at,
            "expired": bool(expires_at and expires_at <= timezone.now()),
            "segments": profile.segments if profile else [],
        }
        return Response(self.RiskProfileOutputSerializer(data).data)
