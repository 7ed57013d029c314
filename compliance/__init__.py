"""Compliance: rule packs, review of content before publication, chat surveillance and the audit trail.

This package must stay free of Django imports at module level: ``compliance.engine`` is pure Python
and is imported without Django (CLI, benchmarks).
"""
