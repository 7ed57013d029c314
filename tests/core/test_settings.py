import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from config.celery import app as celery_app

ROOT = Path(__file__).resolve().parents[2]


def run_check(**env_overrides):
    env = {
        k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "REDIS_URL"}
    }
    env.update(env_overrides)
    env["DJANGO_SETTINGS_MODULE"] = "config.settings.base"
    return subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    ("overrides", "named"),
    [
        ({"DEBUG": "maybe"}, "DEBUG"),
        ({"DEBUG": "false"}, "SECRET_KEY"),
        ({"DEBUG": "true", "REDIS_URL": "localhost:6379"}, "REDIS_URL"),
        ({"DEBUG": "true", "EMBEDDED_REDIS_PORT": "six"}, "EMBEDDED_REDIS_PORT"),
        ({"DEBUG": "true", "DATABASE_URL": "nonsense://x"}, "DATABASE_URL"),
    ],
)
def test_bad_configuration_stops_start_up_naming_the_variable(overrides, named):
    result = run_check(**overrides)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert named in result.stderr.splitlines()[-1]


def test_production_settings_pass_the_deploy_check():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={
            **os.environ,
            "DEBUG": "false",
            "SECRET_KEY": "x" * 64 + "-production-key-from-the-environment",
            "ALLOWED_HOSTS": "studio.example.com",
            "DJANGO_SETTINGS_MODULE": "config.settings.base",
            "PUBLIC_BASE_URL": "https://studio.example.com",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "base, code",
    [
        (None, "audience.E001"),
        ("studio.example.com", "audience.E002"),
        ("https://studio.example.com/watch", "audience.E002"),
    ],
)
def test_the_deploy_check_fails_without_an_absolute_public_base_url(base, code):
    """Reminder e-mails carry absolute links: production without PUBLIC_BASE_URL fails ``check --deploy``."""
    env = {k: v for k, v in os.environ.items() if k != "PUBLIC_BASE_URL"}
    env.update(
        {
            "DEBUG": "false",
            "SECRET_KEY": "x" * 64 + "-production-key-from-the-environment",
            "ALLOWED_HOSTS": "studio.example.com",
            "DJANGO_SETTINGS_MODULE": "config.settings.base",
        }
    )
    if base is not None:
        env["PUBLIC_BASE_URL"] = base
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode != 0
    assert code in result.stderr and "PUBLIC_BASE_URL" in result.stderr


def test_secret_key_may_come_from_a_file(tmp_path):
    key_file = tmp_path / "key"
    key_file.write_text("k" * 60 + "-from-file")
    result = run_check(
        DEBUG="false",
        SECRET_KEY_FILE=str(key_file),
        ALLOWED_HOSTS="a.example",
        PUBLIC_BASE_URL="https://a.example",
    )
    assert result.returncode == 0, result.stderr


def test_every_beat_entry_names_a_registered_task_and_sale_windows_are_closed_periodically():
    celery_app.loader.import_default_modules()
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert scheduled <= set(celery_app.tasks), scheduled - set(celery_app.tasks)
    assert "products.sale_windows_close" in scheduled
