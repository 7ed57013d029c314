from django.apps import AppConfig


class ObservabilityConfig(AppConfig):  # type: ignore[misc] # Django is untyped here (no django-stubs)
    name = "observability"
    verbose_name = "Observability"

    def ready(self) -> None:
        # Connect the Celery receivers (request id into tasks, task metrics) in every process with Django set up.
        from observability import celery  # noqa: F401
