"""Writes of the compliance app, one module per sub-domain; callers import from the submodules.

- ``audit``: the hash-chained audit trail and its verification;
- ``rule_packs``: versioned rule packs, which pack checks whose content, rule edits;
- ``submissions``: content handed to the publishing gate;
- ``gate``: a session's content through the gate, and opening or closing its gate;
- ``review``: the engine's check, officers' decisions, re-checks after a rule change;
- ``notifications``: what RMs are told.

Reads are in ``compliance.selectors``; the engine on chat lines and the compiled-pack cache in
``compliance.screening``. Dependencies among them point one way: audit ← rule_packs ← submissions ← gate ← review.
"""
