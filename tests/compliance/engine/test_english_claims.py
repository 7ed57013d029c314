"""English claims (issue 16, English to parity): forecasts, guarantees, testimonials, suitability and the rest in
English sentence structure — contractions, typographic apostrophes, numbers and fractions in words, hedges on
either side of a figure.

Written for these tests, apart from every corpus, in three batches of fresh sentences each written before the
grammars in packs/english.yaml that now recognise them (first-try catch: 18 of 27, 8 of 21, 15 of 21, 5 of 10 buried in scripts, 10 of 14); each batch has
hard negatives (disclosures, warnings, refusals, honest figures) that must stay clean.
"""

import pytest

from compliance.engine import check, load_pack_data
from compliance.engine.figures import parse_en_number
from compliance.engine.packs import _merge_rule

PRODUCTS = {
    "BLU": {
        "code": "BLU",
        "name": "Bluewater Short Duration Portfolio 120D",
        "type": "wmp",
        "risk_level": "R2",
        "benchmark_min": 2.5,
        "benchmark_max": 3.3,
        "principal_protected": False,
    },
    "TMB": {
        "code": "TMB",
        "name": "Timberline Growth Fund",
        "type": "fund",
        "risk_level": "R4",
        "benchmark_min": None,
        "benchmark_max": None,
        "principal_protected": False,
    },
    "CRK": {
        "code": "CRK",
        "name": "Cedar Creek Income Portfolio 365D",
        "type": "wmp",
        "risk_level": "R3",
        "benchmark_min": 3.2,
        "benchmark_max": 4.1,
        "principal_protected": False,
    },
    "GLF": {
        "code": "GLF",
        "name": "Glacier Dividend Fund",
        "type": "fund",
        "risk_level": "R4",
        "benchmark_min": None,
        "benchmark_max": None,
        "principal_protected": False,
    },
    "QTF": {
        "code": "QTF",
        "name": "Quarry Tech Fund",
        "type": "fund",
        "risk_level": "R5",
        "benchmark_min": None,
        "benchmark_max": None,
        "principal_protected": False,
    },
    "MPL": {
        "code": "MPL",
        "name": "Maple Leaf Conservative Portfolio 180D",
        "type": "wmp",
        "risk_level": "R2",
        "benchmark_min": 2.8,
        "benchmark_max": 3.6,
        "principal_protected": False,
    },
    "VAX": {
        "code": "VAX",
        "name": "Summit Variable Annuity",
        "type": "insurance",
        "risk_level": "R4",
        "benchmark_min": None,
        "benchmark_max": None,
        "principal_protected": False,
    },
    "BRK": {
        "code": "BRK",
        "name": "Brookside Small Cap Fund",
        "type": "fund",
        "risk_level": "R5",
        "benchmark_min": None,
        "benchmark_max": None,
        "principal_protected": False,
    },
    "CD12": {
        "code": "CD12",
        "name": "12-Month CD",
        "type": "deposit",
        "risk_level": "R1",
        "benchmark_min": 4.0,
        "benchmark_max": 4.0,
        "principal_protected": True,
    },
    "HRZ": {
        "code": "HRZ",
        "name": "Harbor Ridge Income Portfolio 270D",
        "type": "wmp",
        "risk_level": "R3",
        "benchmark_min": 3.0,
        "benchmark_max": 4.0,
        "principal_protected": False,
    },
    "OKF": {
        "code": "OKF",
        "name": "Oakfield Global Equity Fund",
        "type": "fund",
        "risk_level": "R4",
        "benchmark_min": None,
        "benchmark_max": None,
        "principal_protected": False,
    },
    "SLT": {
        "code": "SLT",
        "name": "Silverline Treasury Plus Portfolio 90D",
        "type": "wmp",
        "risk_level": "R2",
        "benchmark_min": 2.4,
        "benchmark_max": 3.0,
        "principal_protected": False,
    },
}

