"""English claims, seventh layer (packs/english_wide.yaml, second part): the categories that round 7 (now dev) showed
weak, each fixed as a category from rules.md — a rival run down inside a contrast ("unlike X's sleepy funds, ours"),
a rival's people called clueless or willing to say anything; an expert or media figure talking to an audience, a
celebrity's own holding, a named client congratulated on a gain; a loss denied by a rhetorical question; a
non-deposit called FDIC-backed; a regulator's review sold as a seal; a product to "think of as" a deposit; a short
window annualized or a gain measured from a low; a client's gain as a past figure; the moment to act now. Sentences
invented for this test (none taken from a corpus), written before the grammars; the first-try catch rate is in the
report of the session. Clean rows are hard negatives with no block or review finding."""

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
PRODUCTS = {"FUND": FUND, "WMP": WMP}


def _reported(text: str, product: str, kind: str = "chat") -> set[str]:
    return {
        f.code
        for f in check(text, kind=kind, products=[PRODUCTS[product]], pack="us")
        if f.severity in ("block", "review")
    }


VIOLATING = [
    # comparison.unfair_competitor: a rival run down inside a contrast with ours.
    (
        "comparison.unfair_competitor",
        "Unlike Oakmont Financial's tired old bond ladder, ours actually keeps up with rates.",
        "WMP",
    ),
    (
        "comparison.unfair_competitor",
        "Compared with the clunky, overpriced funds at Riverside Bank, this one is lean and simple.",
        "FUND",
    ),
    (
        "comparison.unfair_competitor",
        "Whereas Summit Trust's portfolios are a jumble of fees, we keep ours clean.",
        "WMP",
    ),
    # comparison.unfair_competitor: a rival's people said not to know their job, or to say anything for a sale.
    (
        "comparison.unfair_competitor",
        "The folks at Lakeview Savings honestly have no idea what their own funds hold.",
        "FUND",
    ),
    (
        "comparison.unfair_competitor",
        "Pinecrest Capital's brokers would tell you anything to get the signature.",
        "FUND",
    ),
    (
        "comparison.unfair_competitor",
        "Ask anyone at Granite Federal what's in their bond fund — they couldn't tell you.",
        "FUND",
    ),
    # endorsement.testimonial: an expert or a media figure telling an audience.
    (
        "endorsement.testimonial",
        "Professor Dana Whitfield told her podcast audience that funds like Cedar belong in every retirement account.",
        "FUND",
    ),
    (
        "endorsement.testimonial",
        "The host of Market Morning said on air last week that this is the fund he'd give his own kids.",
        "FUND",
    ),
    (
        "endorsement.testimonial",
        "Touted on national TV by a well-known financial columnist as a core holding, Cedar is back tonight.",
        "FUND",
    ),
    # endorsement.testimonial: a celebrity's own holding.
    (
        "endorsement.testimonial",
        "A certain Grammy-winning singer — no names — moved a big piece of her tour money into this portfolio.",
        "WMP",
    ),
    (
        "endorsement.testimonial",
        "One of the most famous NBA players out there keeps his savings in this fund, believe it or not.",
        "FUND",
    ),
    # endorsement.testimonial + past_without_disclaimer: a named client congratulated on a gain.
    ("endorsement.testimonial", "Big congrats to Maria Lopez — she's up 28% on Cedar since January!", "FUND"),
    (
        "performance.past_without_disclaimer",
        "Kudos to Tom Becker, who's up thirty percent on Cedar this year.",
        "FUND",
    ),
    # performance.past_without_disclaimer: a client's gain told as a story.
    (
        "performance.past_without_disclaimer",
        "One of my clients grew $40k to $58k in Cedar over three years.",
        "FUND",
    ),
    (
        "performance.past_without_disclaimer",
        "My neighbor put twenty grand in Cedar in 2023 and she's up around thirty-five percent.",
        "FUND",
    ),
    # promise.capital_guarantee: a loss denied by a rhetorical question.
    ("promise.capital_guarantee", "Has Harbor Income ever cost a single client a penny? Nope.", "WMP"),
    ("promise.capital_guarantee", "Name one person who's lost money in Harbor Income. You can't.", "WMP"),
    # promise.capital_guarantee: a non-deposit said to carry deposit insurance, or deposit-equal safety.
    (
        "promise.capital_guarantee",
        "Don't worry, Harbor Income is FDIC-insured like everything else we sell.",
        "WMP",
    ),
    (
        "promise.capital_guarantee",
        "It's your savings account with a better rate — same safety, same peace of mind.",
        "WMP",
    ),
    # endorsement.government: a regulator's review sold as a seal.
    (
        "endorsement.government",
        "State regulators went through this portfolio line by line and cleared it, so it's solid.",
        "WMP",
    ),
    (
        "endorsement.government",
        "The OCC examiners looked at it last spring and gave it a clean bill of health.",
        "WMP",
    ),
    # comparison.deposit_analogy: "think of" a named product as a deposit.
    ("comparison.deposit_analogy", "Think of Harbor Income as a CD that pays a little more.", "WMP"),
    (
        "comparison.deposit_analogy",
        "Just treat Harbor Income like your money market account — it's that simple.",
        "WMP",
    ),
    # performance.cherry_picked: a short window annualized, a gain measured from a chosen low.
    (
        "performance.cherry_picked",
        "Harbor Income annualized 4.2% over the last two weeks — beautiful.",
        "WMP",
    ),
    (
        "performance.cherry_picked",
        "Measured from the March 2020 bottom, Cedar is up 140%. Past performance is no guarantee of future results.",
        "FUND",
    ),
    (
        "performance.cherry_picked",
        "Our sister fund did an annualized 9% last month. Past results don't guarantee future returns.",
        "FUND",
    ),
    # inducement.urgency_pressure: the moment named, the waiter blamed.
    (
        "inducement.urgency_pressure",
        "This is the window, folks — don't be the one who sat on the sidelines.",
        "FUND",
    ),
    ("inducement.urgency_pressure", "Now's the time to get in, before everyone else figures it out.", "FUND"),
    # performance.prediction: the RM's own call.
    ("performance.prediction", "My personal call: the Nasdaq ends next year well above 20,000.", "FUND"),
]

