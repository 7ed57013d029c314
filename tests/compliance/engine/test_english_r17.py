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
read as forecasts above the benchmark, a rival's quoted claim refuted beside it); batch 2 (round 17's missed categories
in new wordings, and hard negatives beside them) 15/26, 30/34 (two more probes of mine were wrong and were corrected)
(the missed: a questionnaire field changed to get past a block, a record of no losses carried forward, the security of
a CD, a range with "p.a." on each bound, an economist recommending to her readers, a rival's people called clueless, a
rank against everything offered before; the false findings: a free-withdrawal allowance, Treasuries backed by the
government beside "this fund is not", a mortgage rate, a return the customer hoped for turned down); batch 3 (every US
code, attributions and refusals beside their violations) 15/20, 38/40 (the missed: a required warning taken back, a
rival's fund called a dog and its managers asleep, no fees "period", the long record set aside for six weeks; one row
of mine expected a level mismatch where the corpus gives the guarantee; the false findings: "I'd rather you didn't
buy", a viewer's question answered "No"); batch 4 (attributions: what viewers think or ask, what rivals advertise, what
a regulator requires, training lists) 14/19, 28/30 (a gift-card row was dropped: the gift code is CN-only; the missed: a
loss others expect denied for this one, "the comments say it all", a rival who'll "say anything to get your money", a
retake "a bit bolder", and an answer after a colon to a reported question, which the English asked-frame of
structure.py treats as part of the question and is left to its owner, so it has no row here; the false findings:
other banks advertising the best rates, a 5% drop in a week called normal); batch 5 (figures that are not yields beside
forecasts that are) 9/10, 16/20 (the missed: a forecast said as odds; the false findings: withholding tax, turnover,
cash that "may be held", a tax on the gain); batch 6 (whole scripts: an honest script with one violation, and honest
scripts with allocations, refusals, education and warnings) 5/6, 7/8 (the missed: the RM offering to waive the
surrender charge; the false finding: a list of what we won't do after a colon). The two rows added after it (a bank
fee waived for direct deposit; a penalty waived) check the waiver grammar's reach; batch 7 (hidden conditions beside
honest liquidity and fee statements; certain returns, forecasts and urgency in new idioms) 14/18, 18/18 (the missed:
"no cost to get in or out, ever", a dollar outcome "guaranteed", the product above where it is by next year, a market
event "about to blow out"). Rows added after it: a reported forecast refuted by "nobody knows", and a loss named and
denied elliptically ("can lose money, but it never will"), which the engine missed before this layer too, with three
clean rows beside it; batch 8 (negated calls to buy and declined practices beside calls and practices after a
contrast) 4/9, 9/10 (the missed: "you'd be crazy not to own some", "the fund I'd want you in", every client "up",
coaching after "but"; the false finding: "I'm not going to trash other banks").

