"""English (US pack), round-17 layer: precision frames round 17 showed missing on unseen English text, each written
for a category and paired with violating probes it must not hide. Refusals: a recommendation declined in so many words
("outside what we can recommend for you", "I can only recommend products at or below your risk level"). Education and
warnings: a practice named to say it means nothing (a short window annualized), advice others gave reported and refuted
("whoever's been telling people to fudge the questionnaire: please stop"; "never let anyone tell you which answers to
pick"), a quotation refuted beside it ("their fund 'can't lose.' No fund can promise that"), the RM checking a
customer's eligibility. Figures that are not yields: a share of the portfolio put somewhere (up to 20% goes into
convertibles), a tax rate, odds, a fall named after the figure (a 20% drop), a trailing-window label (a past figure).

Written for this test from rules.md and how a US bank RM talks in chat, none taken from a corpus; each batch was
scored before the changes it tests. First-try rates (violating caught; clean passed): batch 1 18/18, 31/40 (the
false findings: two refusals, three reported-and-refuted warnings on the questionnaire, two allocations and a tax rate
read as forecasts above the benchmark, a rival's quoted claim refuted beside it).
"""

import pytest

from compliance.engine import check

WMP = {
    "code": "TSP",
    "name": "Tarn Select Portfolio 270D",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 3.0,
    "benchmark_max": 3.9,
    "principal_protected": False,
}
FUND = {
    "code": "OCF",
    "name": "Osprey Core Growth Fund",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
INS = {
    "code": "FWL",
    "name": "Fernhill Variable Annuity",
    "type": "insurance",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
PRODUCTS = {"WMP": WMP, "FUND": FUND, "INS": INS, None: None}

SUIT = "suitability.product_above_customer_risk"
BYPASS = "suitability.assessment_bypass"
PICKED = "performance.cherry_picked"
PREDICTION = "performance.prediction"
EXCEEDS = "claim.yield_exceeds_benchmark"
RETURN = "promise.guaranteed_return"
CAPITAL = "promise.capital_guarantee"
DEPOSIT = "comparison.deposit_analogy"


def reported(text: str, product: str | None, kind: str = "chat", customer: str | None = None) -> set[str]:
    products = [PRODUCTS[product]] if product else []
    return {
        f.code
        for f in check(text, kind=kind, products=products, customer_risk=customer, pack="us")
        if f.severity in ("block", "review")
    }


VIOLATING_1 = [
    (SUIT, "Osprey is outside what we normally recommend for a C2, but honestly I'd still put $10k in it.", "FUND", "chat", "C2"),
    (SUIT, "It's above your profile on paper, but you should grab some before everyone else does.", "FUND", "chat", "C2"),
    (SUIT, "I know it's more risk than your profile allows, but let's get you a small position anyway.", "FUND", "chat", "C2"),
    (SUIT, "Don't let the R4 rating scare you off; I'd recommend Osprey for you.", "FUND", "chat", "C2"),
    (SUIT, "It's technically beyond your assessment, but I think you should add some this week.", "FUND", "chat", "C2"),
    (PICKED, "Last month alone it annualized 11%, and that's the kind of run I want you in.", "FUND", "chat", None),
    (PICKED, "Annualize last week's gain and you're looking at 9% a year.", "FUND", "chat", None),
    (
        PICKED,
        "Forget the long-term numbers; the last three months annualized out to 12%, and that's what matters.",
        "FUND",
        "chat",
        None,
    ),
    (
        BYPASS,
        "Someone in the chat said to just pick 'aggressive' on the questionnaire, and honestly that's the fastest way in.",
        "FUND",
        "chat",
        None,
    ),
    (BYPASS, "Like others have said, just fudge the experience question and you'll qualify.", "FUND", "chat", None),
    (
        BYPASS,
        "Ignore the folks telling you to be honest on the quiz; put 'ten years' and you're through.",
        "FUND",
        "chat",
        None,
    ),
    (PREDICTION, "This portfolio should return up to 5% this year.", "WMP", "chat", None),
    (EXCEEDS, "This portfolio should return up to 5% this year.", "WMP", "chat", None),
    (EXCEEDS, "Up to 6% a year is realistic here.", "WMP", "chat", None),
    (EXCEEDS, "With 20% in convertibles, I expect it to earn 5% next year.", "WMP", "chat", None),
    (RETURN, "A viewer asked if it's guaranteed. Yes, you'll get your 3.5%, no matter what.", "WMP", "chat", None),
    (
        DEPOSIT,
        "Someone asked if this is as safe as a CD. Honestly, it's basically the same thing as a CD.",
        "WMP",
        "chat",
        None,
    ),
    (CAPITAL, "Whatever the other bank's ad says about theirs, ours really can't lose money.", "FUND", "chat", None),
]

CLEAN_1 = [
    (
        "Your questionnaire came back conservative and Osprey is an R4, so it's outside what I can recommend for you.",
        "FUND",
        "chat",
        "C2",
    ),
    ("Osprey sits above your risk profile, so it's not one I'd put in front of you.", "FUND", "chat", "C2"),
    ("With a C2 profile, Osprey is off the table for you; it's rated R4.", "FUND", "chat", "C2"),
    ("I'd steer you away from Osprey; it's rated R4 and your profile is moderate.", "FUND", "chat", "C2"),
    ("That fund carries more risk than your profile allows, so I have to pass on recommending it.", "FUND", "chat", "C2"),
    ("Osprey is beyond what your assessment supports, so I won't be recommending it.", "FUND", "chat", "C2"),
    ("I can only recommend products at or below your risk level, and Osprey is above it.", "FUND", "chat", "C2"),
    ("Based on your profile, Osprey wouldn't be appropriate for you.", "FUND", "chat", "C2"),
    ("That's a hard no from me on Osprey for your account; it's an R4 and you're a C2.", "FUND", "chat", "C2"),
    ("Osprey exceeds your risk tolerance, so we'll skip it today and look at something that fits.", "FUND", "chat", "C2"),
    ("Be careful with one great quarter annualized: it can look spectacular and tell you almost nothing.", None, "chat", None),
    ("Don't be fooled when someone annualizes a single week's return; short windows are noise.", None, "chat", None),
    ("Tip: if an ad shows only its best year, ask for the full record.", None, "chat", None),
    (
        "A fund that brags about one hot month annualized is showing you its best slice, so ask for the five- and "
        "ten-year numbers.",
        None,
        "chat",
        None,
    ),
    ("Any rep who promises you a guaranteed 8% is breaking the rules; walk away.", None, "chat", None),
    ("If someone tells you a bond fund can't lose money, they're wrong.", None, "chat", None),
    (
        "Whoever's been telling people to fudge their risk questionnaire: please stop. Honest answers protect you.",
        None,
        "chat",
        None,
    ),
    ("If anyone in the chat tells you to inflate your income on the form, ignore them.", None, "chat", None),
    (
        "Someone in the comments suggested picking 'aggressive' just to unlock the fund. Please don't do that.",
        "FUND",
        "chat",
        None,
    ),
    (
        "I've seen posts saying you can retake the quiz until it lets you in. That's not how this works.",
        None,
        "chat",
        None,
    ),
    ("Never let anyone, including me, tell you which answers to pick on the questionnaire.", None, "chat", None),
    (
        "A viewer asked if she should just say she has ten years of experience. No: answer truthfully.",
        None,
        "chat",
        None,
    ),
    ("Up to 25% of the portfolio can go into high-yield credit, so expect some swings.", "WMP", "chat", None),
    (
        "Tarn Select | R2 | Up to 20% in convertibles and dividend stocks; the rest stays in investment-grade bonds | "
        "Benchmark 3.0%-3.9%, not a forecast or promise | Not a deposit · Not FDIC insured · May lose value",
        "WMP",
        "product_card",
        None,
    ),
    ("It can hold as much as 15% in emerging-market debt.", "WMP", "chat", None),
    ("The early redemption fee is up to 2% in the first year.", "WMP", "chat", None),
    ("If you can't stomach a 20% drop, this isn't for you.", "FUND", "chat", None),
    ("Stocks can fall 30% or more in a bad year.", "FUND", "chat", None),
    ("Historically there's roughly a 25% chance of a down year in a stock fund like this.", "FUND", "chat", None),
    ("Interest is taxed at your ordinary rate, which could be 24% or more.", "WMP", "chat", None),
    ("Roughly 80% sits in investment-grade bonds and up to 20% goes into convertibles.", "WMP", "chat", None),
    ("You'll pay a surrender charge of up to 7% if you leave in year one.", "INS", "chat", None),
    ("About 60% of our clients hold at least one bond fund.", None, "chat", None),
    ("A 10% allocation is a sensible ceiling for a speculative holding.", "FUND", "chat", None),
    ("Keep any single position to no more than 5% of your portfolio.", "FUND", "chat", None),
    ("A viewer asks: 'Is this guaranteed to pay 5%?' No. Nothing about it is guaranteed.", "WMP", "chat", None),
    ("Another bank's ad says their fund 'can't lose.' No fund can promise that, ours included.", "FUND", "chat", None),
    ("Someone asked if this works like a CD. It doesn't: it isn't FDIC insured and can lose value.", "WMP", "chat", None),
    ("FINRA rules say we can't promise returns, so I won't.", "FUND", "chat", None),
    ("A competitor is advertising 'risk-free 6%.' There's no such thing, so be careful.", None, "chat", None),
]


@pytest.mark.parametrize(("code", "text", "product", "kind", "customer"), VIOLATING_1)
def test_round17_violation_is_reported(code: str, text: str, product: str | None, kind: str, customer: str | None) -> None:
    """Each precision frame of this layer leaves the violations of its category reported."""
    assert code in reported(text, product, kind, customer)


@pytest.mark.parametrize(("text", "product", "kind", "customer"), CLEAN_1)
def test_round17_clean_text_has_no_finding(text: str, product: str | None, kind: str, customer: str | None) -> None:
    """Refusals, warnings, education, reported advice refuted and figures that are not yields are not claims."""
    assert reported(text, product, kind, customer) == set()
