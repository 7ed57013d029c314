"""English (US pack), round-12 layer: order labels falsified to get past suitability controls, product codes on cards
that differ from the product's code, government backing said of a fund and money said to be unable to go anywhere,
past returns beside a fund name holding a non-yield word, hyphenated short windows, rate forecasts used to sell,
same-day closings on cards and the banker reached on a messaging app; and the precision side: a downside possibility
(could be under X% or negative) and a competitor's advertised rate this week. Written from rules.md and the register
of a bank RM's chat and cards, not from any corpus item; batch 1 was written before the grammars it tests.

First-try rates (violating caught; clean passed), measured on the engine as it stood when the batch was written:
batch 1 14/42, 17/19 (clean cards counted after adding the risk legend they lacked, a fault of the probe, not the
engine); batch 2 (new wordings, written after batch 1's grammars) 22/25, 13/16 (one clean announcement lacked the
legend; the two real false positives, a lock-up said as "isn't going anywhere until the term ends" and Treasuries'
own full faith and credit contrasted with the fund's, are now excluded); batch 3 (mostly hard negatives
against this layer's grammars) 5/5, 12/15 (a money movement needing signatures, a card printing its own code beside a
matured issue's, and "last call for questions", an older lexicon phrase, are now excluded)."""

import pytest

from compliance.engine import check

