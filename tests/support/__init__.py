"""Harness helpers shared by test packages (processes, servers, clients, counters); data builders are in
``tests.factories``. Test packages import these, never each other's modules."""
