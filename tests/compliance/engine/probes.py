"""The probe modules' one question: which block and review codes does the engine report for this sentence?"""

from compliance.engine import check

REPORTED = ("block", "review")


def reported_codes(
    text: str, product: dict | None = None, customer: str | None = None, kind: str = "chat", pack: str = "cn"
) -> set[str]:
    """The codes of the block and review findings (info findings are never expected or penalised)."""
    findings = check(
        text, kind=kind, products=[product] if product else [], customer_risk=customer, pack=pack
    )
    return {f.code for f in findings if f.severity in REPORTED}