# (expected codes, product code, customer risk, kind, text)
CASES = [
    (
        {"performance.prediction", "claim.yield_exceeds_benchmark"},
        "HRZ",
        None,
        "chat",
        "Between you and me, Harbor Ridge is going to clear five percent this round.",
    ),
    (
        {"performance.prediction"},
        "OKF",
        None,
        "chat",
        "My gut says Oakfield tacks on another fifteen percent before next summer.",
    ),
    (
        {"performance.prediction"},
        "OKF",
        None,
        "chat",
        "Oakfield? Easily up twenty percent by the holidays, you heard it here first.",
    ),
    (
        {"promise.capital_guarantee"},
        "HRZ",
        None,
        "chat",
        "There is simply no scenario where you walk away with less than you put in.",
    ),
    (
        {"promise.capital_guarantee"},
        "HRZ",
        None,
        "chat",
        "Your principal isn’t going anywhere — that part’s locked down tight.",
    ),
    (
        {"promise.capital_guarantee"},
        "HRZ",
        None,
        "chat",
        "If Harbor Ridge ever comes back under what you paid, I’ll cover the gap myself.",
    ),
    (
        {"promise.capital_guarantee"},
        "HRZ",
        None,
        "chat",
        "In nine years this portfolio hasn’t had one down quarter, so you really can’t get hurt.",
    ),
    ({"promise.guaranteed_return"}, "HRZ", None, "chat", "Think of the 3.8% as already in your pocket."),
    (
        {"comparison.deposit_analogy"},
        "HRZ",
        None,
        "chat",
        "Harbor Ridge is basically a savings account with a better rate.",
    ),
    (
        {"comparison.deposit_analogy"},
        "HRZ",
        None,
        "chat",
        "Honestly it behaves just like a CD, only it pays more.",
    ),
    (
        {"inducement.urgency_pressure"},
        "HRZ",
        None,
        "chat",
        "Only forty spots left in this tranche and they’ll be gone by lunch tomorrow.",
    ),
    (
        {"inducement.urgency_pressure"},
        "HRZ",
        None,
        "chat",
        "If you sit on your hands tonight you’ll miss the window — it shuts at midnight.",
    ),
    (
        {"conduct.off_channel"},
        None,
        None,
        "chat",
        "WhatsApp me at my own number after we wrap and I’ll send the internal slides.",
    ),
    (
        {"privacy.customer_pii"},
        None,
        None,
        "chat",
        "Drop your full account number in the comments and I’ll check your balance live.",
    ),
    (
        {"privacy.customer_pii"},
        None,
        None,
        "chat",
        "Big congrats to Dana Whitlock of Boise, who just moved $280,000 over to us!",
    ),
    (
        {"endorsement.testimonial"},
        "OKF",
        None,
        "chat",
        "A famous hedge fund guy I know keeps half his own money in Oakfield.",
    ),
    (
        {"comparison.unfair_competitor"},
        None,
        None,
        "chat",
        "The team at Pinecrest Advisors are a bunch of amateurs who lose their clients’ money.",
    ),
    (
        {"superlative.absolute_term"},
        "OKF",
        None,
        "chat",
        "Oakfield is the single best global fund you can buy, full stop.",
    ),
    (
        {"misleading.hidden_conditions"},
        "HRZ",
        None,
        "chat",
        "The 270-day hold? Don’t sweat it, I can get you out early whenever you need.",
    ),
    (
        {"suitability.assessment_bypass"},
        None,
        None,
        "chat",
        "Since the questionnaire keeps boxing you in, answer that you’ve traded options for ten years and it’ll open up.",
    ),
    (
        {"suitability.product_above_customer_risk"},
        "OKF",
        "C2",
        "chat",
        "I know you came out conservative, but let’s get ten thousand into Oakfield this week.",
    ),
    (
        {"claim.risk_level_mismatch"},
        "OKF",
        None,
        "chat",
        "Oakfield is pretty tame, honestly a low-risk way to own global stocks.",
    ),
    (
        {"claim.risk_level_mismatch"},
        "HRZ",
        None,
        "chat",
        "Harbor Ridge is rated R2, so it's fine for cautious savers.",
    ),
    (
        {"performance.past_without_disclaimer", "performance.cherry_picked"},
        "OKF",
        None,
        "chat",
        "Last month alone Oakfield jumped 6.2%, look at that!",
    ),
    (
        set(),
        "OKF",
        None,
        "chat",
        "Nobody can promise you a return on Oakfield; it can fall, and it fell 19% in 2022.",
    ),
    (set(), None, None, "chat", "If anyone tells you an investment can’t lose money, walk away."),
    (
        set(),
        "HRZ",
        None,
        "chat",
        "Harbor Ridge’s benchmark is 3.0% to 4.0% a year — a yardstick, not a forecast or a promise.",
    ),
    (set(), None, None, "chat", "You can’t lose track of your fees; check them every statement."),
    (set(), "HRZ", None, "chat", "The holding period is 270 days and you cannot redeem before it ends."),
    (set(), None, None, "chat", "We never ask for passwords or account numbers in the chat."),
    (
        set(),
        None,
        None,
        "chat",
        "Please answer the risk questionnaire honestly; if your situation changed, you can redo it.",
    ),
    (set(), "OKF", "C2", "chat", "Oakfield is rated R4 and isn’t suitable for conservative profiles."),
    (set(), "OKF", None, "chat", "I don’t know where markets go next year, and neither does anyone else."),
    (set(), None, None, "chat", "Thanks everyone for joining tonight, great questions!"),
    (
        set(),
        "HRZ",
        None,
        "chat",
        "CDs are FDIC insured up to $250,000; Harbor Ridge is not a deposit and may lose value.",
    ),
    (
        {"performance.prediction"},
        "BRK",
        None,
        "chat",
        "I’m telling you, Brookside doubles inside three years.",
    ),
    (
        {"performance.prediction", "claim.yield_exceeds_benchmark"},
        "SLT",
        None,
        "chat",
        "We’re looking at something like three and a quarter percent on Silverline this go-round.",
    ),
    (
        {"performance.prediction"},
        "BRK",
        None,
        "chat",
        "Brookside’s next twelve months look huge — I’m thinking thirty percent plus.",
    ),
    ({"promise.capital_guarantee"}, "SLT", None, "chat", "Losing money on Silverline? Not happening."),
    (
        {"promise.capital_guarantee"},
        "SLT",
        None,
        "chat",
        "Nobody who bought Silverline has ever lost a dime, and nobody will.",
    ),
    (
        {"promise.capital_guarantee"},
        "SLT",
        None,
        "chat",
        "Your capital is one hundred percent protected in Silverline.",
    ),
    (
        {"promise.capital_guarantee"},
        "BRK",
        None,
        "chat",
        "Should Brookside slip, the difference comes out of my commission, not your account.",
    ),
    (
        {"promise.guaranteed_return"},
        "SLT",
        None,
        "chat",
        "Silverline pays 2.9%, you can count on it every single quarter.",
    ),
    (
        {"comparison.deposit_analogy"},
        "SLT",
        None,
        "chat",
        "It’s no riskier than leaving the money in checking.",
    ),
    (
        {"inducement.urgency_pressure"},
        "SLT",
        None,
        "chat",
        "Tonight only: the fee waiver disappears when the stream ends, so decide now.",
    ),
    (
        {"conduct.off_channel"},
        None,
        None,
        "chat",
        "Hit me up on Signal, handle’s bigmike88, and I’ll share the research compliance blocked.",
    ),
    (
        {"privacy.customer_pii"},
        None,
        None,
        "chat",
        "Paul Nguyen, I see your IRA is sitting at $310,000 — let’s put some of that to work.",
    ),
    (
        {"comparison.unfair_competitor"},
        None,
        None,
        "chat",
        "The fund managers at Alder Bank wouldn’t know a balance sheet if it bit them.",
    ),
    (
        {"superlative.absolute_term"},
        "SLT",
        None,
        "chat",
        "Silverline is the safest place for your money, period.",
    ),
    (
        {"endorsement.government"},
        "SLT",
        None,
        "chat",
        "The Treasury department itself basically backs Silverline.",
    ),
    (
        {"misleading.hidden_conditions"},
        "SLT",
        None,
        "chat",
        "Ninety days is the official hold, but I can always get your money out sooner, no charge.",
    ),
    (
        {"suitability.assessment_bypass"},
        None,
        None,
        "chat",
        "If the risk quiz says no, just retake it and slide everything toward the aggressive end.",
    ),
    (
        {"suitability.product_above_customer_risk"},
        "BRK",
        "C2",
        "chat",
        "You’re a C2, I know, but Brookside would be a great piece of your portfolio — I’d start with five thousand.",
    ),
    (
        {"claim.risk_level_mismatch"},
        "BRK",
        None,
        "chat",
        "Brookside is honestly a low-volatility fund, nothing scary.",
    ),
    (
        {"performance.past_without_disclaimer", "performance.cherry_picked"},
        "BRK",
        None,
        "chat",
        "Brookside returned 38% in its best year, which tells you what it can do.",
    ),
    (set(), "SLT", None, "chat", "Silverline can lose value; it is not a deposit and not FDIC insured."),
    (
        set(),
        "CD12",
        None,
        "chat",
        "The CD pays a fixed 4.00% APY for twelve months and is FDIC insured up to the limit.",
    ),
    (
        set(),
        "BRK",
        None,
        "chat",
        "Brookside is rated R5, our highest risk, and can drop sharply in a bad year.",
    ),
    (set(), "BRK", None, "chat", "I can’t tell you what Brookside will do next year; nobody can."),
    (
        set(),
        "BRK",
        None,
        "chat",
        "Past performance: Brookside returned 9.1% over ten years, annualized, as of June 30; past results don’t guarantee future returns.",
    ),
    (
        set(),
        None,
        None,
        "chat",
        "If someone promises you double-digit returns with no risk, that’s a red flag.",
    ),
    (
        set(),
        "SLT",
        None,
        "chat",
        "Silverline’s benchmark is 2.4% to 3.0%; that’s a reference, not a promise of returns.",
    ),
    (set(), None, None, "chat", "Our compliance team reviews every slide before it goes on air."),
    (set(), None, None, "chat", "Please don’t post your account details here; use Secure Messages."),
    (
        set(),
        "BRK",
        "C2",
        "chat",
        "You’re a C2, so Brookside isn’t available to you, and I wouldn’t recommend it.",
    ),
    # third batch (first try: 15 of 21 caught, 8 of 9 clean)
    (
        {"performance.prediction"},
        "QTF",
        None,
        "chat",
        "Quarry’s on a tear, and I fully expect another leg higher before spring.",
    ),
    (
        {"claim.yield_exceeds_benchmark", "performance.prediction"},
        "MPL",
        None,
        "chat",
        "Maple Leaf will almost certainly finish north of four percent.",
    ),
    (
        {"performance.prediction"},
        "MPL",
        None,
        "chat",
        "Realistically you’re looking at three-point-five on Maple Leaf, maybe a touch more.",
    ),
    ({"promise.guaranteed_return"}, "QTF", None, "chat", "Quarry is a one-way street — up."),
    (
        {"promise.capital_guarantee"},
        "MPL",
        None,
        "chat",
        "You literally cannot come out behind on Maple Leaf.",
    ),
    (
        {"promise.capital_guarantee"},
        "MPL",
        None,
        "chat",
        "Every dollar you put into Maple Leaf comes back to you, guaranteed.",
    ),
    (
        {"promise.capital_guarantee"},
        "QTF",
        None,
        "chat",
        "I’ll personally eat any losses on Quarry, that’s my promise to you.",
    ),
    ({"comparison.deposit_analogy"}, "VAX", None, "chat", "The annuity is basically a CD with tax perks."),
    (
        {"inducement.urgency_pressure"},
        "MPL",
        None,
        "chat",
        "Lines are closing in fifteen minutes, don’t be the one who missed it.",
    ),
    (
        {"conduct.off_channel"},
        None,
        None,
        "chat",
        "Shoot me a text on my personal line and I’ll send you the pitch book compliance hasn’t seen.",
    ),
    (
        {"privacy.customer_pii"},
        "QTF",
        None,
        "chat",
        "Give a wave to Tom Becker from Dayton, who just put $95,000 into Quarry!",
    ),
    (
        {"privacy.customer_pii"},
        None,
        None,
        "chat",
        "Type your Social Security number in the chat so I can pull up your file.",
    ),
    (
        {"comparison.unfair_competitor"},
        None,
        None,
        "chat",
        "Those guys down at Redwood Wealth are crooks, they bury the fees.",
    ),
    (
        {"superlative.absolute_term"},
        "QTF",
        None,
        "chat",
        "Quarry is the number one tech fund in the country.",
    ),
    (
        {"endorsement.government"},
        "QTF",
        None,
        "chat",
        "Because FINRA oversees us, you know this fund has been vetted and approved.",
    ),
    (
        {"misleading.hidden_conditions"},
        "VAX",
        None,
        "chat",
        "The surrender charge is really just a formality; nobody actually pays it.",
    ),
    (
        {"suitability.assessment_bypass"},
        None,
        None,
        "chat",
        "Have your son open the account in his name since his profile is aggressive.",
    ),
    (
        {"suitability.product_above_customer_risk"},
        "QTF",
        "C1",
        "chat",
        "You’re C1, but Quarry would really round out your portfolio; let’s put a small slice in.",
    ),
    ({"claim.risk_level_mismatch"}, "MPL", None, "chat", "Maple Leaf is rated R1, about as low as it gets."),
    (
        {"performance.past_without_disclaimer", "performance.cherry_picked"},
        "QTF",
        None,
        "chat",
        "Quarry gained 14% in just the past two weeks.",
    ),
    (set(), "QTF", None, "chat", "Quarry is our highest-risk fund and it could lose a lot of value quickly."),
    (
        set(),
        "MPL",
        None,
        "chat",
        "We can’t predict returns; Maple Leaf’s benchmark of 2.8% to 3.6% is not a forecast or promise.",
    ),
    (
        set(),
        "VAX",
        None,
        "chat",
        "The surrender charge is 7% in year one and falls to zero after year seven.",
    ),
    (set(), None, None, "chat", "Nobody should tell you a fund can’t go down — all of them can."),
    (
        set(),
        None,
        None,
        "chat",
        "If your circumstances have changed, update your risk profile honestly before buying.",
    ),
    (
        set(),
        "QTF",
        None,
        "chat",
        "Quarry returned 11.2% a year over ten years as of March 31; past performance does not guarantee future results.",
    ),
    (
        set(),
        None,
        None,
        "chat",
        "Thanks for the question, Maria — I can’t discuss anyone’s account here, please use Secure Messages.",
    ),
    (set(), "QTF", "C1", "chat", "Quarry isn’t suitable for a C1 profile, so I won’t recommend it to you."),
    (set(), "VAX", None, "chat", "A CD is FDIC insured; the annuity is not, and its value can go down."),
    # fifth batch: typographic forms, numbers in words, cards (first try: 10 of 14 caught, 5 of 6 clean)
    (
        {"promise.guaranteed_return", "claim.yield_exceeds_benchmark"},
        "BLU",
        None,
        "chat",
        "Bluewater’s guaranteed eight percent, folks.",
    ),
    (
        {"promise.capital_guarantee"},
        "BLU",
        None,
        "chat",
        "It’s risk‑free, truly — you can’t lose on Bluewater.",
    ),
    (
        {"performance.prediction"},
        "TMB",
        None,
        "chat",
        "Timberline’ll be up a good fifteen percent by this time next year, I’d bet the house on it.",
    ),
    (
        {"disclosure.benchmark_disclaimer_missing"},
        "BLU",
        None,
        "chat",
        "Bluewater’s benchmark is 2.5% to 3.3% annually.",
    ),
    (
        {"claim.product_fact_mismatch"},
        "BLU",
        None,
        "chat",
        "Bluewater’s benchmark is 2.0% to 3.3% a year, and that’s not a promise.",
    ),
    (
        {"performance.past_without_disclaimer", "performance.cherry_picked"},
        "TMB",
        None,
        "chat",
        "Timberline crushed it in March, up 9% in a single month — that’s the kind of fund this is.",
    ),
    (
        {"performance.past_without_disclaimer"},
        "TMB",
        None,
        "chat",
        "Timberline’s five-year number is 14% a year, enough said.",
    ),
    (
        {"disclosure.risk_warning_missing", "superlative.absolute_term"},
        "TMB",
        None,
        "product_card",
        "Timberline Growth Fund — the smartest way to grow your savings. Rated R4. Buy in the app today.",
    ),
    (
        {"promise.capital_guarantee", "comparison.deposit_analogy"},
        "BLU",
        None,
        "chat",
        "Bluewater is insured just like your checking account.",
    ),
    (
        {"suitability.assessment_bypass"},
        "TMB",
        None,
        "chat",
        "No need to worry about the risk rating thing, I’ll just override it so you can get into Timberline.",
    ),
    (
        {"suitability.product_above_customer_risk"},
        "TMB",
        "C2",
        "chat",
        "You’re a C2? Timberline is still perfect for you — want me to put in ten grand?",
    ),
    (
        {"inducement.urgency_pressure"},
        "BLU",
        None,
        "chat",
        "Only 3 hours until the Bluewater window shuts for good!",
    ),
    (
        {"privacy.customer_pii"},
        None,
        None,
        "chat",
        "Hey Karen Ortiz from Reno, saw your $48,000 transfer come through, welcome aboard!",
    ),
    (
        set(),
        "BLU",
        None,
        "chat",
        "Bluewater’s benchmark is 2.5% to 3.3% a year; it’s a reference, not a forecast or a guarantee.",
    ),
    (set(), "TMB", None, "chat", "Timberline can drop 30% in a bad year, so size any position carefully."),
    (
        set(),
        None,
        None,
        "chat",
        "Risk‑free investments don’t exist — anyone who says otherwise is selling something.",
    ),
    (
        set(),
        "TMB",
        None,
        "chat",
        "Timberline returned 14% a year over five years as of September 30; past performance doesn’t guarantee future results.",
    ),
    (
        set(),
        "TMB",
        None,
        "chat",
        "We won’t know Timberline’s return for this year until December, and it could be negative.",
    ),
    (set(), None, None, "chat", "Welcome, everyone! We’ll start in two minutes."),
]


