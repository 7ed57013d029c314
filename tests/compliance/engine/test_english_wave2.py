"""English, wave 2: the false-finding categories of the round-11 hard negatives and round 9 (fresh text, now dev),
fixed as categories. A deposit's own rate and insurance beside another product (a decimal point does not end its
clause), a quotation the speaker retracts, a past-dividend disclaimer, a teaching text that forbids showing a best
period, a negated verb over a comma list joined by "or", the whole principal named as a need and pointed to a
deposit. Recall (round 9's largest English miss categories): a short window or scarcity to buy, a multiple or an
easy clearing forecast, an outperformance expected over a horizon, a no-lose setup, safety above a deposit's, regulation offered as the reason to trust, the only product anyone
needs, supply nearly taken or a price that will not wait, a product pictured as a deposit, a client's words or a colleague's own money as a testimonial. Sentences invented for this test (none taken from a corpus), written before the changes; the first-try
rate of each batch is in the session's report. Clean rows have no block or review finding."""

import pytest

from tests.compliance.engine.test_english_round8 import _reported

CLEAN = [
    # A deposit's own rate and insurance, stated beside the product on show.
    (
        "For comparison, the 9-month CD earns a fixed 3.95% and is FDIC insured. Harbor Income isn't a deposit.",
        "WMP",
    ),
    ("Savings at 2.05% APY is FDIC insured, while the fund is not and may lose money.", "FUND"),
    ("A 6-month CD at 4.40% APY is federally insured; this portfolio carries market risk instead.", "WMP"),
    # A quotation the speaker retracts.
    (
        "Scratch what I said a minute ago about 'our top performer' — I have no ranking to back that up.",
        "FUND",
    ),
    ("I described Cedar as 'our top performer' earlier. I shouldn't have; disregard that line.", "FUND"),
    (
        "Earlier I said 'best quarter we've ever had'. I take that back — we only show full-period returns.",
        "FUND",
    ),
    # Past dividends, distributions, yields or payouts disclaimed.
    (
        "The policy's dividend rate ranged from 5.1% to 5.9% over the last decade. Past dividends are not a "
        "guarantee of future dividends.",
        "INS",
    ),
    (
        "Distributions averaged 4.2% a year from 2016 to 2025; past distributions don't guarantee future ones.",
        "FUND",
    ),
    (
        "Payouts were 6.0% in 2023 and 5.5% in 2024. Past payouts are not a promise of what comes next.",
        "FUND",
    ),
    # A teaching text that forbids showing a best period.
    (
        "[Internal training for new reps]\nNever show only the best quarter of a fund. Use standardized periods.",
        None,
    ),
    (
        "Internal training — slides.\nNever put up a single best month on screen. Always show 1, 5 and 10 years.",
        None,
    ),
    (
        "Reminder for the team: avoid showing the best quarter alone; present complete periods with the disclaimer.",
        None,
    ),
    # A negated verb over a comma list joined by "or".
    (
        "I can't take orders over WhatsApp, text or personal email; please use the secure inbox in the app.",
        None,
    ),
    ("We won't discuss your account on Telegram, Signal or personal email, only here or in the app.", None),
    ("I'm not able to move this chat to my personal cell, WhatsApp or a private group, sorry.", None),
    ("Our reps never handle client business through text, personal email or WhatsApp.", None),
    # The whole principal named as a need and pointed to a deposit.
    ("If you need every dollar back on a fixed date, a CD may suit you better.", "WMP"),
    ("If getting all your money back matters most, a savings account is the better fit.", "FUND"),
    ("For anyone who needs every penny back in two years, look at our CDs instead.", "FUND"),
    ("If you must have the full amount back by March, this isn't the product; a CD is.", "WMP"),
    # Guards for the recall grammars below.
    (
        "The subscription window runs from June 2 to June 6; there is no rush and no limit on who can apply.",
        "WMP",
    ),
    ("You have only 30 days to cancel the policy for a full refund of premiums.", "INS"),
    ("Nobody can tell you whether Cedar will double; it could also fall by a third.", "FUND"),
    ("Will Cedar double by next year? Nobody knows, and I won't guess.", "FUND"),
    ("There's no such thing as a no-lose investment, and Harbor Income isn't one.", "WMP"),
    ("I won't call this a no-lose deal; it can lose money.", "WMP"),
    ("Is a bond fund safer than a CD? No, a CD is insured and the fund is not.", "FUND"),
    ("A CD is safer than Harbor Income; that is the trade-off for the higher benchmark.", "WMP"),
    (
        "The fund is registered with the SEC; registration does not mean the SEC has approved it or judged its merits.",
        "FUND",
    ),
    (
        "The policy is filed with the state insurance department, which is a legal requirement, not an endorsement.",
        "INS",
    ),
    ("Being regulated by the SEC doesn't mean you can trust it blindly.", "FUND"),
    ("No single fund is the only one anyone needs; spread your money out.", "FUND"),
    ("This is the only fund we are presenting tonight.", "FUND"),
    ("The subscription closes Friday at 4 p.m.; if you need more time, the next series opens in May.", "WMP"),
    ("Rates don't stay the same forever, so review your CD when it matures.", "DEPOSIT"),
    ("There's no deadline pressure here: take the prospectus home and decide next week.", "FUND"),
    ("Don't think about Harbor Income as a savings account; it can lose value.", "WMP"),
    ("Think about your emergency fund as a savings account first, and invest only what's left.", "WMP"),
    (
        "A viewer asks whether she should move her IRA over; that depends on your fees and goals, so let's talk "
        "privately in the app.",
        "FUND",
    ),
    ("Our strategist says rates are uncertain and she doesn't forecast them.", "FUND"),
    ("As the prospectus puts it, 'the fund may lose value.'", "FUND"),
]