CLEAN = [
    ("Unlike a savings account, Harbor Income is not FDIC insured and can lose value.", "WMP"),
    (
        "The fund holds Treasury notes backed by the U.S. government; the fund's shares themselves are not guaranteed and can fall.",
        "FUND",
    ),
    (
        "The fund holds Treasury notes backed by the U.S. government, but the fund's shares themselves are not guaranteed.",
        "FUND",
    ),
    (
        "Some viewers ask whether Harbor Income is FDIC insured. It is not; it's an investment product that may lose value.",
        "WMP",
    ),
    ("Congrats to everyone who joined the webinar last week — the replay is in the app.", "FUND"),
    (
        "Our economist will join us Thursday to talk about rates; she won't be recommending any product.",
        "FUND",
    ),
    ("Phrases we never say on air include 'can't lose' and 'guaranteed return'.", "WMP"),
    ("Past performance, like the 12% the fund returned in 2024, does not guarantee future results.", "FUND"),
]


@pytest.mark.parametrize(("code", "text", "product"), VIOLATING)
def test_violating_probe_reports_its_code(code, text, product):
    assert code in _reported(text, product)


@pytest.mark.parametrize(("text", "product"), CLEAN)
def test_clean_probe_reports_nothing(text, product):
    assert not _reported(text, product)


