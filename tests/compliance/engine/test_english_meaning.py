"""English claims by meaning (packs/english_meaning.yaml, issue 16 point 6): each grammar pairs the subject of a
claim with what makes it a violation, written from rules.md. Sentences invented for this test, none taken from a
corpus. Violating rows must carry the code; clean rows are hard negatives with no block or review finding."""

import pytest

from compliance.engine import check

FUND_R4 = {
    "code": "F",
    "name": "Cedar Growth Fund",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
WMP_R2 = {
    "code": "W",
    "name": "Harbor Income 180D",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.6,
    "benchmark_max": 3.4,
    "principal_protected": False,
}
POLICY = {
    "code": "I",
    "name": "Evergreen Whole Life",
    "type": "insurance",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}


def _reported(text: str, product=None, customer_risk=None, kind: str = "chat") -> set[str]:
    products = [product] if product else []
    return {
        f.code
        for f in check(text, kind=kind, products=products, customer_risk=customer_risk, pack="us")
        if f.severity in ("block", "review")
    }


VIOLATING = [
    # A non-deposit product presented as a deposit account, or measured against one (rules.md 2.6).
    (
        "comparison.deposit_analogy",
        "The Harbor portfolio is pretty much a high-yield savings account, just with a better rate.",
        WMP_R2,
        None,
    ),
    (
        "comparison.deposit_analogy",
        "Honestly, treat this policy like your savings account that also protects your family.",
        POLICY,
        None,
    ),
    (
        "comparison.deposit_analogy",
        "Why keep your money in checking earning nothing when Harbor pays triple?",
        WMP_R2,
        None,
    ),
    # Principal promised back, or safe whatever happens.
    (
        "promise.capital_guarantee",
        "Relax, you'll get every single dollar back at the end of the term.",
        WMP_R2,
        None,
    ),
    (
        "promise.capital_guarantee",
        "Whatever the market does, your savings are protected no matter what.",
        FUND_R4,
        None,
    ),
    # The state named as sponsor.
    (
        "endorsement.government",
        "Washington basically stands behind this program, it was set up for savers like you.",
        None,
        None,
    ),
    # Forecasts: a present tense with a time ahead, an opinion marker, a big year ahead, a modal with a figure.
    (
        "performance.prediction",
        "Cedar finishes somewhere around 14% next year, that's my read.",
        FUND_R4,
        None,
    ),
    ("performance.prediction", "If you ask me, this one gets to the low teens before long.", FUND_R4, None),
    (
        "performance.prediction",
        "Tech is teed up for a monster 2027 and Cedar is loaded with it.",
        FUND_R4,
        None,
    ),
    (
        "performance.prediction",
        "This should comfortably clear 9 percent over the next twelve months.",
        FUND_R4,
        None,
    ),
    # The best period alone; every period at the top of the range.
    (
        "performance.cherry_picked",
        "Cedar's strongest quarter last year was up 19%, look at that.",
        FUND_R4,
        None,
    ),
    (
        "performance.cherry_picked",
        "Every series of Harbor has paid at the top of its range, like clockwork.",
        WMP_R2,
        None,
    ),
    # Testimonials told as anecdotes, celebrities, crowds of satisfied clients.
    (
        "endorsement.testimonial",
        "One of our clients, a retired pilot, put his bonus into Cedar and now he winters in Florida.",
        FUND_R4,
        None,
    ),
    (
        "endorsement.testimonial",
        "A well-known Hollywood actor just moved a chunk of his savings into this fund.",
        FUND_R4,
        None,
    ),
    (
        "endorsement.testimonial",
        "Thousands of our customers trust Harbor with their savings, and they keep coming back.",
        WMP_R2,
        None,
    ),
    # Competitors, including the customer's current adviser, judged with contempt.
    (
        "comparison.unfair_competitor",
        "Your current advisor is charging you way too much for that junk.",
        FUND_R4,
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Northfield Capital's funds are mediocre at twice the price.",
        FUND_R4,
        None,
    ),
    ("inducement.urgency_pressure", "The clock is ticking on this one, folks.", FUND_R4, None),
    # Exit costs denied outright.
    (
        "misleading.hidden_conditions",
        "No surrender charges whatsoever, you can walk away whenever you like.",
        POLICY,
        None,
    ),
    # Calls to buy in sales English, for a customer rated below the product.
    ("suitability.product_above_customer_risk", "Just load up on Cedar, you won't regret it.", FUND_R4, "C2"),
    (
        "suitability.product_above_customer_risk",
        "I'll put in the order for twenty grand tonight.",
        FUND_R4,
        "C2",
    ),
    # The questionnaire waved aside, or its result switched.
    (
        "suitability.assessment_bypass",
        "Forget the questionnaire, I'll take care of it for you on my end.",
        FUND_R4,
        None,
    ),
    (
        "suitability.assessment_bypass",
        "Your risk profile came back conservative, I'll bump it up to growth.",
        FUND_R4,
        None,
    ),
    ("privacy.customer_pii", "Congrats to Mark Ruiz, card ending 4471, on his first purchase!", None, None),
    ("promise.guaranteed_return", "You'll collect 5% every year on this, period.", FUND_R4, None),
    (
        "endorsement.testimonial",
        "My own dad is in Cedar and he checks it every morning with a grin.",
        FUND_R4,
        None,
    ),
    (
        "endorsement.testimonial",
        "Here's a note from a customer: it changed how I think about retirement.",
        FUND_R4,
        None,
    ),
    ("performance.prediction", "With rate cuts coming, this fund is going to fly.", FUND_R4, None),
    (
        "performance.prediction",
        "Analysts are calling for a 25% rally, and Cedar will ride that wave.",
        FUND_R4,
        None,
    ),
    (
        "privacy.customer_pii",
        "Jessica Tran, your statement shows $58,000 in Cedar as of today.",
        FUND_R4,
        None,
    ),
    ("privacy.customer_pii", "Just confirming for Amy Chen: your phone on file is 555-303-2210.", None, None),
    (
        "endorsement.testimonial",
        "A guy who watched last year bought in and just sent me a photo of his new boat.",
        FUND_R4,
        None,
    ),
    (
        "comparison.unfair_competitor",
        "I'd never send my own family to Crestmark, their track record is awful.",
        FUND_R4,
        None,
    ),
    (
        "promise.guaranteed_return",
        "Five percent a year is the floor here, and the sky's the limit.",
        FUND_R4,
        None,
    ),
    ("performance.prediction", "By the time your grandkids graduate, this will have tripled.", FUND_R4, None),
    (
        "suitability.assessment_bypass",
        "Leave the experience section blank and I'll handle the rest.",
        FUND_R4,
        None,
    ),
    ("inducement.urgency_pressure", "You snooze, you lose on this one.", FUND_R4, None),
]

CLEAN = [
    ("The fund is not a savings account and it is not FDIC insured.", FUND_R4, None),
    ("If you need cash in a month, a savings account is the better place for it.", FUND_R4, None),
    (
        "The best calendar year was 2019 at +22%, the worst was 2022 at -17%. Past performance does not "
        "guarantee future results.",
        FUND_R4,
        None,
    ),
    (
        "Our competitor Northfield Capital also offers a growth fund; compare the fees yourself.",
        FUND_R4,
        None,
    ),
    ("We don't forecast returns, and nobody knows what next year brings.", FUND_R4, None),
    ("This fund is above your risk profile, so I can't recommend it.", FUND_R4, "C2"),
    ("Please complete the risk questionnaire honestly before any purchase.", FUND_R4, None),
    ("The minimum is $5,000 and the holding period is 180 days.", WMP_R2, None),
    ("The death benefit is paid by the insurer, not by the bank or the government.", POLICY, None),
    ("Treasuries are backed by the U.S. government, but this fund's shares are not.", FUND_R4, None),
    ("Thanks for watching, we'll be back next week with another walkthrough.", None, None),
    ("There is a 2% redemption fee if you sell within 60 days, so plan ahead.", FUND_R4, None),
    ("Phrases like 'guaranteed returns' are off-limits here; flag them if you see them.", None, None),
    ("One of our clients asked whether the fund pays dividends; it does, quarterly.", FUND_R4, None),
    ("We will never ask you to pay through Zelle, Venmo or a personal account.", None, None),
    ("Stocks will go up and down, and nobody knows which comes first.", FUND_R4, None),
    ("One of our clients asked about taxes on distributions; they're taxable each year.", FUND_R4, None),
    ("I can't tell you if Cedar will outperform; nobody can.", FUND_R4, None),
    ("No trash talk about other firms, and no promises about returns.", None, None),
    ("Some people call Cedar a sure thing. It isn't; it fell 24% in 2022.", FUND_R4, None),
    (
        "Don't let anyone pressure you with 'only a few spots left'; there's no limit on this fund.",
        FUND_R4,
        None,
    ),
    ("Great question, your account statement shows the fees for the year.", None, None),
    ("Please don't retake the questionnaire just to get a different answer.", FUND_R4, None),
    (
        "A client told us the reviews helped her. She wasn't paid for saying so, and her experience isn't "
        "representative.",
        FUND_R4,
        None,
    ),
]


@pytest.mark.parametrize(("code", "text", "product", "customer_risk"), VIOLATING)
def test_english_claim_is_reported(code, text, product, customer_risk):
    assert code in _reported(text, product, customer_risk)


@pytest.mark.parametrize(("text", "product", "customer_risk"), CLEAN)
def test_english_hard_negative_is_clean(text, product, customer_risk):
    assert _reported(text, product, customer_risk) == set()


def test_a_ten_thousand_dollar_minimum_is_not_a_return_floor():
    card = "Harbor Income 180D | Risk level R2 | Benchmark 2.6%–3.4% p.a., not a promise | $10,000 minimum"
    assert "promise.guaranteed_return" not in _reported(card, WMP_R2, kind="product_card")


def test_best_period_balanced_by_the_worst_is_not_cherry_picked():
    balanced = (
        "Best calendar year: +31% in 2019. Worst: -20% in 2022. Past performance does not guarantee results."
    )
    assert "performance.cherry_picked" not in _reported(balanced, FUND_R4, kind="script")
    alone = "Best calendar year: +31% in 2019. Past performance does not guarantee results."
    assert "performance.cherry_picked" in _reported(alone, FUND_R4, kind="script")


FUND_R5 = {**FUND_R4, "name": "Cobalt Frontier Fund", "risk_level": "R5"}


@pytest.mark.parametrize(
    "text",
    [
        "It's technically above your risk level, but I think you should go for it.",
        "Trust me, Cobalt is the right move for your retirement money.",
        "There's no reason not to put some of your savings into Cobalt.",
        "I'm putting you down for 10k in Cobalt, ok?",
        "Don't overthink it, just buy some Cobalt.",
        "If I were you, I'd go with Cobalt.",
        "Your conservative rating is just a label; Cobalt will treat you well.",
        "Cobalt's a great next step for someone like you, let's move your money market cash into it.",
    ],
)
def test_a_call_to_buy_above_the_customer_is_reported(text):
    assert "suitability.product_above_customer_risk" in _reported(text, FUND_R5, "C2")


@pytest.mark.parametrize(
    "text",
    [
        "This is outside your risk tolerance, but a lower-risk option would suit you better.",
        "It's not suitable for a C2 profile, but we can talk about something that fits your profile.",
        "Buy only what you understand, and never more than you can afford to lose.",
        "I can't recommend Cobalt for your profile; it's rated R5 and you're C2.",
        "Cobalt is above your risk level, so I can't recommend it. If you still want growth, a balanced fund could suit you.",
        "Cobalt is for investors who can handle big swings; with your profile, I'd stick with something more conservative.",
    ],
)
def test_a_refusal_or_a_redirect_is_not_a_call_to_buy(text):
    assert "suitability.product_above_customer_risk" not in _reported(text, FUND_R5, "C2")
