"""Reading ``/metrics`` as Prometheus does."""

from prometheus_client.parser import text_string_to_metric_families


def scrape(client, **headers) -> dict[tuple[str, tuple], float]:
    """GET /metrics and return ``{(sample name, sorted labels): value}``; fails unless it answers 200."""
    response = client.get("/metrics", **headers)
    assert response.status_code == 200, (response.status_code, response.content[:200])
    assert response["Content-Type"].startswith("text/plain; version=0.0.4")
    return parse(response.content.decode())


def parse(text: str) -> dict[tuple[str, tuple], float]:
    samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            labels = tuple(sorted((k, v) for k, v in sample.labels.items() if k != "pid"))
            key = (sample.name, labels)
            samples[key] = samples.get(key, 0.0) + sample.value  # per-process series summed
    return samples


def value(samples: dict, name: str, **labels) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)