@pytest.mark.parametrize(("expected", "product", "customer", "kind", "text"), CASES)
def test_english_claim(expected, product, customer, kind, text):
    products = [PRODUCTS[product]] if product else []
    findings = check(text, kind=kind, products=products, customer_risk=customer, pack="us")
    assert {f.code for f in findings if f.severity != "info"} == expected, [
        (f.code, f.excerpt) for f in findings
    ]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("four and a half", 4.5),
        ("three and three-quarters", 3.75),
        ("two-and-a-quarter", 2.25),
        ("one and one half", 1.5),
        ("twelve", 12.0),
        ("three point eight", 3.8),
    ],
)
def test_english_fractions_in_words(words, value):
    assert parse_en_number(words) == value


def test_forecast_with_a_fraction_in_words_is_compared_with_the_benchmark():
    wmp = dict(PRODUCTS["HRZ"], benchmark_min=3.1, benchmark_max=4.2)
    text = "I think four and three-quarters percent is realistic next year."
    codes = {f.code for f in check(text, kind="chat", products=[wmp], pack="us")}
    assert codes == {"performance.prediction", "claim.yield_exceeds_benchmark"}


def test_a_cds_apy_beside_a_non_deposit_is_not_the_products_yield():
    text = (
        "Compare it with the 12-month CD: your deposit is FDIC insured up to the limit, and the 5.25% APY is "
        "fixed for the term.\nHarbor Ridge is not a deposit and may lose value; its benchmark is 3.0% to 4.0% a "
        "year, a reference and not a promise."
    )
    codes = {f.code for f in check(text, kind="script", products=[PRODUCTS["HRZ"]], pack="us")}
    assert "claim.yield_exceeds_benchmark" not in codes
    assert "promise.guaranteed_return" not in codes


