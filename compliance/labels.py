"""What people read instead of internal codes: one mapping, translated (zh-hans first, English second).

Rule codes (``promise.capital_guarantee``), the publishing gate's blocker codes, content kinds, notification
kinds and invitation warnings each get a readable name here, and nowhere else. Python callers (APIs, admin,
e-mails, templates) use the functions below; the pages' JavaScript reads the same names from the
``cs-labels`` JSON block that ``base.html`` renders through ``{% labels_json %}`` (``static/js/labels.js``).

An unknown code never reaches a page as such: it falls back to a generic name ("another compliance rule").
"""

from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

RULE_NAMES = {
    "promise.capital_guarantee": gettext_lazy("Promise that capital cannot be lost"),
    "promise.guaranteed_return": gettext_lazy("Promise of a guaranteed return"),
    "performance.prediction": gettext_lazy("Prediction of future returns"),
    "performance.cherry_picked": gettext_lazy("Cherry-picked performance"),
    "performance.past_without_disclaimer": gettext_lazy("Past performance without its disclaimer"),
    "performance.period_missing": gettext_lazy("Performance figure without its period"),
    "claim.yield_exceeds_benchmark": gettext_lazy("Return above the product's benchmark"),
    "claim.risk_level_mismatch": gettext_lazy("Risk level that does not match the product"),
    "claim.product_fact_mismatch": gettext_lazy("Statement that contradicts the product's facts"),
    "comparison.deposit_analogy": gettext_lazy("Comparison with a bank deposit"),
    "comparison.unfair_competitor": gettext_lazy("Unfair comparison with competitors"),
    "superlative.absolute_term": gettext_lazy("Absolute or superlative wording"),
    "endorsement.testimonial": gettext_lazy("Customer testimonial"),
    "endorsement.government": gettext_lazy("Claimed government endorsement"),
    "inducement.urgency_pressure": gettext_lazy("Pressure to buy now"),
    "inducement.gift_rebate": gettext_lazy("Gift or rebate as an inducement"),
    "conduct.off_channel": gettext_lazy("Dealing outside official channels"),
    "misleading.hidden_conditions": gettext_lazy("Hidden conditions"),
    "suitability.product_above_customer_risk": gettext_lazy("Product above the customer's risk level"),
    "suitability.assessment_bypass": gettext_lazy("Getting around the risk assessment"),
    "privacy.customer_pii": gettext_lazy("Customer's personal information"),
    "disclosure.risk_warning_missing": gettext_lazy("Risk warning missing"),
    "disclosure.risk_level_missing": gettext_lazy("Risk level not stated"),
    "disclosure.benchmark_disclaimer_missing": gettext_lazy("Benchmark disclaimer missing"),
    "style.hype_slang": gettext_lazy("Hype or slang"),
    "audience.off_channel": gettext_lazy("Viewer moving the talk off the platform"),
    "audience.link": gettext_lazy("Link posted by a viewer"),
    "audience.impersonation": gettext_lazy("Impersonating the bank or its staff"),
    "audience.fraud_lure": gettext_lazy("Fraud lure"),
    "audience.ad": gettext_lazy("Advertising"),
    "audience.abuse": gettext_lazy("Abuse"),
}
UNKNOWN_RULE = gettext_lazy("Another compliance rule")

SEVERITY_NAMES = {
    "block": gettext_lazy("Blocks"),
    "review": gettext_lazy("Needs review"),
    "info": gettext_lazy("Note"),
}

KIND_NAMES = {
    "script": gettext_lazy("Script"),
    "announcement": gettext_lazy("Announcement (title and description)"),
    "product_card": gettext_lazy("Product card"),
    "chat": gettext_lazy("Chat line"),
}

#: The publishing gate's blocker codes (``GateBlocker.code``): what still has to happen, said to the RM.
BLOCKER_TEXTS = {
    "not_submitted": gettext_lazy("has not been submitted for review."),
    "awaiting_check": gettext_lazy("is waiting for the compliance check."),
    "awaiting_decision": gettext_lazy("waits for a compliance officer's decision."),
    "rejected": gettext_lazy("was rejected by compliance: edit it and submit again."),
}