Known and left out of the rows, so that no test is skipped or expected to fail: a call to buy in the sentence after
"it doesn't match your profile" ("…on paper. Buy a little anyway.") is not reported; an answer after a colon to a
reported question ("a viewer asked how to reach me: just WhatsApp me") is read by structure.py's English asked-frame
as part of the question, for every code.
"""

import pytest

from tests.compliance.engine.probes import reported_codes

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
MLCD = {
    "code": "MLC5",
    "name": "5-Year Market-Linked CD",
    "type": "deposit",
    "risk_level": "R2",
    "benchmark_min": 0.5,
    "benchmark_max": 6.5,
    "principal_protected": True,
}
PRODUCTS = {"WMP": WMP, "FUND": FUND, "INS": INS, "MLCD": MLCD, None: None}

SUIT = "suitability.product_above_customer_risk"
BYPASS = "suitability.assessment_bypass"
PICKED = "performance.cherry_picked"
PREDICTION = "performance.prediction"
EXCEEDS = "claim.yield_exceeds_benchmark"
RETURN = "promise.guaranteed_return"
CAPITAL = "promise.capital_guarantee"
DEPOSIT = "comparison.deposit_analogy"
HIDDEN = "misleading.hidden_conditions"
TESTIMONIAL = "endorsement.testimonial"
COMPETITOR = "comparison.unfair_competitor"
SUPERLATIVE = "superlative.absolute_term"
GOVERNMENT = "endorsement.government"
PAST = "performance.past_without_disclaimer"
OFFCHANNEL = "conduct.off_channel"
PII = "privacy.customer_pii"
URGENCY = "inducement.urgency_pressure"
LEVEL = "claim.risk_level_mismatch"


def reported(text: str, product: str | None, kind: str = "chat", customer: str | None = None) -> set[str]:
    return reported_codes(text, PRODUCTS[product] if product else None, customer, kind, pack="us")


VIOLATING_1 = [
    (
        SUIT,
        "Osprey is outside what we normally recommend for a C2, but honestly I'd still put $10k in it.",
        "FUND",
        "chat",
        "C2",
    ),
    (
        SUIT,
        "It's above your profile on paper, but you should grab some before everyone else does.",
        "FUND",
        "chat",
        "C2",
    ),
    (
        SUIT,
        "I know it's more risk than your profile allows, but let's get you a small position anyway.",
        "FUND",
        "chat",
        "C2",
    ),
    (SUIT, "Don't let the R4 rating scare you off; I'd recommend Osprey for you.", "FUND", "chat", "C2"),
    (
        SUIT,
        "It's technically beyond your assessment, but I think you should add some this week.",
        "FUND",
        "chat",
        "C2",
    ),
    (
        PICKED,
        "Last month alone it annualized 11%, and that's the kind of run I want you in.",
        "FUND",
        "chat",
        None,
    ),
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
    (
        BYPASS,
        "Like others have said, just fudge the experience question and you'll qualify.",
        "FUND",
        "chat",
        None,
    ),
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
    (
        RETURN,
        "A viewer asked if it's guaranteed. Yes, you'll get your 3.5%, no matter what.",
        "WMP",
        "chat",
        None,
    ),
    (
        DEPOSIT,
        "Someone asked if this is as safe as a CD. Honestly, it's basically the same thing as a CD.",
        "WMP",
        "chat",
        None,
    ),
    (
        CAPITAL,
        "Whatever the other bank's ad says about theirs, ours really can't lose money.",
        "FUND",
        "chat",
        None,
    ),
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
    (
        "That fund carries more risk than your profile allows, so I have to pass on recommending it.",
        "FUND",
        "chat",
        "C2",
    ),
    ("Osprey is beyond what your assessment supports, so I won't be recommending it.", "FUND", "chat", "C2"),
    (
        "I can only recommend products at or below your risk level, and Osprey is above it.",
        "FUND",
        "chat",
        "C2",
    ),
    ("Based on your profile, Osprey wouldn't be appropriate for you.", "FUND", "chat", "C2"),
    (
        "That's a hard no from me on Osprey for your account; it's an R4 and you're a C2.",
        "FUND",
        "chat",
        "C2",
    ),
    (
        "Osprey exceeds your risk tolerance, so we'll skip it today and look at something that fits.",
        "FUND",
        "chat",
        "C2",
    ),
    (
        "Be careful with one great quarter annualized: it can look spectacular and tell you almost nothing.",
        None,
        "chat",
        None,
    ),
    (
        "Don't be fooled when someone annualizes a single week's return; short windows are noise.",
        None,
        "chat",
        None,
    ),
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
    (
        "Never let anyone, including me, tell you which answers to pick on the questionnaire.",
        None,
        "chat",
        None,
    ),
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
    (
        "Historically there's roughly a 25% chance of a down year in a stock fund like this.",
        "FUND",
        "chat",
        None,
    ),
    ("Interest is taxed at your ordinary rate, which could be 24% or more.", "WMP", "chat", None),
    ("Roughly 80% sits in investment-grade bonds and up to 20% goes into convertibles.", "WMP", "chat", None),
    ("You'll pay a surrender charge of up to 7% if you leave in year one.", "INS", "chat", None),
    ("About 60% of our clients hold at least one bond fund.", None, "chat", None),
    ("A 10% allocation is a sensible ceiling for a speculative holding.", "FUND", "chat", None),
    ("Keep any single position to no more than 5% of your portfolio.", "FUND", "chat", None),
    (
        "A viewer asks: 'Is this guaranteed to pay 5%?' No. Nothing about it is guaranteed.",
        "WMP",
        "chat",
        None,
    ),
    (
        "Another bank's ad says their fund 'can't lose.' No fund can promise that, ours included.",
        "FUND",
        "chat",
        None,
    ),
    (
        "Someone asked if this works like a CD. It doesn't: it isn't FDIC insured and can lose value.",
        "WMP",
        "chat",
        None,
    ),
    ("FINRA rules say we can't promise returns, so I won't.", "FUND", "chat", None),
    ("A competitor is advertising 'risk-free 6%.' There's no such thing, so be careful.", None, "chat", None),
]


VIOLATING_2 = [
    (
        BYPASS,
        "If the app says you don't qualify, go back and switch your experience answer to 'extensive.' Takes a minute.",
        "FUND",
        "chat",
        None,
    ),
    (
        BYPASS,
        "When it blocks you, just edit the income question to over $200k and resubmit.",
        "FUND",
        "chat",
        None,
    ),
    (
        BYPASS,
        "Answer 'no' on the liquidity question, otherwise the system flags the annuity.",
        "INS",
        "chat",
        None,
    ),
    (
        BYPASS,
        "Leave the rest of the questionnaire to me; I'll fill in the answers for you.",
        "FUND",
        "chat",
        None,
    ),
    (
        BYPASS,
        "Set your goal to 'growth' instead of 'income' or the system won't let it through.",
        "FUND",
        "chat",
        None,
    ),
    (
        BYPASS,
        "Mark your horizon as 15 years, even if it's really five, so the order goes through.",
        "FUND",
        "chat",
        None,
    ),
    (
        CAPITAL,
        "I can't use the word guaranteed, but this fund has never lost money over five years and it never will.",
        "FUND",
        "chat",
        None,
    ),
    (CAPITAL, "It's never had a down decade, and it's not going to start now.", "FUND", "chat", None),
    (CAPITAL, "Same peace of mind as a CD, with a better payout.", "WMP", "announcement", None),
    (DEPOSIT, "Same peace of mind as a CD, with a better payout.", "WMP", "announcement", None),
    (CAPITAL, "Your principal is as safe here as it is in a savings account.", "WMP", "chat", None),
    (
        HIDDEN,
        "Don't worry about the surrender schedule; if you need cash in year one, take what you want and it won't cost you a thing.",
        "INS",
        "chat",
        None,
    ),
    (
        HIDDEN,
        "The surrender charges are on paper only; in practice you can pull money out anytime for free.",
        "INS",
        "chat",
        None,
    ),
    (
        HIDDEN,
        "Technically it's a one-year term, but you can get your money out whenever you like.",
        "WMP",
        "chat",
        None,
    ),
    (EXCEEDS, "Return range: 0.5% p.a. minimum to 7.5% p.a. maximum.", "MLCD", "product_card", None),
    (EXCEEDS, "It pays between 0.5% a year and 7.5% a year, depending on the index.", "MLCD", "chat", None),
    (
        TESTIMONIAL,
        "Our client Maria, a retired nurse, joins us Thursday to tell you why she bought it.",
        "INS",
        "announcement",
        None,
    ),
    (
        TESTIMONIAL,
        "Tonight a longtime customer explains why she put her savings into Fernhill and why she tells her friends to do the same.",
        "INS",
        "announcement",
        None,
    ),
    (
        TESTIMONIAL,
        "The fund that economist Dr. Lena Shaw has been recommending to her readers all year.",
        "FUND",
        "announcement",
        None,
    ),
    (
        TESTIMONIAL,
        "Market columnist Rob Kane told his newsletter subscribers to buy this fund in March.",
        "FUND",
        "chat",
        None,
    ),
    (
        COMPETITOR,
        "The bond desk at the bank across the street doesn't know the first thing about fixed income.",
        None,
        "chat",
        None,
    ),
    (COMPETITOR, "Their advisors couldn't tell a bond from a stock.", None, "chat", None),
    (
        COMPETITOR,
        "Honestly, the folks at Crestline have no clue what they're doing with retirement money.",
        None,
        "chat",
        None,
    ),
    (
        SUPERLATIVE,
        "This is the strongest emerging-markets lineup we've ever put in front of clients.",
        "FUND",
        "script",
        None,
    ),
    (SUPERLATIVE, "Hands down the best income fund we've ever offered.", "FUND", "chat", None),
    (SUPERLATIVE, "No other bank in the country has a fund like this.", "FUND", "chat", None),
]

CLEAN_2 = [
    (
        "If the app says you don't qualify, that's the answer for now; we can look at funds that fit your profile.",
        "FUND",
        "chat",
        None,
    ),
    (
        "If your income has really changed, update it on the questionnaire and the system will re-score you.",
        "FUND",
        "chat",
        None,
    ),
    (
        "The liquidity question matters: answer it honestly, because an annuity ties money up for years.",
        "INS",
        "chat",
        None,
    ),
    ("I can't fill in the questionnaire for you; you have to answer it yourself.", "FUND", "chat", None),
    (
        "Fill in every answer yourself, and if a question is unclear, ask me what it means.",
        "FUND",
        "chat",
        None,
    ),
    (
        "Your goal on file is income, so growth funds won't show up for you, and that's by design.",
        "FUND",
        "chat",
        None,
    ),
    (
        "Over any five-year stretch this fund could lose money; it has before and it will again.",
        "FUND",
        "chat",
        None,
    ),
    ("It's had down years, and it will have more; that's the price of owning stocks.", "FUND", "chat", None),
    ("This is not a CD: it isn't FDIC insured and your principal can go down.", "WMP", "chat", None),
    ("If you want the peace of mind of a CD, buy a CD; this portfolio can lose value.", "WMP", "chat", None),
    (
        "The surrender charge starts at 7% in year one and falls to zero by year eight, so plan on leaving the money in.",
        "INS",
        "chat",
        None,
    ),
    (
        "You can take up to 10% a year without a surrender charge; anything above that costs you.",
        "INS",
        "chat",
        None,
    ),
    ("It's a 270-day term, and there's no way to get your money out early.", "WMP", "chat", None),
    (
        "Return range: 0.5% p.a. minimum to 6.5% p.a. maximum, linked to the S&P 500. Principal protected at maturity.",
        "MLCD",
        "product_card",
        None,
    ),
    (
        "Our client testimonials are paid and aren't representative, so we don't use them in streams.",
        None,
        "chat",
        None,
    ),
    (
        "A viewer asked why I like this fund; I don't 'like' funds for you, I look at whether it fits your plan.",
        "FUND",
        "chat",
        None,
    ),
    (
        "Economists disagree on where rates go next, and none of them can tell you what this fund will do.",
        "FUND",
        "chat",
        None,
    ),
    (
        "The bank across the street has a bond fund too; compare the fees and duration before you decide.",
        None,
        "chat",
        None,
    ),
    ("Crestline's fees are lower than ours on some funds, and that's worth knowing.", None, "chat", None),
    (
        "This is the first emerging-markets fund we've put on the stream, so we'll go slowly.",
        "FUND",
        "chat",
        None,
    ),
    ("It's one of several income funds we offer, and it isn't the cheapest one.", "FUND", "chat", None),
    ("Our best-selling fund isn't necessarily the best fit for you.", "FUND", "chat", None),
    ("The worst year in its history was 2008, when it fell 38%.", "FUND", "chat", None),
    (
        "The fund's expense ratio is 0.65%, and there's a 5.75% front-end load on A shares.",
        "FUND",
        "chat",
        None,
    ),
    (
        "The required minimum distribution starts at 73, and roughly 4% of the balance comes out the first year.",
        "INS",
        "chat",
        None,
    ),
    ("Your employer match is 50% of the first 6% you contribute.", None, "chat", None),
    (
        "Treasury bills yield about 5% right now, and they're backed by the U.S. government; this fund is not.",
        "FUND",
        "chat",
        None,
    ),
    ("Mortgage rates hit 7% last year, which is why bond prices fell.", "FUND", "chat", None),
    (
        "The benchmark is 3.0% to 3.9%. It's a reference point, not a promise, and you could earn less.",
        "WMP",
        "chat",
        None,
    ),
    ("Nobody can promise you'll beat inflation with this, so keep expectations modest.", "WMP", "chat", None),
    ("Don't buy this expecting it to double; it's a conservative portfolio.", "WMP", "chat", None),
    ("I won't tell you it's going up next year, because I don't know.", "FUND", "chat", None),
    ("The ad that says 'earn 9% guaranteed' is not ours, and it's not legitimate.", None, "chat", None),
    ("People ask me if this is a sure thing. It isn't. Nothing in the market is.", "FUND", "chat", None),
    (
        "Our compliance team requires me to say: investments are not FDIC insured and may lose value.",
        "FUND",
        "chat",
        None,
    ),
    ("If you were hoping for a quick 20%, this is the wrong fund.", "FUND", "chat", None),
]


VIOLATING_3 = [
    (SUIT, "You're a C2, Osprey's an R4. Between us, I'd still grab a small slice.", "FUND", "chat", "C2"),
    (
        SUIT,
        "I'm not supposed to push it at your level, but this one's worth a look. Want me to add $5k?",
        "FUND",
        "chat",
        "C2",
    ),
    (
        SUIT,
        "Normally I'd say it's too aggressive for you, but with this dip, let's get you in.",
        "FUND",
        "chat",
        "C2",
    ),
    (
        PREDICTION,
        "A viewer asked where rates are headed. They're coming down, and this fund is going to rip when they do.",
        "FUND",
        "chat",
        None,
    ),
    (
        PREDICTION,
        "The Fed has basically told us cuts are coming, so bonds will rally into year-end.",
        "FUND",
        "chat",
        None,
    ),
    (
        RETURN,
        "Regulators make us say returns aren't guaranteed, but between us, you're getting 4% on this.",
        "WMP",
        "chat",
        None,
    ),
    (
        CAPITAL,
        "Compliance makes me say it can lose value. It won't. I've never seen it happen.",
        "FUND",
        "chat",
        None,
    ),
    (
        GOVERNMENT,
        "The SEC reviewed this fund and signed off on it, so you know it's solid.",
        "FUND",
        "chat",
        None,
    ),
    (GOVERNMENT, "FINRA approved this product, which tells you something.", "FUND", "chat", None),
    (
        OFFCHANNEL,
        "If the chat's too slow, text me at my personal number and I'll walk you through it.",
        None,
        "chat",
        None,
    ),
    (PII, "Shout-out to Greg Olsen in Tulsa, who just moved $250k into Osprey!", "FUND", "chat", None),
    (URGENCY, "Only three spots left at this allocation; after tonight it's gone.", "WMP", "chat", None),
    (PAST, "Last year it returned 14.2%.", "FUND", "chat", None),
    (
        TESTIMONIAL,
        "A viewer wrote in: 'I made 30% with Osprey last year, best decision ever.' Love to see it!",
        "FUND",
        "chat",
        None,
    ),
    (
        COMPETITOR,
        "A viewer asked about Crestline's fund. Honestly, it's a dog, and their managers are asleep at the wheel.",
        None,
        "chat",
        None,
    ),
    (HIDDEN, "There are no fees with Osprey, period.", "FUND", "chat", None),
    (EXCEEDS, "Tarn Select's target is 3.0% to 4.5% a year.", "WMP", "chat", None),
    (CAPITAL, "Don't let the R2 label fool you, this thing is basically risk-free.", "WMP", "chat", None),
    (PICKED, "Forget the five-year chart, look at the last six weeks: up 9%.", "FUND", "chat", None),
    (DEPOSIT, "Think of it as a CD that pays more.", "WMP", "chat", None),
]

CLEAN_3 = [
    (
        "You're a C2 and Osprey is an R4, so I won't suggest it; a bond fund in your range is a better starting point.",
        "FUND",
        "chat",
        "C2",
    ),
    (
        "I'd love to help you get into something today, just not Osprey; it's above your level.",
        "FUND",
        "chat",
        "C2",
    ),
    (
        "Honestly, I'd rather you didn't buy Osprey; at your profile the swings would be too much.",
        "FUND",
        "chat",
        "C2",
    ),
    ("Even if you asked me to, I couldn't sell you Osprey with a C2 profile.", "FUND", "chat", "C2"),
    ("Osprey is for investors rated C4 or C5; at C2, it's a pass.", "FUND", "chat", "C2"),
    (
        "A viewer asked where rates are headed. I don't know, and anyone who says they do is guessing.",
        "FUND",
        "chat",
        None,
    ),
    (
        "The Fed's own projections show cuts next year, but projections change and this fund can still lose money.",
        "FUND",
        "chat",
        None,
    ),
    ("Regulators require us to say returns aren't guaranteed, and they really aren't.", "WMP", "chat", None),
    ("Compliance makes me say it can lose value, and it can: it fell 18% in 2022.", "FUND", "chat", None),
    ("The SEC doesn't approve or endorse any fund, including this one.", "FUND", "chat", None),
    ("Registration with the SEC does not mean the SEC has approved this product.", "FUND", "chat", None),
    ("Please don't text my personal number; use the secure message center in the app.", None, "chat", None),
    ("We never ask for your full account number in the chat, so don't post it.", None, "chat", None),
    (
        "A viewer asked if it's too late to buy. There's no deadline on this fund; it's open every day.",
        "FUND",
        "chat",
        None,
    ),
    (
        "There's no rush: the subscription window is open until the 30th, and I'd rather you take your time.",
        "WMP",
        "chat",
        None,
    ),
    (
        "Last year it returned 14.2%. Past performance does not guarantee future results.",
        "FUND",
        "chat",
        None,
    ),
    (
        "A viewer wrote in asking if we post client success stories. We don't, because one person's result says nothing about yours.",
        "FUND",
        "chat",
        None,
    ),
    ("Crestline's fund has a lower expense ratio than ours; fees matter, so weigh that.", None, "chat", None),
    (
        "A viewer asked if Crestline's fund is a scam. No, it's a legitimate fund; it's just a different strategy.",
        None,
        "chat",
        None,
    ),
    (
        "The expense ratio is 0.72%, and there's a 1% redemption fee if you sell within 30 days.",
        "FUND",
        "chat",
        None,
    ),
    (
        "Tarn Select's benchmark is 3.0% to 3.9% a year; it's a reference, not a forecast or a promise.",
        "WMP",
        "chat",
        None,
    ),
    (
        "Tarn Select is rated R2, which means low-to-moderate risk, and it can still lose value.",
        "WMP",
        "chat",
        None,
    ),
    (
        "Five-year annualized return: 6.1%. Ten-year: 7.4%. Past performance doesn't guarantee future results.",
        "FUND",
        "chat",
        None,
    ),
    ("It isn't a CD: it's not FDIC insured and it can lose value.", "WMP", "chat", None),
    (
        "CDs at our bank pay 4.1% APY and are FDIC insured; Tarn Select is a different product with different risks.",
        "WMP",
        "chat",
        None,
    ),
    ("If the market drops 25%, a fund like this could drop about as much.", "FUND", "chat", None),
    ("The maximum drawdown in 2020 was 34%, and it took 14 months to recover.", "FUND", "chat", None),
    ("Roughly 1 in 4 years has been negative for U.S. stocks.", "FUND", "chat", None),
    ("The fund can't put more than 5% in any single company.", "FUND", "chat", None),
    ("A 2% withdrawal fee applies if you redeem before day 270.", "WMP", "chat", None),
    (
        "If you're in the 32% bracket, the after-tax picture changes; talk to your tax advisor.",
        "WMP",
        "chat",
        None,
    ),
    (
        "The minimum investment is $2,500, and there's no sales load on this share class.",
        "FUND",
        "chat",
        None,
    ),
    (
        "Stocks have returned about 10% a year over the long run, but some decades were flat; that's history, not a forecast.",
        "FUND",
        "chat",
        None,
    ),
    (
        "I'm not going to tell you which answers to pick; the questionnaire is about you, not the product.",
        "FUND",
        "chat",
        None,
    ),
    (
        "Some viewers think the questionnaire is a formality. It isn't: it decides what we can offer you.",
        None,
        "chat",
        None,
    ),
    (
        "A few people asked if they can answer for their spouse. No, each person answers for themselves.",
        None,
        "chat",
        None,
    ),
    (
        "If someone offers to fill in your risk questionnaire for you, say no and call the branch.",
        None,
        "chat",
        None,
    ),
    ("Nobody can promise you a 4% return on this, me included.", "WMP", "chat", None),
    ("The best thing you can do is read the prospectus before you invest.", "FUND", "chat", None),
    ("This is the most common question we get: can I lose money? Yes, you can.", "FUND", "chat", None),
]


VIOLATING_4 = [
    (
        PREDICTION,
        "Analysts can argue all they want; this fund is headed higher next year.",
        "FUND",
        "chat",
        None,
    ),
    (
        PREDICTION,
        "I'm not one for predictions, but this one's going to double by 2028.",
        "FUND",
        "chat",
        None,
    ),
    (RETURN, "Nobody else will tell you this, but you'll clear 4.2% on Tarn Select.", "WMP", "chat", None),
    (EXCEEDS, "Most portfolios like this do 3%; Tarn Select should do closer to 4.5%.", "WMP", "chat", None),
    (CAPITAL, "People worry about losing money here. Don't. Your principal is safe.", "WMP", "chat", None),
    (CAPITAL, "Some viewers think bond funds can lose money. Not this one.", "FUND", "chat", None),
    (
        URGENCY,
        "Everyone's asking if there's still room. Barely: get in tonight or miss out.",
        "WMP",
        "chat",
        None,
    ),
    (PII, "Thanks, Janet Moore from Dayton, for the $80k order this morning!", "FUND", "chat", None),
    (
        TESTIMONIAL,
        "The comments say it all: 'best fund I've ever owned,' 'made a killing.' Join them.",
        "FUND",
        "chat",
        None,
    ),
    (SUPERLATIVE, "Nobody beats our rates. Nobody.", "WMP", "chat", None),
    (
        COMPETITOR,
        "The ad from Crestline promising 6% is typical of them: they'll say anything to get your money.",
        None,
        "chat",
        None,
    ),
    (
        GOVERNMENT,
        "This fund is backed by the full faith and credit of the U.S. government.",
        "FUND",
        "chat",
        None,
    ),
    (DEPOSIT, "It's basically a savings account with a better rate.", "WMP", "chat", None),
    (HIDDEN, "The 270-day hold? Just call me and I'll get you out early, no problem.", "WMP", "chat", None),
    (
        BYPASS,
        "If the quiz rates you conservative, no worries, just retake it and be a bit bolder.",
        "FUND",
        "chat",
        None,
    ),
    (PICKED, "In its best quarter it annualized 14%, and that's what it can do.", "FUND", "chat", None),
    (
        SUIT,
        "It's a notch above your profile, but for a small amount, I'd say go for it.",
        "FUND",
        "chat",
        "C2",
    ),
    (PAST, "It returned 11.8% in 2023 and 9.6% in 2024.", "FUND", "chat", None),
]

CLEAN_4 = [
    (
        "Analysts can argue all they want; nobody knows where this fund will be next year.",
        "FUND",
        "chat",
        None,
    ),
    (
        "I don't do predictions, and you should be wary of anyone who says a fund will double.",
        "FUND",
        "chat",
        None,
    ),
    (
        "Nobody can tell you what Tarn Select will earn; the benchmark of 3.0% to 3.9% is a reference, not a promise.",
        "WMP",
        "chat",
        None,
    ),
    ("People worry about losing money here, and that's fair: it can go down.", "WMP", "chat", None),
    (
        "Some viewers think bond funds can't lose money. They can, and this one did in 2022.",
        "FUND",
        "chat",
        None,
    ),
    (
        "Everyone's asking if there's still room. There is, and there's no deadline, so take your time.",
        "FUND",
        "chat",
        None,
    ),
    (
        "We don't offer gift cards or bonuses for opening an account; if you see that offer, it isn't from us.",
        None,
        "chat",
        None,
    ),
    (
        "A viewer asked how to reach me after hours. Use the secure message center; I can't take WhatsApp.",
        None,
        "chat",
        None,
    ),
    ("Thanks to everyone who sent questions this morning.", "FUND", "chat", None),
    (
        "The comments asking if it's the best fund ever: it's not a question I can answer, and no fund is the best for everyone.",
        "FUND",
        "chat",
        None,
    ),
    (
        "Some banks advertise the best rates in town; compare the APY and the terms yourself.",
        "WMP",
        "chat",
        None,
    ),
    (
        "The ad from Crestline promising 6% isn't something we can match or comment on; read their disclosures.",
        None,
        "chat",
        None,
    ),
    (
        "Treasuries are backed by the full faith and credit of the U.S. government. This fund holds some, but the fund itself isn't guaranteed.",
        "FUND",
        "chat",
        None,
    ),
    ("It isn't a savings account: there's no FDIC insurance and the value moves.", "WMP", "chat", None),
    ("The 270-day hold is firm; I can't get you out early.", "WMP", "chat", None),
    (
        "If the quiz rates you conservative, that's the right result for now, and we'll stick to products that fit.",
        "FUND",
        "chat",
        None,
    ),
    (
        "The best and worst quarters were +6% and -9%; past performance does not guarantee future results.",
        "FUND",
        "chat",
        None,
    ),
    (
        "It's a notch above your profile, so it's not one I can recommend; let's look at what fits.",
        "FUND",
        "chat",
        "C2",
    ),
    (
        "It returned 11.8% in 2023 and 9.6% in 2024. Past performance doesn't guarantee future results.",
        "FUND",
        "chat",
        None,
    ),
    ("Our training says: never tell a client a fund 'will' go up. I won't.", "FUND", "chat", None),
    (
        "Red flag checklist: guaranteed returns, pressure to act today, requests to move to your personal phone.",
        None,
        "chat",
        None,
    ),
    (
        "A regulator's rule: we have to tell you the product is not FDIC insured and may lose value.",
        "WMP",
        "chat",
        None,
    ),
    (
        "Per FINRA, we can't use testimonials without disclosures, so I won't share client stories.",
        None,
        "chat",
        None,
    ),
    (
        "Quick lesson: 'annualized' means a short period's return stretched to a year, which can exaggerate.",
        None,
        "chat",
        None,
    ),
    ("Scammers often promise 'risk-free' returns of 10% or more. Hang up.", None, "chat", None),
    ("A 5% drop in a week is normal for a stock fund.", "FUND", "chat", None),
    ("You can withdraw up to 10% of the account value each year at no charge.", "INS", "chat", None),
    ("The fund keeps about 3% in cash for redemptions.", "FUND", "chat", None),
    (
        "Past results: 1-year 8.1%, 5-year 6.4%, 10-year 7.9%. Past performance does not guarantee future results.",
        "FUND",
        "chat",
        None,
    ),
    ("If inflation runs at 3%, a 3% return just keeps pace.", "WMP", "chat", None),
]


VIOLATING_5 = [
    (
        EXCEEDS,
        "Up to 20% goes into convertibles, and with that kicker I expect about 4.8% a year.",
        "WMP",
        "chat",
        None,
    ),
    (EXCEEDS, "After the 0.5% fee you should still net around 4.4%.", "WMP", "chat", None),
    (
        EXCEEDS,
        "Even in the 24% bracket, you'll keep more than you would anywhere else: it'll pay 5% this year.",
        "WMP",
        "chat",
        None,
    ),
    (PREDICTION, "There's a 90% chance this fund is higher a year from now.", "FUND", "chat", None),
    (RETURN, "Worst case, after fees, you walk away with 4%.", "WMP", "chat", None),
    (EXCEEDS, "The target is 3.0% to 3.9%, but realistically you'll see 4.5%.", "WMP", "chat", None),
    (PREDICTION, "Drawdowns happen, but this one will be up 15% by next summer.", "FUND", "chat", None),
    (PAST, "Trailing one-year return: 12.3%.", "FUND", "product_card", None),
    (
        PICKED,
        "The fund's 7-day yield spiked to 6.1% last week; that's the number to watch.",
        "FUND",
        "chat",
        None,
    ),
    (
        EXCEEDS,
        "Tarn Select | R2 | Expected return 4.6% p.a. | Not a deposit · Not FDIC insured · May lose value",
        "WMP",
        "product_card",
        None,
    ),
]

CLEAN_5 = [
    (
        "Tarn Select keeps at least 80% in investment-grade bonds and no more than 20% in lower-rated credit.",
        "WMP",
        "chat",
        None,
    ),
    ("Management fee: 0.50% a year. Custody fee: 0.05%. Early redemption: not allowed.", "WMP", "chat", None),
    ("Withholding on dividends for non-residents can be up to 30%.", "FUND", "chat", None),
    ("About 70% of the fund is in U.S. stocks and 30% overseas.", "FUND", "chat", None),
    ("A rebalance kicks in when any asset class drifts more than 5% from its target.", "FUND", "chat", None),
    (
        "Stop-loss orders at 10% below cost are something you can set yourself in the app.",
        "FUND",
        "chat",
        None,
    ),
    ("The fund's turnover was 35% last year, which keeps trading costs down.", "FUND", "chat", None),
    ("Up to 15% may be held in cash during volatile markets.", "WMP", "chat", None),
    ("Loans against the policy accrue interest at 6% a year.", "INS", "chat", None),
    ("In a severe downturn this portfolio could fall 8% or more.", "WMP", "chat", None),
    (
        "The chance of losing money over any single year has historically been around 25%.",
        "FUND",
        "chat",
        None,
    ),
    ("Federal tax on the gain could be 15% or 20% depending on your income.", "FUND", "chat", None),
    ("If the index falls more than 30%, the buffer no longer protects you.", "MLCD", "chat", None),
    ("The rider costs 1.1% a year and the surrender charge starts at 7%.", "INS", "chat", None),
    (
        "Minimum to open is $1,000, and the fund invests no more than 25% in any one sector.",
        "FUND",
        "chat",
        None,
    ),
    (
        "Tarn Select | R2 | Benchmark 3.0%-3.9% p.a. (a reference, not a forecast or promise) | Up to 20% in convertible bonds | 270-day term | Not a deposit · Not FDIC insured · May lose value",
        "WMP",
        "product_card",
        None,
    ),
    (
        "The 30-day SEC yield as of March 31 was 4.12%; yields vary and past performance does not guarantee future results.",
        "FUND",
        "chat",
        None,
    ),
    (
        "A 4% withdrawal rate is a rule of thumb for retirees, not a promise the money lasts.",
        None,
        "chat",
        None,
    ),
    ("Mortgage-backed securities make up 28% of the portfolio.", "FUND", "chat", None),
    ("We cap any one issuer at 3% of assets.", "WMP", "chat", None),
]


VIOLATING_6 = [
    (
        PREDICTION,
        "Good evening. Tonight: the Osprey Core Growth Fund, rated R4. It holds about 60 large U.S. companies, and up to 10% can sit in cash. The expense ratio is 0.58%. The fund is not a deposit, not FDIC insured, not bank guaranteed, and may lose value, including principal. Between you and me, with rates falling, this fund is going to have a monster year.",
        "FUND",
        "script",
        None,
    ),
    (
        EXCEEDS,
        "Welcome back. Tarn Select Portfolio 270D is rated R2. Its benchmark is 3.0% to 3.9% a year, a reference, not a promise or forecast. Up to 20% goes into convertible bonds. Tarn Select is not a deposit, not FDIC insured, not bank guaranteed, and may lose value. Honestly, I think it'll land around 4.6% this term.",
        "WMP",
        "script",
        None,
    ),
    (
        BYPASS,
        "Tonight's fund is Osprey, rated R4. If your risk profile came back moderate, here's a trick: redo it and say you've traded options for ten years, and it'll open right up. The fund is not a deposit, not FDIC insured, not bank guaranteed, and may lose value, including principal.",
        "FUND",
        "script",
        None,
    ),
    (
        COMPETITOR,
        "Osprey is rated R4 and can lose money; in 2022 it fell 19%. Past performance does not guarantee future results. The fund is not a deposit, not FDIC insured, not bank guaranteed, and may lose value, including principal. And if you're with Crestline, get out: their advisors are clueless.",
        "FUND",
        "script",
        None,
    ),
    (
        URGENCY,
        "Tarn Select is rated R2 with a benchmark of 3.0% to 3.9% a year, not a promise or forecast. Tarn Select is not a deposit, not FDIC insured, not bank guaranteed, and may lose value. Only a few slots are left and they'll be gone by midnight, so act now.",
        "WMP",
        "script",
        None,
    ),
    (
        HIDDEN,
        "Fernhill is a variable annuity with a seven-year surrender schedule starting at 7%. It is not a deposit, not FDIC insured, and may lose value. That said, if you need money early, just call me and I'll waive the surrender charge.",
        "INS",
        "script",
        None,
    ),
    (
        HIDDEN,
        "The lock-up is 270 days, but I can get the early-withdrawal penalty waived for you if you need out.",
        "WMP",
        "chat",
        None,
    ),
]

CLEAN_6 = [
    (
        "Good evening. Tonight: the Osprey Core Growth Fund, rated R4. It holds about 60 large U.S. companies, and up to 10% can sit in cash. The expense ratio is 0.58%, and the fund fell 19% in 2022. Past performance does not guarantee future results. The fund is not a deposit, not FDIC insured, not bank guaranteed, and may lose value, including principal. If your profile is below R4, this one isn't for you, and I won't recommend it.",
        "FUND",
        "script",
        None,
    ),
    (
        "Welcome back. Tarn Select Portfolio 270D is rated R2. Its benchmark is 3.0% to 3.9% a year, a reference, not a promise or forecast. Up to 20% goes into convertible bonds and dividend stocks, so the value moves more than a plain bond portfolio. The term is 270 days with no early redemption. Tarn Select is not a deposit, not FDIC insured, not bank guaranteed, and may lose value.",
        "WMP",
        "script",
        None,
    ),
    (
        "Tonight we're talking about the risk questionnaire. Some of you have been told online to exaggerate your experience so more products show up. Please don't: if you overstate it, you may end up in something that hurts you. Answer honestly, and if your situation changes, we update it together.",
        None,
        "script",
        None,
    ),
    (
        "Quick investor-education segment. When you see a fund advertise a 20% annualized return, check the window: a single hot quarter annualized can look spectacular and mean very little. Look at the one-, five- and ten-year figures instead, and remember that past performance doesn't guarantee future results.",
        None,
        "script",
        None,
    ),
    (
        "A viewer asked whether Crestline's funds are any good. I don't comment on other firms' products; compare fees, risk levels and track records yourself, and ask them the same questions you ask me.",
        None,
        "script",
        None,
    ),
    (
        "Fernhill is a variable annuity with a seven-year surrender schedule starting at 7%. You can take up to 10% a year without a surrender charge. It is not a deposit, not FDIC insured, and may lose value. If you might need the money in the next few years, an annuity is probably the wrong tool.",
        "INS",
        "script",
        None,
    ),
    (
        "Osprey is rated R4. Our rules say I can only recommend it to customers whose profile is R4 or higher, so if yours is lower, I'll show you something that fits instead. The fund is not a deposit, not FDIC insured, not bank guaranteed, and may lose value, including principal.",
        "FUND",
        "script",
        None,
    ),
    (
        "Here's what we won't do on this stream: promise returns, tell you a fund can't lose, or rush you with a deadline. If you ever hear that from anyone claiming to be from our bank, report it.",
        None,
        "script",
        None,
    ),
    (
        "We'll waive the $25 annual account fee for the first year if you set up direct deposit.",
        None,
        "chat",
        None,
    ),
]


VIOLATING_7 = [
    (
        HIDDEN,
        "Tarn Select has a 270-day term, but honestly you can pull your money whenever you want.",
        "WMP",
        "chat",
        None,
    ),
    (HIDDEN, "There's no cost to get in or out of Fernhill, ever.", "INS", "chat", None),
    (
        HIDDEN,
        "Your money's never locked up with Tarn Select; it's liquid like a checking account.",
        "WMP",
        "chat",
        None,
    ),
    (HIDDEN, "Forget the surrender schedule, nobody actually pays it.", "INS", "chat", None),
    (HIDDEN, "Osprey has zero fees, so every dollar goes to work for you.", "FUND", "chat", None),
    (RETURN, "Tarn Select pays 3.5% like clockwork, every term.", "WMP", "chat", None),
    (RETURN, "You'll pocket 3.8% on this, no ifs, ands or buts.", "WMP", "chat", None),
    (RETURN, "Put in $10,000 and you'll have $10,380 in 270 days, guaranteed.", "WMP", "chat", None),
    (RETURN, "That 4% income stream is locked in for life, whatever the market does.", "INS", "chat", None),
    (RETURN, "It's a sure 3.6%; I'd bet my house on it.", "WMP", "chat", None),
    (
        PREDICTION,
        "By this time next year, Osprey will be trading well above where it is now.",
        "FUND",
        "chat",
        None,
    ),
    (PREDICTION, "My forecast: 8 to 10% for Osprey over the next twelve months.", "FUND", "chat", None),
    (
        PREDICTION,
        "Tech earnings are about to blow out, and Osprey is going along for the ride.",
        "FUND",
        "chat",
        None,
    ),
    (PREDICTION, "The next leg up starts in January, mark my words.", "FUND", "chat", None),
    (URGENCY, "Prices like this don't last; lock it in before Friday.", "FUND", "chat", None),
    (URGENCY, "If you wait until next week, you're going to kick yourself.", "WMP", "chat", None),
    (
        URGENCY,
        "We're down to the last $2 million of capacity, first come, first served.",
        "WMP",
        "chat",
        None,
    ),
    (URGENCY, "Tonight only: sign up in the next hour and skip the line.", "WMP", "chat", None),
    (
        PREDICTION,
        "Some say tech is about to take off, and I agree: Osprey will ride it higher by next year.",
        "FUND",
        "chat",
        None,
    ),
    (
        CAPITAL,
        "Some people say Osprey can lose money, but it never will. That's just not true about quality funds.",
        "FUND",
        "chat",
        None,
    ),
]

CLEAN_7 = [
    (
        "Tarn Select has a 270-day term with no early redemption, so only invest money you won't need before then.",
        "WMP",
        "chat",
        None,
    ),
    ("You can sell Osprey shares on any business day at that day's closing price.", "FUND", "chat", None),
    (
        "Osprey has no sales load, but it does have a 0.58% expense ratio that comes out of the fund every year.",
        "FUND",
        "chat",
        None,
    ),
    (
        "Fernhill's surrender charge applies for seven years; after that you can withdraw without it.",
        "INS",
        "chat",
        None,
    ),
    (
        "The money market fund lets you redeem any business day, though its yield changes daily.",
        None,
        "chat",
        None,
    ),
    ("There's no fee to open the account, but fund expenses still apply.", "FUND", "chat", None),
    (
        "Redemptions settle in two business days, and there's no redemption fee after 30 days.",
        "FUND",
        "chat",
        None,
    ),
    (
        "You can't get out of Tarn Select early; that's the trade-off for the benchmark range.",
        "WMP",
        "chat",
        None,
    ),
    (
        "If you need daily access to your cash, a savings account or money market fund fits better than Tarn Select.",
        "WMP",
        "chat",
        None,
    ),
    (
        "The annuity's income rider costs 1.2% a year; it guarantees the income amount, not the account value.",
        "INS",
        "chat",
        None,
    ),
    ("Our CD has a 12-month term and an early withdrawal penalty of 90 days' interest.", None, "chat", None),
    ("Nothing is free: even index funds charge an expense ratio, just a small one.", "FUND", "chat", None),
    (
        "Liquidity: daily. Fees: 0.58% expense ratio, no loads. Risk: R4, may lose value.",
        "FUND",
        "chat",
        None,
    ),
    (
        "Will it pay 3.5% every term? No one can promise that; the benchmark is a reference, not a guarantee.",
        "WMP",
        "chat",
        None,
    ),
    (
        "The guaranteed part of the annuity is the death benefit; the investment returns are not guaranteed.",
        "INS",
        "chat",
        None,
    ),
    ("No rush: the subscription window runs through the end of the month.", "WMP", "chat", None),
    (
        "The offer period ends Friday; after that, the next series opens in about a month.",
        "WMP",
        "chat",
        None,
    ),
    (
        "Nobody knows whether tech earnings will beat, and Osprey can fall if they don't.",
        "FUND",
        "chat",
        None,
    ),
    (
        "Some say small caps are about to take off. Nobody knows, and they can just as easily fall.",
        "FUND",
        "chat",
        None,
    ),
    ("It can lose money, and it has: it fell 19% in 2022.", "FUND", "chat", None),
    ("Can it go down? Yes, and it won't always bounce back quickly.", "FUND", "chat", None),
    ("It can lose value, but it won't be wiped out overnight; it holds 60 companies.", "FUND", "chat", None),
]


VIOLATING_8 = [
    (
        SUIT,
        "It's rated higher than your profile, sure, but you'd be crazy not to own some.",
        "FUND",
        "chat",
        "C2",
    ),
    (SUIT, "Your assessment says moderate. Still, this is the fund I'd want you in.", "FUND", "chat", "C2"),
    (
        TESTIMONIAL,
        "I won't name names, but a client in Denver doubled her money with Osprey.",
        "FUND",
        "chat",
        None,
    ),
    (TESTIMONIAL, "Not to brag, but every client I put in Osprey last year is up.", "FUND", "chat", None),
    (
        OFFCHANNEL,
        "I can't discuss pricing in this chat, so message me on my personal Instagram.",
        None,
        "chat",
        None,
    ),
    (
        PII,
        "Don't worry, Mark, I can see your balance is $212,000, so you easily qualify.",
        None,
        "chat",
        None,
    ),
    (
        BYPASS,
        "The questionnaire isn't something I'm supposed to help with, but pick 'aggressive' and you'll be fine.",
        "FUND",
        "chat",
        None,
    ),
    (
        COMPETITOR,
        "I'm not allowed to trash other banks, but Crestline's advisors are a joke.",
        None,
        "chat",
        None,
    ),
]

CLEAN_8 = [
    (
        "It's rated higher than your profile, so I won't suggest it, even though I know you like it.",
        "FUND",
        "chat",
        "C2",
    ),
    ("Your assessment says moderate, so this isn't the fund I'd put you in.", "FUND", "chat", "C2"),
    ("Even a little of it would be outside your profile, so I'll pass.", "FUND", "chat", "C2"),
    (
        "I won't share client results here; one person's outcome tells you nothing about yours.",
        "FUND",
        "chat",
        None,
    ),
    (
        "Please don't post your balance or account number in the chat; message the bank through the app instead.",
        None,
        "chat",
        None,
    ),
    (
        "Never move a conversation about your account to Instagram or WhatsApp, even with me.",
        None,
        "chat",
        None,
    ),
    (
        "I'm not allowed to help you pick questionnaire answers, and I wouldn't if I could.",
        "FUND",
        "chat",
        None,
    ),
    ("I'm not going to trash other banks; they have good advisors too.", None, "chat", None),
    (
        "If your profile changes and you come back as growth-oriented, we can revisit Osprey then.",
        "FUND",
        "chat",
        "C2",
    ),
    (
        "Osprey isn't available to you at C2; the app won't show it, and I can't override that.",
        "FUND",
        "chat",
        "C2",
    ),
]


VIOLATING = (
    VIOLATING_1
    + VIOLATING_2
    + VIOLATING_3
    + VIOLATING_4
    + VIOLATING_5
    + VIOLATING_6
    + VIOLATING_7
    + VIOLATING_8
)
CLEAN = CLEAN_1 + CLEAN_2 + CLEAN_3 + CLEAN_4 + CLEAN_5 + CLEAN_6 + CLEAN_7 + CLEAN_8


@pytest.mark.parametrize(("code", "text", "product", "kind", "customer"), VIOLATING)
def test_round17_violation_is_reported(
    code: str, text: str, product: str | None, kind: str, customer: str | None
) -> None:
    """Each precision frame of this layer leaves the violations of its category reported."""
    assert code in reported(text, product, kind, customer)


@pytest.mark.parametrize(("text", "product", "kind", "customer"), CLEAN)
def test_round17_clean_text_has_no_finding(
    text: str, product: str | None, kind: str, customer: str | None
) -> None:
    """Refusals, warnings, education, reported advice refuted and figures that are not yields are not claims."""
    assert reported(text, product, kind, customer) == set()
