"""Value types of the engine: findings, product facts, errors."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

SEVERITIES = ("block", "review", "info")
KINDS = ("script", "chat", "product_card", "announcement")
PRODUCT_TYPES = ("deposit", "wmp", "fund", "insurance")


class EngineError(ValueError):
    """Bad input to the engine (unknown kind, malformed product facts, bad customer risk)."""


class PackError(ValueError):
    """A rule pack that cannot be loaded or compiled (unknown name, malformed rule, bad regex)."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule hit; ``start``/``end`` are offsets into the original text, ``excerpt == text[start:end]``."""

    code: str
    severity: str
    start: int
    end: int
    excerpt: str
    message: str
    suggestion: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _level(value: Any, prefix: str, field: str) -> int | None:
    if value is None or value == "":
        return None
    text = str(value).strip().upper()
    if len(text) == 2 and text[0] == prefix and text[1] in "12345":
        return int(text[1])
    raise EngineError(f"{field} must be {prefix}1-{prefix}5, got {value!r}")


def _number(value: Any, field: str) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise EngineError(f"{field} must be a number or null, got {value!r}") from None


@dataclass(frozen=True, slots=True)
class ProductFacts:
    """The product facts the claims are checked against (rules.md §3.1, the ★ fields)."""

    code: str = ""
    name: str = ""
    type: str = "wmp"
    risk_level: str | None = None
    benchmark_min: float | None = None
    benchmark_max: float | None = None
    principal_protected: bool = False
    level: int | None = field(init=False, repr=False, compare=False, default=None)  # R3 → 3

    def __post_init__(self) -> None:
        if self.type not in PRODUCT_TYPES:
            raise EngineError(f"product type must be one of {', '.join(PRODUCT_TYPES)}, got {self.type!r}")
        object.__setattr__(self, "level", _level(self.risk_level, "R", "risk_level"))

    @classmethod
    def coerce(cls, value: ProductFacts | Mapping[str, Any]) -> ProductFacts:
        if isinstance(value, ProductFacts):
            return value
        if not isinstance(value, Mapping):
            raise EngineError(f"a product must be ProductFacts or a dict, got {type(value).__name__}")
        return cls(
            code=str(value.get("code") or ""),
            name=str(value.get("name") or ""),
            type=str(value.get("type") or "wmp"),
            risk_level=(str(value["risk_level"]).upper() if value.get("risk_level") else None),
            benchmark_min=_number(value.get("benchmark_min"), "benchmark_min"),
            benchmark_max=_number(value.get("benchmark_max"), "benchmark_max"),
            principal_protected=bool(value.get("principal_protected", False)),
        )


def customer_level(value: str | None) -> int | None:
    return _level(value, "C", "customer_risk")
