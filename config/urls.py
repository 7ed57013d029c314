from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from accounts.apis import MeRiskProfileApi, TokenObtainApi
from accounts.views import ThrottledLoginView, ThrottledPasswordResetView
from config.health import healthz
from config.metrics import metrics
from config.views import home

api_patterns = [
    path("auth/token/", TokenObtainApi.as_view(), name="api-token"),
    path("me/risk-profile/", MeRiskProfileApi.as_view(), name="me-risk-profile"),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("", include("products.urls")),
    path("", include("studio.urls")),
    path("", include("compliance.urls")),
    path("", include("audience.urls")),
    path("", include("broadcast.urls")),
    path("", include("campaigns.urls")),
]

urlpatterns = [
    path("", home, name="home"),
    path("healthz", healthz, name="healthz"),
    path("metrics", metrics, name="metrics"),
    path("admin/", admin.site.urls),
    path("accounts/login/", ThrottledLoginView.as_view(), name="login"),
    path("accounts/password_reset/", ThrottledPasswordResetView.as_view(), name="password_reset"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include(api_patterns)),
    path("", include("studio.page_urls")),
    path("", include("audience.page_urls")),
    path("", include("broadcast.page_urls")),
    path("", include("campaigns.page_urls")),
]