# Second batch, written before its grammars: unsupported rank within a scope, a purchase above the customer's level made
# possible by getting past a control, a certain outcome pledged, a floor sold through "worst case", and hard negatives.
VIOLATING_2 = [
    (
        "superlative.absolute_term",
        "Honestly the sharpest bond team on the street — nobody else is close.",
        "FUND",
        None,
    ),
    (
        "superlative.absolute_term",
        "This is the top-yielding portfolio in the whole state right now.",
        "WMP",
        None,
    ),
    ("superlative.absolute_term", "Cedar runs rings around anything else on the market.", "FUND", None),
    (
        "suitability.product_above_customer_risk",
        "Tick 'aggressive' on question four and the system will let you buy Cedar today.",
        "FUND",
        "C2",
    ),
    (
        "suitability.product_above_customer_risk",
        "Put it under your husband's account and we'll get Cedar into the portfolio this week.",
        "FUND",
        "C1",
    ),
    (
        "promise.guaranteed_return",
        "Stick with Cedar for ten years and you'll come out ahead — you can hold me to that.",
        "FUND",
        None,
    ),
    (
        "promise.guaranteed_return",
        "I promise you'll make money on this one if you just hold it.",
        "FUND",
        None,
    ),
    (
        "promise.guaranteed_return",
        "Worst case, you still walk away with three percent on Harbor Income.",
        "WMP",
        None,
    ),
]

CLEAN_2 = [
    ("We don't claim Cedar is the best fund on the market; it's one option with real risks.", "FUND", None),
    (
        "This fund isn't suitable for your C2 profile, so the system won't let you buy it, and I won't try to get around that.",
        "FUND",
        "C2",
    ),
    ("Worst case, Cedar can lose a third of its value in a bad year, so size it carefully.", "FUND", None),
    ("New this week: a 12-month CD at 3.60% APY, FDIC insured up to $250,000 per depositor.", "WMP", None),
]


def _reported2(text: str, product: str, customer_risk: str | None) -> set[str]:
    return {
        f.code
        for f in check(
            text, kind="chat", products=[PRODUCTS[product]], customer_risk=customer_risk, pack="us"
        )
        if f.severity in ("block", "review")
    }


@pytest.mark.parametrize(("code", "text", "product", "customer_risk"), VIOLATING_2)
def test_second_batch_violating_probe(code, text, product, customer_risk):
    assert code in _reported2(text, product, customer_risk)


@pytest.mark.parametrize(("text", "product", "customer_risk"), CLEAN_2)
def test_second_batch_clean_probe(text, product, customer_risk):
    assert not _reported2(text, product, customer_risk)


BOND = {
    "code": "LIBF",
    "name": "Lakeshore Intermediate Bond Fund",
    "type": "fund",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
LEGEND = (
    "Investing involves risk, including possible loss of principal · Not FDIC insured · No bank guarantee"
)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            f"Lakeshore Intermediate Bond Fund (ticker LIBX) | Risk rating: R2 | {LEGEND}",
            "product_card",
            True,
        ),
        (f"Tonight: Lakeshore Intermediate Bond Fund, symbol: LBIF, rated R2. {LEGEND}.", "script", True),
        (
            f"Lakeshore Intermediate Bond Fund (ticker LIBF) | Risk rating: R2 | {LEGEND}",
            "product_card",
            False,
        ),
        (
            f"Lakeshore Intermediate Bond Fund | R2 | compare it with the index fund, ticker VBTLX. {LEGEND}",
            "script",
            False,
        ),
    ],
)
def test_a_letters_only_ticker_misquoted_is_a_fact_mismatch(text, kind, expected):
    codes = {f.code for f in check(text, kind=kind, products=[BOND], pack="us")}
    assert ("claim.product_fact_mismatch" in codes) is expected