#: Invitation warnings (``audience.services.segment_invite``) by code.
INVITE_WARNING_TEXTS = {
    "segment_below_products": gettext_lazy(
        "Every customer in this segment has a risk level below every featured product: "
        "none of them can act on a product card."
    ),
    "some_customers_below_products": gettext_lazy(
        "%(customers)s customers of this segment suit no featured product."
    ),
    "product_above_most_of_segment": gettext_lazy(
        "%(product)s (%(risk_level)s) suits only %(suitable)s of %(total)s customers of this segment."
    ),
}

NOTIFICATION_TITLES = {
    "submission_rejected": gettext_lazy("Rejected by compliance"),
    "approval_withdrawn": gettext_lazy("Approval withdrawn after a rule change"),
    "session_invitation": gettext_lazy("Invitation"),
    "session_reminder": gettext_lazy("Reminder"),
}


def rule_name(code: str) -> str:
    """The readable name of a rule code in the active language; a generic name for an unknown code."""
    return str(RULE_NAMES.get(code, UNKNOWN_RULE))


def kind_name(kind: str) -> str:
    return str(KIND_NAMES.get(kind, KIND_NAMES["script"]))


def content_subject(kind: str, product: Any = None) -> str:
    """ "The script", "the card of GOLD01 云银黄金…": what a blocker or notice is about."""
    if product is not None:
        return _("The card of %(product)s") % {"product": f"{product.code} {product.name}"}
    return {"script": _("The script"), "announcement": _("The announcement (title and description)")}.get(
        kind, kind_name(kind)
    )


def blocker_text(code: str, kind: str, product: Any = None) -> str:
    """One gate blocker as a sentence: "The script waits for a compliance officer's decision."."""
    says = BLOCKER_TEXTS.get(code, BLOCKER_TEXTS["awaiting_decision"])
    # Translators: a subject ("The script") and what it waits for; Chinese joins them without a space.
    return _("%(subject)s %(state)s") % {"subject": content_subject(kind, product), "state": says}


def invite_warning_text(warning: dict) -> str:
    """An invitation warning (a dict with ``code`` and figures) as a sentence in the active language."""
    template = INVITE_WARNING_TEXTS.get(warning.get("code", ""))
    if template is None:
        return _("Check the suitability of this segment before inviting it.")
    values = {
        "customers": warning.get("customers", ""),
        "product": warning.get("product", ""),
        "risk_level": warning.get("risk_level", ""),
        "suitable": warning.get("suitable", ""),
        "total": warning.get("customers", ""),
    }
    return str(template) % values


def notification_title(kind: str) -> str:
    return str(NOTIFICATION_TITLES.get(kind, _("Notice")))


def notification_text(notification: Any) -> str:
    """A notification said in the active language, from its kind and what it refers to.

    Notices to RMs (rejections, approvals pulled back by a rule change) are rebuilt from the submission, so
    they read in the RM's language and name rules, never codes; other kinds keep their stored message.
    """
    submission = notification.submission
    session = notification.session
    if submission is None or notification.kind not in ("submission_rejected", "approval_withdrawn"):
        return notification.message
    values = {
        "subject": content_subject(submission.kind, submission.product),
        "session": session.title if session is not None else "",
    }
    if notification.kind == "submission_rejected":
        decision = getattr(submission, "decision", None)
        values["note"] = decision.note if decision is not None else ""
        return _("%(subject)s of “%(session)s” was rejected by compliance: %(note)s") % values
    codes = dict.fromkeys(f.code for f in submission.findings.all() if f.severity in ("block", "review"))
    values["rules"] = _(", ").join(rule_name(code) for code in codes) or rule_name("")
    return _("A rule change pulled %(subject)s of “%(session)s” back to review: %(rules)s.") % values


def labels_for_pages() -> dict[str, dict[str, str]]:
    """Every name above in the active language, for ``static/js/labels.js``."""
    return {
        "rules": {code: str(name) for code, name in RULE_NAMES.items()},
        "unknown_rule": {"": str(UNKNOWN_RULE)},
        "severities": {code: str(name) for code, name in SEVERITY_NAMES.items()},
        "kinds": {code: str(name) for code, name in KIND_NAMES.items()},
        "blockers": {code: str(text) for code, text in BLOCKER_TEXTS.items()},
        "invite_warnings": {code: str(text) for code, text in INVITE_WARNING_TEXTS.items()},
        "notifications": {code: str(text) for code, text in NOTIFICATION_TITLES.items()},
        "formats": {
            "blocker": _("%(subject)s %(state)s"),
            "card_of": _("The card of %(product)s"),
            "script": _("The script"),
            "announcement": _("The announcement (title and description)"),
        },
    }
