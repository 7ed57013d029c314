"""Writes of the studio app: ``sessions`` (studios and sessions around the live) and ``room`` (the live room).

Callers import from the submodules. The state machine is ``studio.lifecycle``; who may act is ``studio.access``.
"""
