"""Product facts passed to ``check``: coerced once and cached (a session checks line after line with the
same product dicts), and the products' names in shadow form."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .normalize import normalize
from .types import ProductFacts

_FACTS_CACHE: dict[tuple[Any, ...], ProductFacts] = {}


_FACTS_BY_ID: dict[int, tuple[Mapping[str, Any], dict[str, Any], ProductFacts]] = {}
_LAST_CACHED: tuple[Mapping[str, Any] | None, dict[str, Any], ProductFacts | None] = (None, {}, None)
_SCALARS = (str, int, float, bool, type(None))


def coerce(p: ProductFacts | Mapping[str, Any]) -> ProductFacts:
    if isinstance(p, ProductFacts):
        return p
    # The same dict passed again (a caller checking line after line with one product list): an identity
    # lookup and one comparison with a copy taken when it was cached (so a mutated dict is coerced anew).
    seen = _FACTS_BY_ID.get(id(p))
    if seen is not None and seen[0] is p and seen[1] == p:
        return seen[2]
    facts = _coerce_by_content(p)
    if type(p) is dict and all(type(v) in _SCALARS for v in p.values()):
        if len(_FACTS_BY_ID) > 1024:
            _FACTS_BY_ID.clear()
        global _LAST_CACHED
        _LAST_CACHED = _FACTS_BY_ID[id(p)] = (p, dict(p), facts)
    return facts


def _coerce_by_content(p: Mapping[str, Any]) -> ProductFacts:
    try:
        key = tuple(p.items()) if isinstance(p, dict) else None
        cached = _FACTS_CACHE.get(key) if key is not None else None
    except TypeError:  # unhashable values: validated (and rejected) by coerce below
        key, cached = None, None
    if cached is not None:
        return cached
    facts = ProductFacts.coerce(p)
    if key is not None:
        if len(_FACTS_CACHE) > 4096:
            _FACTS_CACHE.clear()
        _FACTS_CACHE[key] = facts
    return facts


def products_of(products: Iterable[ProductFacts | Mapping[str, Any]] | None) -> list[ProductFacts]:
    if (type(products) is list or type(products) is tuple) and len(products) == 1:
        # The usual session: one product, the same dict line after line (tested first: it runs on every line).
        p = products[0]
        seen = _LAST_CACHED  # the dict cached last, tested before the lookup by identity
        if seen[0] is not p:
            seen = _FACTS_BY_ID.get(id(p))  # type: ignore[assignment]
        if seen is not None and seen[0] is p and seen[1] == p:
            return [seen[2]]  # type: ignore[list-item]
        return [p if type(p) is ProductFacts else coerce(p)]
    if not products:
        return []
    if (
        type(products) is not list
        and type(products) is not tuple
        and isinstance(products, (ProductFacts, Mapping))
    ):
        products = [products]
    return [p if type(p) is ProductFacts else coerce(p) for p in products]


_NAME_CACHE: dict[str, str] = {}


def norm_name(name: str) -> str:
    """The shadow of a product name (cached: the same few products are checked over and over)."""
    hit = _NAME_CACHE.get(name)
    if hit is None:
        if len(_NAME_CACHE) > 4096:
            _NAME_CACHE.clear()
        hit = _NAME_CACHE[name] = normalize(name).text
    return hit
