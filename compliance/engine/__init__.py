"""The compliance engine: a pure-Python package (no Django) that checks marketing text against rule packs.

    from compliance.engine import check
    findings = check(text, kind="chat", products=[product.facts()], customer_risk="C2", pack="cn")

Rule packs are data (``packs/*.yaml`` plus bank word lists); ``load_pack_data`` returns one as a plain
dict, ``compile_pack`` compiles such a dict (e.g. rebuilt from the database), ``get_pack`` returns the
compiled repository pack. See DESIGN.md "Compliance engine contract" and rules.md.
"""

from .evaluate import check
from .packs import CompiledPack, compile_pack, get_pack, load_pack_data, read_word_list
from .transcript import TranscriptFinding, check_transcript, check_window
from .types import KINDS, SEVERITIES, EngineError, Finding, PackError, ProductFacts

__all__ = [
    "KINDS",
    "SEVERITIES",
    "CompiledPack",
    "EngineError",
    "Finding",
    "PackError",
    "ProductFacts",
    "TranscriptFinding",
    "check",
    "check_transcript",
    "check_window",
    "compile_pack",
    "get_pack",
    "load_pack_data",
    "read_word_list",
]