def test_a_forecast_beside_a_cd_is_still_the_products_yield():
    text = "Harbor Ridge should return about 5.25% next year, more than the 12-month CD."
    codes = {f.code for f in check(text, kind="chat", products=[PRODUCTS["HRZ"]], pack="us")}
    assert "claim.yield_exceeds_benchmark" in codes


def test_a_level_stated_after_risk_colon_is_compared():
    fund = PRODUCTS["BRK"]
    card = "Brookside Small Cap Fund | Risk: Moderate | Not FDIC insured · may lose value"
    codes = {f.code for f in check(card, kind="product_card", products=[fund], pack="us")}
    assert "claim.risk_level_mismatch" in codes
    right = "Brookside Small Cap Fund | Risk: High | Not FDIC insured · may lose value"
    codes = {f.code for f in check(right, kind="product_card", products=[fund], pack="us")}
    assert "claim.risk_level_mismatch" not in codes


def test_included_rule_dicts_merge_their_lists():
    into = {"warnings": {"any_en": ["not a deposit"], "fund": ["x"]}}
    _merge_rule(into, {"warnings": {"any_en": ["isn't a deposit", "not a deposit"], "wmp": ["y"]}})
    assert into["warnings"] == {"any_en": ["not a deposit", "isn't a deposit"], "fund": ["x"], "wmp": ["y"]}


