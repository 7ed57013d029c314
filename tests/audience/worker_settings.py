"""Settings of the extra Celery workers in the reminder test: the test settings, with e-mail written to files
(``EMAIL_FILE_PATH``) so the test can count what several worker processes sent."""

import os

from config.settings.test import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
