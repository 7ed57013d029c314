"""Django admin for compliance officers: the review queue, submission pages with highlighted findings,
decisions, rule packs with a "try a text" box, rule edits (each makes a new pack version), back-tests, the audit
log and legal holds.

Admin is another interface: every write goes through ``compliance.services``. Only users in the
compliance group (and superusers, read-only for decisions) can open these pages; RMs and customers are
not staff, and a staff user of another role gets 403. One module per workspace area, each registering its
model admins when imported here (Django's admin autodiscovery imports this package).
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from compliance.access import officer_submission_scope
from compliance.admin import audit, backtests, holds, review, rules  # noqa: F401 - each registers its admins
from compliance.models import UNDECIDED_STATUSES, Submission
from compliance.officer_admin import OfficerQueue, officer_queue_register

# What waits for officers (the admin's landing page)


def _review_queue(request) -> OfficerQueue:
    waiting = Submission.objects.filter(status__in=UNDECIDED_STATUSES, withdrawn_at__isnull=True)
    if (scope := officer_submission_scope(request.user)) is not None:
        waiting = waiting.filter(scope)
    oldest = waiting.order_by("created_at").values_list("created_at", flat=True).first()
    return OfficerQueue(
        label=_("Scripts, announcements and product cards to review"),
        count=waiting.count(),
        oldest=oldest,
        urgent=True,
        url=reverse("admin:compliance_submission_changelist"),
    )


officer_queue_register(_review_queue, order=0)