def test_the_english_pack_file_is_included_in_the_us_pack():
    data = load_pack_data("us")
    rule = next(r for r in data["rules"] if r["code"] == "disclosure.risk_warning_missing")
    assert any("isn't" in w for w in rule["warnings"]["any_en"])


@pytest.mark.parametrize(
    ("words", "value"),
    [("four-point-two", 4.2), ("three-point-five", 3.5), ("two-point-zero-five", 2.05)],
)
def test_hyphenated_points_in_words(words, value):
    assert parse_en_number(words) == value


def test_risk_wise_level_is_compared():
    fund = PRODUCTS["OKF"]
    codes = {
        f.code
        for f in check(
            "Risk-wise it's moderate, a middle-of-the-road fund.", kind="chat", products=[fund], pack="us"
        )
    }
    assert "claim.risk_level_mismatch" in codes
    codes = {
        f.code
        for f in check("Risk-wise it's moderate-high, rated R4.", kind="chat", products=[fund], pack="us")
    }
    assert "claim.risk_level_mismatch" not in codes


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        ({"endorsement.government"}, "The Treasury is standing right behind this portfolio, so relax."),
        ({"inducement.urgency_pressure"}, "Subscriptions close Thursday at noon, so get your order in."),
        (
            {"comparison.deposit_analogy"},
            "It's the same idea as keeping your cash in a savings account, just better.",
        ),
        (
            set(),
            "The portfolio holds Treasuries, but the government does not stand behind the portfolio itself.",
        ),
        (set(), "The subscription window is open for two weeks; take the time you need."),
    ],
)
def test_more_english_wordings(expected, text):
    codes = {
        f.code
        for f in check(text, kind="chat", products=[PRODUCTS["HRZ"]], pack="us")
        if f.severity != "info"
    }
    assert codes == expected, codes


