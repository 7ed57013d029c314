"""The demo people a newcomer may sign in as (``make run`` loads them; ``studio.demo``, ``campaigns.demo``).

The login page lists them in development only (``DEBUG``), and only those that exist in the database.
"""

from django.conf import settings
from django.contrib.auth.models import User
from django.utils.translation import gettext_lazy as _

DEMO_LOGINS = (
    ("rm1", _("Relationship manager, with a live demo session")),
    ("rm2", _("Relationship manager")),
    ("officer1", _("Compliance officer")),
    ("officer2", _("Compliance officer of the demo bank")),
    ("product1", _("Product desk")),
    ("manager1", _("Branch manager")),
    ("head1", _("Head office")),
    ("c1", _("Customer, risk level C1")),
    ("c2", _("Customer, risk level C2")),
    ("c3", _("Customer whose risk assessment has expired")),
    ("c5", _("Customer, risk level C5")),
)


def demo_logins_for_login_page() -> list[tuple[str, str]]:
    """``[(username, who)]`` of the demo people that exist; empty unless ``DEBUG`` (never in production)."""
    if not settings.DEBUG:
        return []
    existing = set(
        User.objects.filter(username__in=[name for name, _who in DEMO_LOGINS], is_active=True).values_list(
            "username", flat=True
        )
    )
    return [(name, str(who)) for name, who in DEMO_LOGINS if name in existing]