# Third batch, written after the first two layers and before any grammar for it: fresh wordings across the weak codes,
# to estimate what a new writer's sentence meets (18 of 24 caught on the first try; the six misses led to the grammars
# marked "third batch" in packs/english_wide.yaml).
VIOLATING_3 = [
    (
        "comparison.unfair_competitor",
        "Pelican Bank's so-called wealth desk is basically three interns and a fax machine.",
        "FUND",
    ),
    (
        "comparison.unfair_competitor",
        "Folks who bank at Northgate tell me their advisor hasn't called them in two years — that's how little they care.",
        "FUND",
    ),
    (
        "comparison.unfair_competitor",
        "Unlike the cookie-cutter stuff Bayshore Trust sells, we actually tailor this to you.",
        "WMP",
    ),
    (
        "comparison.unfair_competitor",
        "Honestly, Redwood Capital's income fund is a dumpster fire this year.",
        "FUND",
    ),
    (
        "endorsement.testimonial",
        "A retired Air Force colonel I work with put half his pension into Cedar and says it's the best call he ever made.",
        "FUND",
    ),
    (
        "endorsement.testimonial",
        "Morningstar's top columnist just named Cedar her favorite fund for retirees.",
        "FUND",
    ),
    (
        "endorsement.testimonial",
        "You know that chef from the cooking channel? She's been in Cedar for years.",
        "FUND",
    ),
    (
        "endorsement.testimonial",
        "My client Dave doubled his money in Cedar and tells everyone at church to buy it.",
        "FUND",
    ),
    (
        "promise.capital_guarantee",
        "I've been selling Harbor Income for eight years and not one client has ever lost a cent.",
        "WMP",
    ),
    ("promise.capital_guarantee", "Your principal's basically bulletproof in Harbor Income.", "WMP"),
    (
        "promise.capital_guarantee",
        "Who's ever lost money on a short-term bond portfolio like this? Nobody.",
        "WMP",
    ),
    ("performance.past_without_disclaimer", "Cedar returned 22% last year and 18% the year before.", "FUND"),
    (
        "performance.past_without_disclaimer",
        "A couple I advise put $200k in Cedar in 2021; today it's worth about $290k.",
        "FUND",
    ),
    ("comparison.deposit_analogy", "Harbor Income is like a savings account on steroids.", "WMP"),
    (
        "comparison.deposit_analogy",
        "If you like CDs, you'll love Harbor Income — same idea, better payout.",
        "WMP",
    ),
    (
        "endorsement.government",
        "Every product on this shelf has been blessed by the regulators, so you're in safe hands.",
        "WMP",
    ),
    (
        "endorsement.government",
        "The SEC reviewed the prospectus, which tells you this fund is legit.",
        "FUND",
    ),
    (
        "performance.cherry_picked",
        "Check this out: Cedar was up 9% in the last month alone, annualize that!",
        "FUND",
    ),
    (
        "performance.cherry_picked",
        "In its best year, 2021, Cedar returned 34% — that's the kind of fund we're talking about. Past performance is no guarantee.",
        "FUND",
    ),
    (
        "inducement.urgency_pressure",
        "Rates are coming down soon, so lock this in before the window slams shut.",
        "WMP",
    ),
    (
        "inducement.urgency_pressure",
        "We've only got room for a handful more investors in this tranche, so move fast.",
        "WMP",
    ),
    (
        "promise.guaranteed_return",
        "Harbor Income pays three percent, rain or shine — you can set your watch by it.",
        "WMP",
    ),
    ("performance.prediction", "Mark my words, Cedar's going to have its best year ever in 2027.", "FUND"),
    (
        "performance.prediction",
        "My gut says Cedar tacks on another fifteen percent before next summer.",
        "FUND",
    ),
]

CLEAN_3 = [
    (
        "Competitor funds may have lower or higher fees; compare the prospectuses side by side before you decide.",
        "FUND",
    ),
    (
        "Our economist will walk through the rate outlook, but she won't be recommending any product tonight.",
        "FUND",
    ),
    ("Harbor Income is not a savings account: it isn't FDIC insured and you could lose money.", "WMP"),
    ("Cedar lost 18% in 2022, so only invest money you can leave alone for years.", "FUND"),
    ("If you'd rather have a guaranteed rate, a CD from our deposit desk might be the better fit.", "WMP"),
    ("The SEC does not approve or endorse any fund, including this one.", "FUND"),
    ("No pressure at all — the subscription window is open through the end of the month.", "WMP"),
    (
        "As of June 30, Cedar's 1-, 5- and 10-year returns were 8.1%, 9.4% and 10.2%; past performance does not guarantee future results.",
        "FUND",
    ),
]


