"""English, tenth layer (packs/english_r10.yaml): the categories round 10 (unseen when scored, now dev) showed weak in
English, each fixed as a category from rules.md rather than from its sentences — the government or a regulator said to
stand behind or sign off a product (and with it, usually, the principal); celebrities and clients brought on to say
why they trust us or what they made; a rival's products called junk, its figures cooked, its fees a scam; a certain
rise said in emoji or as "a lock"; an insurance policy or a portfolio likened to a CD or a savings account; a payout
stated as a record with no disclaimer, a short window picked out; rank claims in sales English ("the best deal we'll
run all year"); a low-risk audience told a product above its level is made for it, and coaching on the questionnaire's
answers. Each category has its honest forms as hard negatives (a government money market fund described accurately,
"not FDIC insured", a client event with no gains promised, a neutral fee comparison, a past return with its
disclaimer). Sentences invented for this test (none taken from a corpus), written before the grammars; the first-try
catch rate of each batch is in the session's report."""

import pytest

from compliance.engine import check

FUND = {
    "code": "CGF",
    "name": "Cedar Growth Fund",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
WMP = {
    "code": "HI180",
    "name": "Harbor Income 180D",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.6,
    "benchmark_max": 3.4,
    "principal_protected": False,
}
MMF = {
    "code": "TMM",
    "name": "Treasury Money Market Fund",
    "type": "fund",
    "risk_level": "R1",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
POLICY = {
    "code": "WL20",
    "name": "Evergreen Whole Life",
    "type": "insurance",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
DEPOSIT = {
    "code": "CD12",
    "name": "12-Month CD",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": True,
}
PRODUCTS = {"FUND": FUND, "WMP": WMP, "MMF": MMF, "INS": POLICY, "CD": DEPOSIT, None: None}


def _reported(text: str, product: str | None, kind: str = "chat", customer: str | None = None) -> set[str]:
    products = [PRODUCTS[product]] if product else []
    return {
        f.code
        for f in check(text, kind=kind, products=products, customer_risk=customer, pack="us")
        if f.severity in ("block", "review")
    }


GOV = "endorsement.government"
CAP = "promise.capital_guarantee"
TEST = "endorsement.testimonial"
RIVAL = "comparison.unfair_competitor"
RET = "promise.guaranteed_return"
DEP = "comparison.deposit_analogy"
PAST = "performance.past_without_disclaimer"
PICK = "performance.cherry_picked"
SUP = "superlative.absolute_term"
ABOVE = "suitability.product_above_customer_risk"
BYPASS = "suitability.assessment_bypass"

# Batch 1: one row per wording; every code listed must be reported.
VIOLATING = [
    # The government or a regulator standing behind the product, usually with the principal.
    (
        (GOV, CAP),
        "The federal government stands behind this fund, so your principal is never at risk.",
        "MMF",
    ),
    ((GOV, CAP), "With the feds backing it, there's no way you lose a dime here.", "MMF"),
    ((GOV, CAP), "The Treasury itself is behind every share, so your money is as safe as it gets.", "MMF"),
    ((GOV,), "Washington has your back on this one, folks.", "MMF"),
    (
        (GOV, CAP),
        "It's got the full faith and credit of the United States behind it, so your cash never shrinks.",
        "MMF",
    ),
    ((GOV,), "The SEC went over this offering and signed off on it, so you know it's legit.", "FUND"),
    (
        (GOV,),
        "FINRA looked this note over and approved it — that tells you everything about its quality.",
        "WMP",
    ),
    (
        (GOV,),
        "Regulators gave this portfolio their blessing; that's why I'm comfortable recommending it.",
        "WMP",
    ),
    ((GOV, CAP), "Park your savings in the government's own safe haven, where nothing can be lost.", "MMF"),
    ((GOV,), "It's a government-approved product, basically the state vouching for it.", "WMP"),
    (
        (GOV,),
        "Since it's registered with the SEC, the government has already checked that it's a sound investment.",
        "FUND",
    ),
    ((GOV, CAP), "Uncle Sam guarantees every penny you put into this fund.", "MMF"),
    ((GOV,), "The state insurance department approved this policy, so you can trust it completely.", "INS"),
    ((GOV,), "Our regulators reviewed the whole product and gave it the okay, so it's clean.", "WMP"),
    # Testimonials: celebrities and clients appearing, or invited, to say why they trust us or what they made.
    ((TEST,), "NBA legend Marcus Reed stops by tonight to talk about why he invests with us.", None),
    ((TEST,), "Come hear real clients tell you how much Cedar has grown their retirement savings.", "FUND"),
    (
        (TEST,),
        "Three longtime customers will join the stream to share how they built their nest eggs with us.",
        None,
    ),
    (
        (TEST,),
        "Grammy winner Lola Price is our special guest and will explain why she banks with our wealth team.",
        None,
    ),
    (
        (TEST,),
        "Listen to what our happy investors have to say about the returns they've earned with Harbor.",
        "WMP",
    ),
    ((TEST,), "Real stories from real clients who doubled their savings — tune in Thursday.", None),
    (
        (TEST,),
        "Former NFL quarterback Tom Ridley will tell you why he put his own family's money in Cedar.",
        "FUND",
    ),
    ((TEST,), "Watch satisfied clients explain why they trust us with their retirement.", None),
    ((TEST,), "Meet investors who've grown their wealth with Cedar at Friday's live event.", "FUND"),
    # Unfair competitor: a rival's products called junk, its figures cooked, its fees a scam.
    ((RIVAL,), "Whatever Lakeshore Bank is selling you is garbage next to this.", "FUND"),
    ((RIVAL,), "Everybody knows Summit Capital cooks its performance numbers.", None),
    ((RIVAL,), "Don't trust a single number Ironwood Advisors puts out; it's all fiction.", None),
    ((RIVAL,), "Granite Life's annuities are a total rip-off.", "INS"),
    ((RIVAL,), "The fees over at Crestline Wealth are a racket.", None),
    ((RIVAL,), "Those Ridgeway funds are trash, plain and simple.", "FUND"),
    ((RIVAL,), "Marlow Investments' performance reports are pure fantasy.", None),
    ((RIVAL,), "Pinecrest Securities makes up its track record, so ignore anything they show you.", None),
    ((RIVAL,), "Their fees are a ripoff, which is why Oakmont clients keep moving to us.", None),
    # A certain rise in emoji or slang.
    ((RET,), "Cedar only goes 📈, never 📉. 💯", "FUND"),
    ((RET,), "Returns: 📈📈📈 and zero 📉, I promise.", "WMP"),
    ((RET,), "That 4% payout is basically a lock.", "WMP"),
    ((RET,), "The yield on this one is a sure thing, trust me.", "WMP"),
    ((RET,), "Those dividends are a slam dunk every year.", "INS"),
    # Deposit analogy for insurance and investment products.
    ((DEP,), "This annuity is basically a CD with a better rate.", "INS"),
    ((DEP,), "Treat the portfolio like your savings account: money goes in, interest comes out.", "WMP"),
    ((DEP,), "It behaves like a certificate of deposit, just with a longer term.", "INS"),
    ((DEP,), "Think of this policy as a savings account that also pays out when you pass away.", "INS"),
    ((DEP,), "You deposit your premiums and the policy pays you interest, same as the bank would.", "INS"),
    ((DEP,), "Honestly, this fund is just cash, like money in your checking account.", "MMF"),
    # A payout or return stated as a record, without the disclaimer; a short window picked out.
    ((PAST,), "The policy has paid a 5.5% dividend every year for the last twenty years.", "INS"),
    ((PAST,), "Cedar has returned about 9% a year for a decade straight.", "FUND"),
    ((PAST,), "This portfolio has delivered 3.3% annually since 2018.", "WMP"),
    ((PICK,), "Just look at last week: the fund jumped 4.2%.", "FUND"),
    ((PICK,), "In March alone, Harbor's annualized yield hit 3.9%.", "WMP"),
    # Superlatives in sales English.
    ((SUP,), "This is the best rate we'll offer all year, hands down.", "WMP"),
    ((SUP,), "It's the most tax-efficient income fund you can buy anywhere.", "FUND"),
    ((SUP,), "We run the finest retirement desk in the whole region.", None),
    ((SUP,), "Cedar is the top-rated growth fund out there, period.", "FUND"),
    ((SUP,), "Nobody beats our pricing on this note.", "WMP"),
    ((SUP,), "This is the cheapest bond fund in America.", "FUND"),
    # Questionnaire coaching.
    (
        (BYPASS,),
        "If the app blocks you, just set your investment horizon to 15 years on the risk form.",
        None,
    ),
    (
        (BYPASS,),
        "On the loss question, pick the third option instead of the first and you'll be able to buy.",
        None,
    ),
    ((BYPASS,), "Put down 'aggressive' for your risk appetite and the app unlocks the fund.", "FUND"),
    ((BYPASS,), "Mark your experience as 'extensive' on the survey, even if you're new to this.", None),
    ((BYPASS,), "Redo the quiz and choose the bolder answers this time.", None),
]

CLEAN = [
    # Honest government forms.
    (
        "This is a government money market fund: it buys Treasury bills and agency notes, but the fund itself is not "
        "guaranteed by the U.S. government and can lose value.",
        "MMF",
    ),
    ("Registration with the SEC does not mean the SEC has approved or endorsed this fund.", "FUND"),
    ("FINRA rules require us to tell you this product is not FDIC insured and may lose value.", "WMP"),
    (
        "The Treasury bills in the portfolio are backed by the U.S. government; your shares in the fund are not.",
        "MMF",
    ),
    ("Our broker-dealer is a member of FINRA and SIPC.", None),
    ("Neither the SEC nor any state regulator has reviewed or approved this presentation.", "FUND"),
    # Client events without testimonials.
    (
        "Join our client education evening on Thursday: a talk on retirement income, with no products sold.",
        None,
    ),
    (
        "Our guest tonight is the fund's portfolio manager, who will walk through its holdings and risks.",
        "FUND",
    ),
    (
        "Come to our client appreciation dinner on Friday; there is no product pitch, just an estate-planning Q&A.",
        None,
    ),
    # Neutral rival comparisons.
    (
        "Crestline's muni fund charges 0.55% a year and ours charges 0.48%; compare the prospectuses yourself.",
        "FUND",
    ),
    (
        "If you hold funds at another firm, bring the statement and we'll compare the costs line by line.",
        None,
    ),
    ("Fees differ from firm to firm, so ask any provider for its full fee schedule before you switch.", None),
    # Emoji and locks that promise nothing.
    ("📈 Stocks rose today and 📉 bonds slipped; markets move both ways.", "FUND"),
    ("Your CD rate is locked for the full 12 months.", "CD"),
    ("Thanks for 100 viewers tonight 💯!", None),
    # Deposits named honestly.
    (
        "Unlike a CD, this policy is not FDIC insured and its cash value can fall if you surrender early.",
        "INS",
    ),
    ("A money market fund is not a bank deposit and is not FDIC insured.", "MMF"),
    ("You can link your checking account to pay the premiums automatically.", "INS"),
    # Past returns with their disclaimer.
    ("The fund returned 9.1% in 2024; past performance does not guarantee future results.", "FUND"),
    (
        "Dividends have ranged from 4% to 6% over the past ten years, are declared each year and are not guaranteed; "
        "past dividends do not predict future ones.",
        "INS",
    ),
    # Superlative words that rank nothing.
    ("The highest fee on this fund is the 1% redemption charge in the first year.", "FUND"),
    ("Please do your best to answer the questionnaire honestly.", None),
    ("The most you can lose is your entire investment.", "FUND"),
    # The questionnaire handled honestly.
    ("Please answer the risk questionnaire honestly; it is there to protect you.", None),
    ("If your circumstances have genuinely changed, you can retake the assessment with your banker.", None),
]


@pytest.mark.parametrize(("codes", "text", "product"), VIOLATING)
def test_violating_probe_reports_its_codes(codes, text, product):
    reported = _reported(text, product)
    assert set(codes) <= reported, reported


@pytest.mark.parametrize(("text", "product"), CLEAN)
def test_clean_probe_reports_nothing(text, product):
    assert not _reported(text, product)
