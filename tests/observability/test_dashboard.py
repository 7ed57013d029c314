"""docs/grafana-dashboard.json: valid JSON whose every query names metrics that /metrics really exposes."""

import json
import re
from pathlib import Path

import pytest
from prometheus_client import REGISTRY

from observability import metrics
from tests.observability.helpers import scrape

DASHBOARD = Path(__file__).resolve().parents[2] / "docs" / "grafana-dashboard.json"
METRIC_NAME = re.compile(r"\b(?:cloudstudio|django)_[a-z0-9_]+\b")
SUFFIXES = {
    "counter": ("_total",),
    "histogram": ("_bucket", "_count", "_sum"),
    "gauge": ("",),
    "summary": ("_count", "_sum"),
}


def all_panels(panels: list[dict]) -> list[dict]:
    found = []
    for panel in panels:
        found.append(panel)
        found.extend(all_panels(panel.get("panels", [])))
    return found


def referenced() -> set[str]:
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    names = set()
    for panel in all_panels(dashboard["panels"]):
        for target in panel.get("targets", []):
            names.update(METRIC_NAME.findall(target["expr"]))
    return names


def exposed(client) -> set[str]:
    """Every sample name /metrics can show: the registered metrics (with or without a value yet) and what a
    scrape shows now (the gauges computed at scrape time)."""
    names = set(
        name for name, _ in scrape(client)
    )  # also makes django-prometheus register its middleware metrics
    for family in REGISTRY.collect():
        names.update(family.name + suffix for suffix in SUFFIXES.get(family.type, ("",)))
    return names


@pytest.mark.django_db
def test_every_metric_the_dashboard_queries_is_exposed(client):
    names = referenced()
    missing = names - exposed(client)
    assert not missing, f"the dashboard queries metrics nothing exposes: {sorted(missing)}"
    assert len(names) >= 20


@pytest.mark.django_db
def test_every_metric_of_the_project_has_a_panel(client):
    families = {family.name for family in REGISTRY.collect() if family.name.startswith("cloudstudio_")}
    families |= {name for name, _ in scrape(client) if name.startswith("cloudstudio_")}  # scrape-time gauges
    assert metrics.CHAT_LINES._name in families  # the catalogue is registered
    shown = {re.sub(r"_(total|bucket|count|sum)$", "", name) for name in referenced()}
    unshown = {re.sub(r"_(total|bucket|count|sum)$", "", name) for name in families} - shown
    assert not unshown, f"metrics without a panel: {sorted(unshown)}"


def test_panels_have_unique_ids_a_datasource_and_a_place():
    panels = all_panels(json.loads(DASHBOARD.read_text(encoding="utf-8"))["panels"])
    ids = [panel["id"] for panel in panels]
    assert len(ids) == len(set(ids))
    for panel in panels:
        assert set(panel["gridPos"]) == {"h", "w", "x", "y"}
        if panel["type"] != "row":
            assert panel["datasource"]["type"] == "prometheus" and panel["targets"]