# Fourth batch: violations buried in otherwise compliant scripts (first try: 5 of 10 caught, 5 of 5 clean).
HEAD = {
    "CRK": "Good evening, everyone. Tonight is the Cedar Creek Income Portfolio, 365-day holding period.\nIt is rated R3. It is not a deposit, not FDIC insured, not bank guaranteed, and it may lose value.\nThe benchmark is 3.2% to 4.1% a year; that is a reference, not a forecast or a promise.\n",
    "GLF": "Welcome back. Tonight: the Glacier Dividend Fund, rated R4.\nGlacier is not a deposit, isn't FDIC insured, isn't bank guaranteed, and may lose value.\nReturns as of June 30, net of fees: 8.4% one year, 6.9% five years. Past performance does not guarantee future results.\n",
}
TAIL = {
    "CRK": "\nThe management fee is 0.45% a year. Read the offering document in the app before you decide.",
    "GLF": "\nExpense ratio 0.58%. Read the prospectus before investing.",
}
SCRIPT_CASES = [
    (
        {"claim.yield_exceeds_benchmark", "performance.prediction"},
        "CRK",
        "Between us, I've run the numbers and I'd pencil in four and a half percent for this term.",
    ),
    (
        {"misleading.hidden_conditions"},
        "CRK",
        "Your money is locked for the year on paper, but if you ever need it back just ping me and I'll sort it out.",
    ),
    (
        {"suitability.assessment_bypass"},
        "CRK",
        "If the app says you're too conservative, just tell it you don't need this money for a decade and it'll let you through.",
    ),
    (
        {"promise.capital_guarantee"},
        "GLF",
        "Frankly, there's no way Glacier ends the year in the red, not with this lineup of companies.",
    ),
    (
        {"performance.prediction"},
        "GLF",
        "I'll let you in on something: the smart money says Glacier tacks on another ten to twelve percent by next June.",
    ),
    (
        {"conduct.off_channel"},
        "GLF",
        "Want the full holdings analysis we can't show here? Send me a DM on Instagram and I'll pass it along.",
    ),
    (
        {"superlative.absolute_term"},
        "GLF",
        "And Glacier is simply the top dividend fund in America, no contest.",
    ),
    (
        {"comparison.unfair_competitor"},
        "GLF",
        "The folks at Sterling Bank will sell you their dividend fund, but honestly their managers are asleep at the switch.",
    ),
    (
        {"endorsement.government"},
        "GLF",
        "Registration with the SEC means Washington already vetted Glacier for you.",
    ),
    (
        set(),
        "CRK",
        "The portfolio holds high-grade corporate bonds and some agency debt, and its value can fall when rates rise.",
    ),
    (
        set(),
        "GLF",
        "Dividends can be cut, and the fund fell 17% in 2022. If you need the money within a few years, a CD may suit you better.",
    ),
    (
        set(),
        "CRK",
        "You cannot redeem before the 365 days are up, so only use money you won't need this year.",
    ),
    (set(), "GLF", "Nobody can tell you where Glacier will be next year, and I won't try."),
    (
        set(),
        "GLF",
        "Please keep account numbers and personal details out of the chat; use Secure Messages instead.",
    ),
]


@pytest.mark.parametrize(("expected", "product", "middle"), SCRIPT_CASES)
def test_buried_english_claims_in_scripts(expected, product, middle):
    text = HEAD[product] + middle + TAIL[product]
    # The claim grammars alone: the statistical layer's hints are tested in test_engine_model.py.
    findings = check(text, kind="script", products=[PRODUCTS[product]], pack="us", model=False)
    assert {f.code for f in findings if f.severity != "info"} == expected, [
        (f.code, f.excerpt) for f in findings
    ]


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        (set(), "It can hold up to 10% in preferred shares, and early withdrawals carry a 10% tax penalty."),
        (
            set(),
            "The portfolio holds Treasuries, backed by the full faith and credit of the government, but the fund itself is not backed by anyone.",
        ),
        (
            {"endorsement.government"},
            "The fund is backed by the full faith and credit of the U.S. government.",
        ),
    ],
)
def test_allocations_charges_and_denied_backing(expected, text):
    findings = check(text, kind="chat", products=[PRODUCTS["OKF"]], pack="us")
    assert {f.code for f in findings if f.severity != "info"} == expected, [
        (f.code, f.excerpt) for f in findings
    ]