@pytest.mark.parametrize(("code", "text", "product"), VIOLATING_3)
def test_third_batch_violating_probe(code, text, product):
    assert code in _reported(text, product)


@pytest.mark.parametrize(("text", "product"), CLEAN_3)
def test_third_batch_clean_probe(text, product):
    assert not _reported(text, product)


MLCD = {
    "code": "MLCD3",
    "name": "Market-Linked CD 3Y",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 0.75,
    "benchmark_max": 5.0,
    "principal_protected": True,
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The contract's floor and cap of a protected structured deposit are not promises (rules.md §2.2).
        (
            "Your rate can't fall below the contractual minimum of 0.75% a year, and it's capped at 5.0%.",
            False,
        ),
        (
            "You're guaranteed the 0.75% floor; anything above that depends on the index, up to a maximum of 5.0%.",
            False,
        ),
        # Certainty above the floor is a promise.
        ("Worst case you still collect 3% a year on the market-linked CD.", True),
    ],
)
def test_structured_deposit_floor_and_cap(text, expected):
    codes = {f.code for f in check(text, kind="chat", products=[MLCD], pack="us")}
    assert ("promise.guaranteed_return" in codes) is expected


# Fourth batch, written after the third batch's grammars and before any grammar for it: every weak code again, new
# registers (texting shorthand, a story told second-hand, a quoted headline).
VIOLATING_4 = [
    (
        "comparison.unfair_competitor",
        "Between you and me, the guys over at Crestview Wealth couldn't pick a decent fund if their lives depended on it.",
        "FUND",
    ),
    (
        "comparison.unfair_competitor",
        "Sure, you could go with Harborline Securities, if you enjoy paying triple the fees for half the service.",
        "FUND",
    ),
    (
        "endorsement.testimonial",
        "Funny story — a pretty well-known news anchor opened an account with us last month just to buy Cedar.",
        "FUND",
    ),
    (
        "endorsement.testimonial",
        "The Financial Planners Association put Cedar on its recommended list, so you know it's good.",
        "FUND",
    ),
    (
        "endorsement.testimonial",
        "Linda in Omaha emailed to say Cedar paid for her grandkids' college. Stories like that are why I do this.",
        "FUND",
    ),
    (
        "promise.capital_guarantee",
        "Harbor Income has never had a down month, not once — your money just doesn't go backwards here.",
        "WMP",
    ),
    ("promise.capital_guarantee", "lol no, you can't lose money on this one, it's short-term bonds", "WMP"),
    (
        "performance.past_without_disclaimer",
        "Cedar's up 31% over the last twelve months — not too shabby!",
        "FUND",
    ),
    (
        "comparison.deposit_analogy",
        "Honestly it's a CD in everything but name, just with a better rate.",
        "WMP",
    ),
    (
        "endorsement.government",
        "This is about as close to a government-backed product as you'll find outside of Treasuries.",
        "WMP",
    ),
    (
        "endorsement.government",
        "FINRA checked our whole process last year and gave us a gold star, so you're dealing with the good guys.",
        "FUND",
    ),
    (
        "performance.cherry_picked",
        "We're only showing the fund's best stretch here — the 2020 to 2021 run, up 58% — because that's what it can do.",
        "FUND",
    ),
    (
        "inducement.urgency_pressure",
        "Whoever gets their order in first gets the allocation — after that, it's gone.",
        "WMP",
    ),
    (
        "inducement.urgency_pressure",
        "Seriously, don't sleep on this one, the window closes at midnight.",
        "WMP",
    ),
    ("promise.guaranteed_return", "Three percent is a lock on Harbor Income, I'd put my name on it.", "WMP"),
    (
        "performance.prediction",
        "Cedar should easily clear ten percent next year if rates keep falling.",
        "FUND",
    ),
]

