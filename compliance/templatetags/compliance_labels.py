"""``{% labels_json %}``: the readable names of ``compliance.labels`` for the pages' JavaScript."""

from django import template
from django.utils.html import json_script

from compliance.labels import labels_for_pages
from compliance.labels import rule_name as readable_rule_name

register = template.Library()


@register.simple_tag
def labels_json() -> str:
    """A ``<script type="application/json" id="cs-labels">`` block, in the active language (escaped)."""
    return json_script(labels_for_pages(), "cs-labels")


@register.filter
def rule_name(code: str) -> str:
    """``{{ finding.code|rule_name }}``: the rule's readable name instead of its code."""
    return readable_rule_name(code)