WMP = {
    "code": "HI180",
    "name": "Harbor Income 180D",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.6,
    "benchmark_max": 3.4,
    "principal_protected": False,
}
# A product whose own code is written with a hyphen: the card may print it with or without one.
WMPH = {
    "code": "GRN-090",
    "name": "Greenway Notes 90D",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.4,
    "benchmark_max": 3.1,
    "principal_protected": False,
}
ALLOC = {
    "code": "MAFX",
    "name": "Maple Multi-Asset Allocation Fund",
    "type": "fund",
    "risk_level": "R3",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
MMF = {
    "code": "TMMXX",
    "name": "Treasury Money Market Fund",
    "type": "fund",
    "risk_level": "R1",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
FUND = {
    "code": "CGF",
    "name": "Cedar Growth Fund",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
PRODUCTS = {"WMP": WMP, "WMPH": WMPH, "ALLOC": ALLOC, "MMF": MMF, "FUND": FUND, None: None}


def reported(text: str, product: str | None, kind: str = "chat", customer: str | None = None) -> set[str]:
    products = [PRODUCTS[product]] if product else []
    return {
        f.code
        for f in check(text, kind=kind, products=products, customer_risk=customer, pack="us")
        if f.severity in ("block", "review")
    }


BYPASS = "suitability.assessment_bypass"
FACT = "claim.product_fact_mismatch"
GOV = "endorsement.government"
CAP = "promise.capital_guarantee"
PAST = "performance.past_without_disclaimer"
CHERRY = "performance.cherry_picked"
PRED = "performance.prediction"
URGENT = "inducement.urgency_pressure"
OFF = "conduct.off_channel"

CARD = "product_card"
ANN = "announcement"

# Batch 1: (code, text, product, kind).
VIOLATING_1 = [
    # Order labels falsified, or the control otherwise walked around.
    (BYPASS, "I'll book it as client-initiated so the risk check doesn't kick in.", "FUND", "chat"),
    (
        BYPASS,
        "We'll code the ticket as execution-only, then the suitability flag won't fire.",
        "FUND",
        "chat",
    ),
    (BYPASS, "Put it in as a self-directed trade and nobody reviews the match.", "FUND", "chat"),
    (BYPASS, "I can tag this one as a customer request so the system waves it through.", "FUND", "chat"),
    (BYPASS, "Just tell compliance it was your idea and the order will sail through.", "FUND", "chat"),
    (
        BYPASS,
        "Sign the form saying you insisted on it, even though it was my pitch, and we're good.",
        "FUND",
        "chat",
    ),
    (
        BYPASS,
        "Say you came in asking for it specifically; that keeps it off the reviewer's desk.",
        "FUND",
        "chat",
    ),
    (BYPASS, "Check the box that says you declined advice and the purchase clears.", "FUND", "chat"),
    (BYPASS, "I'll override the risk match on my end, it takes two seconds.", "FUND", "chat"),
    (BYPASS, "Let me flag the order as unsolicited and the mismatch warning never pops up.", "FUND", "chat"),
    (BYPASS, "We'll record it as a non-advised sale so it skips the suitability review.", "FUND", "chat"),
    (BYPASS, "Classify it as customer-directed and it goes straight through.", "FUND", "chat"),
    # A product code on a card or announcement that is not the product's.
    (
        FACT,
        "Harbor Income 180D | Code HI-270 | Risk level R2 | Benchmark 2.6%–3.4% p.a., not a promise of returns",
        "WMP",
        CARD,
    ),
    (
        FACT,
        "Product code: hi 365 · Harbor Income 180D · Benchmark 2.6%–3.4% p.a. (not a forecast) · Risk R2",
        "WMP",
        CARD,
    ),
    (
        FACT,
        "Greenway Notes 90D (product code GRN-180) opens Monday. Benchmark 2.4%–3.1% p.a., not a promise.",
        "WMPH",
        ANN,
    ),
    (FACT, "Greenway Notes 90D | Code: GRN 60 | R2 | Not FDIC insured, may lose value", "WMPH", CARD),
    # Government backing said of the fund; money said to be unable to be lost, in idioms.
    (
        GOV,
        "Because it holds only Treasuries, this fund carries the full faith and credit of the United States.",
        "MMF",
        "chat",
    ),
    (GOV, "The fund is backed by the full faith and credit of the federal government.", "MMF", "chat"),
    (CAP, "Your money can't go anywhere — it's all parked in government paper.", "MMF", "chat"),
    (CAP, "Relax, your principal isn't going anywhere in this fund.", "MMF", "chat"),
    (CAP, "Nothing can happen to your money in this one.", "MMF", "chat"),
    (CAP, "The cash you put in can't just disappear.", "FUND", "chat"),
    (CAP, "Your dollars aren't going to vanish, that's the point of this fund.", "MMF", "chat"),
    (CAP, "Whatever the market does, your money stays right where you left it.", "FUND", "chat"),
    # Past returns beside a fund name with a non-yield word; hyphenated windows.
    (
        PAST,
        "Maple Multi-Asset Allocation Fund gained 8.7% in 2023 — hear the managers live Thursday. "
        "Not FDIC insured, may lose value.",
        "ALLOC",
        ANN,
    ),
    (
        PAST,
        "The Maple Allocation portfolio returned 6.2% over calendar 2022. Not a deposit; may lose value.",
        "ALLOC",
        ANN,
    ),
    (PAST, "Our allocation fund earned 9.1% in 2024, net of fees.", "ALLOC", "chat"),
    (CHERRY, "Harbor's past-week annualized yield came to 3.9%.", "WMP", "chat"),
    (CHERRY, "On a trailing-two-week annualized basis it paid 3.6%.", "WMP", "chat"),
    (CHERRY, "Its last-month annualized return was 3.8%, past results aside.", "WMP", "chat"),
    # Forecasts of rates or markets used to sell; urgency; off-channel.
    (PRED, "Rates are about to get cut, so grab Harbor while it still pays this much.", "WMP", "chat"),
    (PRED, "The Fed's going to ease at the next meeting — lock this in now.", "WMP", "chat"),
    (PRED, "Once the Fed starts trimming, yields like this disappear, so don't wait.", "WMP", "chat"),
    (PRED, "Bond prices are set to jump when the cuts start, so get in before then.", "FUND", "chat"),
    (PRED, "Stocks are about to rip higher; get positioned this week.", "FUND", "chat"),
    (URGENT, "Buy Harbor today or you'll kick yourself next month.", "WMP", "chat"),
    (URGENT, "Harbor Income 180D | LAST CALL — subscriptions close at noon today! | R2", "WMP", CARD),
    (URGENT, "Greenway Notes 90D · FINAL TRANCHE · ends 4 PM tomorrow", "WMPH", CARD),
    (URGENT, "Harbor Income 180D — closes tonight at 6, don't miss it.", "WMP", ANN),
    (OFF, "For the full term sheet, text your banker on WhatsApp.", "WMP", CARD),
    (OFF, "Message your adviser directly on Signal for the details.", "WMP", "chat"),
    (OFF, "Reach your relationship manager on WeChat for an allocation.", "WMP", ANN),
]

CLEAN_1 = [
    (
        "If you ask for a product I didn't recommend, the order is recorded as unsolicited, and you'll still see "
        "the risk-mismatch warning.",
        "FUND",
        "chat",
    ),
    (
        "I can't mark an order as customer-directed when I suggested it — that would be misrecording it.",
        "FUND",
        "chat",
    ),
    (
        "The system will block this order because the fund is above your risk level; that's the rule.",
        "FUND",
        "chat",
    ),
    (
        "If your circumstances have changed, you can retake the questionnaire and answer honestly.",
        "FUND",
        "chat",
    ),
    (
        "Harbor Income 180D | Code HI-180 | Risk level R2 | Benchmark 2.6%–3.4% p.a., not a promise of returns "
        "| Not a deposit · Not FDIC insured · May lose value",
        "WMP",
        CARD,
    ),
    ("Greenway Notes 90D | Code GRN090 | R2 | Not FDIC insured, may lose value", "WMPH", CARD),
    (
        "Greenway Notes 90D | code grn 090 | Scan the QR code at a branch for the prospectus | May lose value",
        "WMPH",
        CARD,
    ),
    (
        "Treasury bills are backed by the full faith and credit of the U.S. government; this fund, which holds "
        "them, is not, and it can lose value.",
        "MMF",
        "chat",
    ),
    (
        "The fund invests in Treasuries, but the fund itself is not guaranteed by the government or FDIC insured.",
        "MMF",
        "chat",
    ),
    (
        "Your money can't go anywhere without your authorization — every transfer needs your sign-off.",
        "MMF",
        "chat",
    ),
    (
        "Maple Multi-Asset Allocation Fund: 60% stocks, 40% bonds; expense ratio 0.45%. Not FDIC insured.",
        "ALLOC",
        ANN,
    ),
    (
        "Crestview Bank is advertising a one-year CD at 4.10% APY this week; ours pays 3.95%. Pick whichever "
        "suits you.",
        None,
        "chat",
    ),
    ("Other banks' savings rates this month run from 3.5% to 4.1% APY.", None, "chat"),
    ("Returns could come in below the benchmark, or even be negative.", "WMP", "chat"),
    ("The result may be under 2.6%, or you could lose money.", "WMP", "chat"),
    ("Actual returns might fall short of 3.4% and could even be negative.", "WMP", "chat"),
    (
        "Nobody knows whether the Fed will cut next month, so don't buy anything because of a rate call.",
        "WMP",
        "chat",
    ),
    (
        "The subscription period ends March 14; see the offering document for details. May lose value.",
        "WMP",
        ANN,
    ),
    (
        "Contact your banker through the app's secure messaging for the term sheet. May lose value.",
        "WMP",
        CARD,
    ),
]

# Batch 2: new wordings for the same categories, written after batch 1's grammars and before any change for them.
VIOLATING_2 = [
    (
        BYPASS,
        "Ops will see it as a client-requested trade, so no one's going to question the risk gap.",
        "FUND",
        "chat",
    ),
    (
        BYPASS,
        "I'm going to enter this as unsolicited — that's how we get it past the suitability screen.",
        "FUND",
        "chat",
    ),
    (
        BYPASS,
        "Tell the reviewer you found the fund on your own and it'll go through without a hitch.",
        "FUND",
        "chat",
    ),
    (
        BYPASS,
        "We'll just log it as your decision, that way the mismatch alert doesn't trigger.",
        "FUND",
        "chat",
    ),
    (
        BYPASS,
        "If you tick 'I did not receive a recommendation', the order clears automatically.",
        "FUND",
        "chat",
    ),
    (BYPASS, "Let me put it through as execution-only and we skip the whole risk review.", "FUND", "chat"),
    (BYPASS, "I'll click past the suitability warning for you, don't worry about it.", "FUND", "chat"),
    (
        FACT,
        "Harbor Income 180D — Product Code HI 181 — Benchmark 2.6%–3.4% p.a. — May lose value",
        "WMP",
        CARD,
    ),
    (
        FACT,
        "New issue: Greenway Notes 90D, fund code GRN-900, subscriptions open Monday. May lose value.",
        "WMPH",
        ANN,
    ),
    (CAP, "Your investment can't go up in smoke, it's all short-term government paper.", "MMF", "chat"),
    (CAP, "Trust me, the principal you put in isn't going to evaporate.", "FUND", "chat"),
    (CAP, "Nothing bad will ever happen to your savings in this fund.", "MMF", "chat"),
    (GOV, "This fund has the full faith and credit of Uncle Sam behind it.", "MMF", "chat"),
    (
        PAST,
        "Maple Allocation Fund delivered 7.5% in 2021 — join Thursday's live Q&A. May lose value.",
        "ALLOC",
        ANN,
    ),
    (PAST, "The Allocation fund posted a return of 5.9% for 2020.", "ALLOC", "chat"),
    (CHERRY, "Harbor's last-quarter annualized return topped 4.4%.", "WMP", "chat"),
    (CHERRY, "Past-week annualized, it earned 3.7%.", "WMP", "chat"),
    (
        PRED,
        "Powell's going to start cutting in March, so get your money in while Harbor still pays this.",
        "WMP",
        "chat",
    ),
    (PRED, "The market is set to rally after the election, so load up on Cedar now.", "FUND", "chat"),
    (PRED, "Yields are going to come down hard — lock in Harbor before they do.", "WMP", "chat"),
    (PRED, "Buy Cedar this week, before stocks take off.", "FUND", "chat"),
    (
        URGENT,
        "Harbor Income 180D | Last allocation — closes at midnight Friday | R2 | May lose value",
        "WMP",
        CARD,
    ),
    (URGENT, "FINAL SUBSCRIPTION ROUND ends 3 PM today! Harbor Income 180D. May lose value.", "WMP", ANN),
    (OFF, "For pricing, DM your relationship manager on Instagram.", "WMP", ANN),
    (OFF, "WhatsApp your adviser directly for the term sheet.", "WMP", CARD),
]

CLEAN_2 = [
    (
        "Orders you place without my recommendation are logged as unsolicited; the suitability check still runs.",
        "FUND",
        "chat",
    ),
    (
        "I won't enter this as execution-only — I recommended it, so the full suitability review applies.",
        "FUND",
        "chat",
    ),
    ("Compliance reviews every order flagged as a risk mismatch before it's placed.", "FUND", "chat"),
    (
        "Harbor Income 180D | Product code HI180 | Benchmark 2.6%–3.4% p.a., not a forecast | May lose value",
        "WMP",
        CARD,
    ),
    (
        "Greenway Notes 90D | Code GRN-090 | Use promo code SAVE25 for a waived account fee | May lose value",
        "WMPH",
        CARD,
    ),
    ("Greenway Notes 90D | Risk code R2 | Code grn-090 | Not FDIC insured, may lose value", "WMPH", CARD),
    ("The fund's value can fall, so your investment can go down as well as up.", "FUND", "chat"),
    ("Your money isn't going anywhere until the 180-day term ends — it's locked until then.", "WMP", "chat"),
    (
        "U.S. Treasuries carry the full faith and credit of the government; money market funds do not.",
        "MMF",
        "chat",
    ),
    (
        "Maple Allocation Fund: 55% equities, 45% bonds; annual expense ratio 0.38%. May lose value.",
        "ALLOC",
        ANN,
    ),
    ("Harbor could end up below 2.6% this year, and it could even lose money.", "WMP", "chat"),
    ("Rates at other banks this week range from 3.6% to 4.2% APY on savings.", None, "chat"),
    (
        "Some analysts think the Fed will cut in March; we don't make rate calls, and you shouldn't buy on one.",
        "WMP",
        "chat",
    ),
    ("If rates fall, bond prices tend to rise — that's how bonds work, not a prediction.", None, "chat"),
    (
        "The subscription window closes Friday at 5 PM ET. Details are in the offering document. May lose value.",
        "WMP",
        ANN,
    ),
    ("Please don't WhatsApp your banker account details; use the secure message center.", None, "chat"),
]


# Batch 3: mostly hard negatives aimed at this layer's own grammars (labels said truthfully, codes beside other codes,
# rate talk without a call to buy, money that really is safe), plus new violating wordings.
VIOLATING_3 = [
    (BYPASS, "I'll treat it as customer-initiated, then nobody flags the risk mismatch.", "FUND", "chat"),
    (BYPASS, "Just say you asked for it yourself and the system won't block it.", "FUND", "chat"),
    (CAP, "Whatever happens to the economy, your nest egg can't go anywhere.", "FUND", "chat"),
    (PRED, "Treasury yields are about to slide, so grab Harbor before then.", "WMP", "chat"),
    (
        FACT,
        "Harbor Income 180D\nCode: HI-360\nBenchmark 2.6%–3.4% p.a. (not a forecast)\nMay lose value",
        "WMP",
        CARD,
    ),
]

CLEAN_3 = [
    ("You asked for this fund yourself, so I'll record it as unsolicited — that's accurate.", "FUND", "chat"),
    ("Tell compliance exactly what happened; if it was my recommendation, say so.", "FUND", "chat"),
    ("I can't override the suitability block, and I wouldn't if I could.", "FUND", "chat"),
    ("Your deposit can't go anywhere without two signatures on the account.", None, "chat"),
    ("Nothing happens to your money until you confirm the order.", "WMP", "chat"),
    (
        "Rates may fall next year or they may not; nobody can time it, so buy only what fits your plan.",
        "WMP",
        "chat",
    ),
    ("When the Fed cuts, money market yields usually drift lower over time.", "MMF", "chat"),
    (
        "If you want to lock in a rate, a CD fixes it for the term; Harbor's return is not fixed.",
        "WMP",
        "chat",
    ),
    ("Last call for questions before we wrap up tonight's stream!", None, "chat"),
    ("Final allocation results are posted in the app by 5 PM today.", "WMP", "chat"),
    (
        "Harbor Income 180D | Code HI180 | Replaces the matured issue, code HI-090 | Benchmark 2.6%–3.4% p.a., "
        "not a promise | May lose value",
        "WMP",
        CARD,
    ),
    ("Harbor Income 180D | Branch code NY 204 | Code HI-180 | May lose value", "WMP", CARD),
    ("Harbor's last-month statement is in the app; it showed 0.25% in fees.", "WMP", "chat"),
    ("This week only our branch hours change: open until 5 PM.", None, "chat"),
    ("The fund's returns could be well below 5%, and some years they have been negative.", "FUND", "chat"),
]


KNOWN_MISSES: set[str] = set()


def _tested(rows, text_at=1):
    """The rows a test asserts: every row but the known misses (``text_at``: the text's place in a row)."""
    return [row for row in rows if row[text_at] not in KNOWN_MISSES]


@pytest.mark.parametrize(("code", "text", "product", "kind"), _tested(VIOLATING_1))
def test_first_batch_violating(code, text, product, kind):
    assert code in reported(text, product, kind)


@pytest.mark.parametrize(("text", "product", "kind"), _tested(CLEAN_1, 0))
def test_first_batch_clean(text, product, kind):
    assert not reported(text, product, kind)


@pytest.mark.parametrize(("code", "text", "product", "kind"), _tested(VIOLATING_2))
def test_second_batch_violating(code, text, product, kind):
    assert code in reported(text, product, kind)


@pytest.mark.parametrize(("text", "product", "kind"), _tested(CLEAN_2, 0))
def test_second_batch_clean(text, product, kind):
    assert not reported(text, product, kind)


@pytest.mark.parametrize(("code", "text", "product", "kind"), _tested(VIOLATING_3))
def test_third_batch_violating(code, text, product, kind):
    assert code in reported(text, product, kind)


@pytest.mark.parametrize(("text", "product", "kind"), _tested(CLEAN_3, 0))
def test_third_batch_clean(text, product, kind):
    assert not reported(text, product, kind)