VIOLATING = [
    (
        "Cedar is FDIC insured, just like your savings, and pays 5.25% a year.",
        "FUND",
        "promise.capital_guarantee",
    ),
    ("Harbor Income, at 3.25%, is FDIC insured too.", "WMP", "promise.capital_guarantee"),
    ("Cedar was our top performer last quarter: up 9.5%!", "FUND", "performance.cherry_picked"),
    ("Look at Cedar's best quarter: up 12.4%!", "FUND", "performance.cherry_picked"),
    ("No fees, no hassle, text me on my personal cell or WhatsApp.", None, "conduct.off_channel"),
    (
        "If you need every dollar back, Harbor Income gets you every dollar back, guaranteed.",
        "WMP",
        "promise.capital_guarantee",
    ),
    (
        "Unlike a CD, Harbor Income at 3.40% is FDIC insured and pays more.",
        "WMP",
        "promise.capital_guarantee",
    ),
    (
        "Cedar returned 14% last year, and past dividends were strong too.",
        "FUND",
        "performance.past_without_disclaimer",
    ),
    # Recall: a short window or scarcity to buy.
    (
        "Capacity is capped at $15 million, and once it's gone, it's gone.",
        "WMP",
        "inducement.urgency_pressure",
    ),
    ("Just 72 hours to get in, so don't sit on the fence.", "WMP", "inducement.urgency_pressure"),
    ("Only 24 hours to lock in your spot!", "WMP", "inducement.urgency_pressure"),
    # Recall: a multiple, an easy clearing, an outperformance expected over a horizon.
    ("Cedar could easily double by next summer.", "FUND", "performance.prediction"),
    ("I can see this fund going 3x in the next couple of years 🚀", "FUND", "performance.prediction"),
    ("Cedar should comfortably 2x from here.", "FUND", "performance.prediction"),
    ("Harbor Income sails past 3% this term, no sweat.", "WMP", "performance.prediction"),
    (
        "Our strategist expects small caps to beat large caps over the next 18 months, and Cedar is positioned for it.",
        "FUND",
        "performance.prediction",
    ),
    # Recall: a setup that cannot lose, safety above a deposit's.
    ("It's a no-lose deal for anyone with cash sitting around.", "WMP", "promise.capital_guarantee"),
    ("Honestly this is a can't-lose setup.", "WMP", "promise.capital_guarantee"),
    ("Harbor Income is safer than a CD and pays more.", "WMP", "promise.capital_guarantee"),
    ("Think of it as even safer than your savings account.", "FUND", "promise.capital_guarantee"),
    # Recall: regulation or approval offered as the reason to trust the product.
    (
        "It's state-approved and federally regulated, so you can buy it with complete confidence.",
        "INS",
        "endorsement.government",
    ),
    (
        "Regulators went through this product line by line, which is why I sleep fine owning it.",
        "WMP",
        "endorsement.government",
    ),
    ("Government-regulated means you can trust it completely.", "FUND", "endorsement.government"),
    # Recall: the only product anyone needs.
    ("Honestly, Cedar is the only fund anyone needs.", "FUND", "superlative.absolute_term"),
    ("This is the only income product worth your time this year.", "WMP", "superlative.absolute_term"),
    ("Harbor Income is the only portfolio you'll ever need.", "WMP", "superlative.absolute_term"),
    # Recall: supply nearly taken, a price that will not wait, the last moment warned off.
    (
        "The series is almost sold out — if you're on the fence, jump in now.",
        "WMP",
        "inducement.urgency_pressure",
    ),
    (
        "Prices like these don't stay on the table for long, so let's get the paperwork done today.",
        "FUND",
        "inducement.urgency_pressure",
    ),
    (
        "Spots are almost gone for this tranche; don't leave it until the last day.",
        "WMP",
        "inducement.urgency_pressure",
    ),
    # Recall: the product described or pictured as a deposit.
    (
        "The easiest way to think about Treasury Money Market is as a checking account that pays more.",
        "MMF",
        "comparison.deposit_analogy",
    ),
    (
        "Picture the premiums as deposits into a savings account that also carries a death benefit.",
        "INS",
        "comparison.deposit_analogy",
    ),
    (
        "I like to describe Cedar as a high-yield savings account for grown-ups.",
        "FUND",
        "comparison.deposit_analogy",
    ),
    # Recall: a client's words quoted by role, a colleague's own money, a client's regret at not buying sooner.
    (
        "In the words of policyholder and chef Maria Lopez: 'I sleep better knowing it's there.'",
        "INS",
        "endorsement.testimonial",
    ),
    (
        "Our head of fixed income, thirty years in the business, says this is the one he'd put his own money in.",
        "WMP",
        "endorsement.testimonial",
    ),
    (
        "She moved her IRA over last month and says she wishes she'd done it years ago!",
        "FUND",
        "endorsement.testimonial",
    ),
    (
        "He switched to Harbor Income in May and says he only regrets not doing it sooner.",
        "WMP",
        "endorsement.testimonial",
    ),
]


@pytest.mark.parametrize(("text", "product"), CLEAN)
def test_hard_negative_has_no_finding(text: str, product: str | None) -> None:
    kind = "script" if "\n" in text else "chat"
    assert _reported(text, product, kind) == set()


@pytest.mark.parametrize(("text", "product", "code"), VIOLATING)
def test_violation_is_still_reported(text: str, product: str | None, code: str) -> None:
    assert code in _reported(text, product)