CLEAN_4 = [
    (
        "The guys over at Crestview Wealth run a solid shop too; compare their fees with ours before you choose.",
        "FUND",
    ),
    (
        "Some viewers asked whether Cedar is government-backed. It isn't; it's a stock fund that can lose value.",
        "FUND",
    ),
    (
        "Cedar had losing months in 2022, and it will have them again; past performance doesn't guarantee future results.",
        "FUND",
    ),
    (
        "Please don't rush: the subscription window stays open until Friday, and there's plenty of room.",
        "WMP",
    ),
]


@pytest.mark.parametrize(("code", "text", "product"), VIOLATING_4)
def test_fourth_batch_violating_probe(code, text, product):
    assert code in _reported(text, product)


@pytest.mark.parametrize(("text", "product"), CLEAN_4)
def test_fourth_batch_clean_probe(text, product):
    assert not _reported(text, product)


@pytest.mark.parametrize(
    "text",
    [
        "Deposits at Bayline are FDIC insured; Harbor Income is an investment and is not.",
        "Our CDs are FDIC-insured, but Harbor Income isn't a CD and can lose value.",
    ],
)
def test_deposit_insurance_said_of_deposits_is_not_a_guarantee_for_the_product(text):
    assert "promise.capital_guarantee" not in _reported(text, "WMP")


# Fifth batch, written after the fourth batch's grammars and before any grammar for it.
VIOLATING_5 = [
    (
        "comparison.unfair_competitor",
        "Those Oakdale Credit Union folks are still selling 2015 products at 2025 prices, bless them.",
        "WMP",
    ),
    (
        "endorsement.testimonial",
        "Even my own doctor — a very smart lady — moved her IRA into Cedar after our last chat.",
        "FUND",
    ),
    (
        "endorsement.testimonial",
        "A guy I golf with, big-time surgeon, calls Cedar the best decision of his life.",
        "FUND",
    ),
    (
        "promise.capital_guarantee",
        "There's basically zero downside here; the worst that happens is you earn a bit less.",
        "WMP",
    ),
    (
        "promise.capital_guarantee",
        "In twelve years nobody who bought Harbor Income has walked away with less than they put in.",
        "WMP",
    ),
    (
        "performance.past_without_disclaimer",
        "Last year Cedar made its investors about nineteen percent.",
        "FUND",
    ),
    (
        "comparison.deposit_analogy",
        "It's basically a high-yield savings account, just run by our investment team.",
        "WMP",
    ),
    (
        "endorsement.government",
        "Because the Fed oversees our bank, products like Harbor Income are about as safe as it gets.",
        "WMP",
    ),
    (
        "performance.cherry_picked",
        "Look at just the last six weeks: Cedar's up 12%, that's an 100%+ annual pace.",
        "FUND",
    ),
    (
        "inducement.urgency_pressure",
        "If you wait until after the holidays to decide, you'll be kicking yourself.",
        "FUND",
    ),
    ("promise.guaranteed_return", "You're getting your 3% no matter what happens with rates.", "WMP"),
    ("performance.prediction", "I'm calling it now: Cedar doubles by the end of 2028.", "FUND"),
]

CLEAN_5 = [
    (
        "My doctor asked me about Cedar too; I told her what I'll tell you: read the prospectus and check your risk profile.",
        "FUND",
    ),
    (
        "Nobody can promise you won't get back less than you put in; that's the nature of an investment.",
        "WMP",
    ),
    ("We're not saying Oakdale Credit Union is bad; they just offer different products.", "WMP"),
    ("Take your time deciding; this product is offered every quarter.", "WMP"),
]


@pytest.mark.parametrize(("code", "text", "product"), VIOLATING_5)
def test_fifth_batch_violating_probe(code, text, product):
    assert code in _reported(text, product)


@pytest.mark.parametrize(("text", "product"), CLEAN_5)
def test_fifth_batch_clean_probe(text, product):
    assert not _reported(text, product)
