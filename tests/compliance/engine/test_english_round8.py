"""English, eighth layer: the categories round 8 (fresh text, now dev) showed weak, fixed as categories from
rules.md. Precision: a compliance or investor-education text that lists phrases to forbid them, an RM refusing
(the system won't let me, I won't put it in front of you), a promise made by "anybody who…", a customer's quoted
question answered "No.", a need pointed elsewhere (if you want something that acts like a CD, buy a CD), a neutral
sales window, an event invitation. Recall: a forecast by comparison with a past year, a best stretch picked out, the
RM's own phone, a rival said to be under investigation, a fund called the same as cash in the bank, orders taken only
while live. Sentences invented for this test (none taken from a corpus), written before the changes; the first-try
rate of each batch is in the session's report. Clean rows are hard negatives with no block or review finding."""

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
PRODUCTS = {"FUND": FUND, "WMP": WMP, "MMF": MMF, None: None}


def _reported(text: str, product: str | None, kind: str = "chat", customer: str | None = None) -> set[str]:
    products = [PRODUCTS[product]] if product else []
    return {
        f.code
        for f in check(text, kind=kind, products=products, customer_risk=customer, pack="us")
        if f.severity in ("block", "review")
    }


# Batch 1 (precision): texts that forbid, refuse, warn or answer "no".
CLEAN = [
    # A compliance or investor-education text listing phrases in order to forbid them.
    (
        "Reminder from the compliance desk before we go live: words like 'guaranteed,' 'no risk' and 'safe as a "
        "savings account' are off the table tonight.",
        None,
        "script",
    ),
    (
        "In tonight's investor-protection session we'll play real pitches you should walk away from: 'you can't "
        "lose money here,' 'the SEC signed off on it,' 'only three spots left.'",
        None,
        "announcement",
    ),
    (
        "Team note: never tell a viewer a fund is 'as safe as the bank' or that returns are 'locked in.' If you "
        "catch yourself saying it, correct it on air.",
        None,
        "script",
    ),
    (
        "Here is what you will never hear from us: 'this can't go down,' 'I promise you 7%,' or 'buy before "
        "midnight or you'll miss out.'",
        None,
        "announcement",
    ),
    (
        "For the new reps: these lines get a broadcast pulled, every time: 'FDIC-backed fund,' 'zero downside,' "
        "'better than any CD in town.' Say what the product is, not what it isn't.",
        None,
        "script",
    ),
    (
        "Nobody legitimate will tell you an investment is 'risk-free' or 'government guaranteed.' If you hear "
        "that, hang up.",
        None,
        "chat",
    ),
    # An RM refusing: the refusal's scope runs over its "or" and over the turn to products within the range.
    (
        "Your profile is C2 and Cedar is R4, so I can't put the order through, and honestly I wouldn't even if "
        "the app allowed it.",
        "FUND",
        "chat",
        "C2",
    ),
    (
        "I'm not able to log in as your husband or fill in the questionnaire for you to get around the limits; "
        "that has to be you.",
        None,
        "chat",
    ),
    (
        "No, I won't move it into your daughter's account so it clears the risk check. We don't do that.",
        None,
        "chat",
    ),
    (
        "The system blocks Cedar for your profile and I'd rather not suggest it anyway; let's look at something "
        "inside your range instead.",
        "FUND",
        "chat",
        "C2",
    ),
    (
        "Cedar is a notch above what your profile allows, so I won't offer it to you. If you like, we can go over "
        "Harbor Income, which is R2.",
        "FUND",
        "chat",
        "C2",
    ),
    # A promise made by anybody who…: a warning, not a claim.
    ("Anyone out there promising a fixed 9% on a bond fund is telling you a story.", "FUND", "chat"),
    ("Somebody who guarantees you a locked-in 8% isn't someone to trust with your savings.", None, "chat"),
    ("Any salesperson who swears you can't lose money is not someone to buy from.", None, "chat"),
    # A customer's quoted question answered in the negative.
    ("'Will I definitely get 3.4%?' No. That's the top of the benchmark, not a promise.", "WMP", "chat"),
    (
        "Someone asked, 'Is this the same as a savings account?' No, it isn't; it can lose value.",
        "WMP",
        "chat",
    ),
    ("“Is Cedar backed by the government?” No. It's a stock fund and it can go down.", "FUND", "chat"),
    ("If you want something that works like a CD, open a CD.", "WMP", "chat"),
    # A neutral sales window and an event invitation.
    (
        "Subscriptions for this tranche close Friday at 5 p.m. Eastern; another one usually opens the week after.",
        "WMP",
        "chat",
    ),
    (
        "Rates and Your Savings, live Thursday 7 PM ET, with Q&A at the end. Don't miss it! Investing involves "
        "risk, including loss of principal.",
        None,
        "announcement",
    ),
    (
        "The benchmark is 2.6% to 3.4% a year, which is a reference, not a forecast or a promise, and actual results may be lower.",
        "WMP",
        "chat",
    ),
]

# A claim the same text asserts outside its forbidding sentences is still reported.
VIOLATING = [
    (
        "promise.capital_guarantee",
        "Compliance says never call it risk-free. Between us, though, you really can't lose on this one.",
        "WMP",
        "script",
        None,
    ),
]


@pytest.mark.parametrize("row", CLEAN)
def test_clean_probe_reports_nothing(row):
    text, product, kind, *customer = row
    assert not _reported(text, product, kind, customer[0] if customer else None)


@pytest.mark.parametrize(("code", "text", "product", "kind", "customer"), VIOLATING)
def test_violating_probe_reports_its_code(code, text, product, kind, customer):
    assert code in _reported(text, product, kind, customer)
