"""English (US pack), round-10b layer: personal data, hidden conditions, product facts said in words, forecasts,
colloquial certainty, hand-picked periods, urgency and off-channel contact, from rules.md and the register of a
bank RM's live chat — not from any corpus item. Each batch was written before the grammars it tests (first-try
rates below). Violating rows must carry their code; clean rows (hard negatives: refusals, warnings, honest answers,
neutral facts) must get no block or review finding."""

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
WMP3 = {
    "code": "SB365",
    "name": "Summit Balanced 365D",
    "type": "wmp",
    "risk_level": "R3",
    "benchmark_min": 3.0,
    "benchmark_max": 4.2,
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
CD = {
    "code": "CD12",
    "name": "12-Month CD",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 4.1,
    "benchmark_max": 4.1,
    "principal_protected": True,
}
SD = {
    "code": "SD91",
    "name": "Gold-Linked Structured Deposit 91D",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 1.2,
    "benchmark_max": 3.8,
    "principal_protected": True,
}
INS = {
    "code": "AN10",
    "name": "Secure Income Annuity",
    "type": "insurance",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
PRODUCTS = {"FUND": FUND, "WMP": WMP, "WMP3": WMP3, "MMF": MMF, "CD": CD, "SD": SD, "INS": INS, None: None}


def reported(text: str, product: str | None, kind: str = "chat", customer: str | None = None) -> set[str]:
    products = [PRODUCTS[product]] if product else []
    return {
        f.code
        for f in check(text, kind=kind, products=products, customer_risk=customer, pack="us")
        if f.severity in ("block", "review")
    }


PII = "privacy.customer_pii"
HIDDEN = "misleading.hidden_conditions"
FACT = "claim.product_fact_mismatch"
YIELD = "claim.yield_exceeds_benchmark"
RISK = "claim.risk_level_mismatch"
PRED = "performance.prediction"
GUAR = "promise.guaranteed_return"
CHERRY = "performance.cherry_picked"
URGENT = "inducement.urgency_pressure"
OFF = "conduct.off_channel"

# Batch 1: (code, text, product), chat unless the row says otherwise.
VIOLATING_1 = [
    (PII, "Shout-out to Gloria Ramirez on Elm Street — her account ending 8812 just crossed $250k with us!", None),
    (PII, "Kevin Thompson, I can see your balance is sitting at $84,300 — want me to move half into Cedar?", "FUND"),
    (PII, "Drop the last four of your Social in the chat and I'll pull up your file.", None),
    (PII, "To verify you, just type your PIN here and I'll check the holding.", None),
    (PII, "Go ahead and post the six-digit code we texted you right here in the comments.", None),
    (PII, "Big welcome to Denise Walker from Maple Grove, 555-201-7734 — she just opened a position.", None),
    (PII, "Marcus Bell, your card ending in 0457 still has the old address on Birch Lane, let's fix it live.", None),
    (PII, "Can everyone who wants the bonus rate put their full account number below?", None),
    (PII, "Ruth Ann Kessler just told me her portfolio is at three hundred twelve thousand — congrats, Ruth Ann!", None),
    (PII, "What's your social? Type it in and I'll run the eligibility check right now.", None),
    (HIDDEN, "You can pull it out whenever you like, no strings attached.", "WMP"),
    (HIDDEN, "No lock-up to speak of — your cash is there the day you want it.", "WMP3"),
    (HIDDEN, "Surrender charges? Don't worry about those, nobody ever pays them.", "INS"),
    (HIDDEN, "Need the money next month? Just call me and I'll get you out, penalty-free.", "WMP"),
    (HIDDEN, "There are zero fees on Cedar, not a penny comes out of your pocket.", "FUND"),
    (HIDDEN, "Early withdrawal is totally free on this one, take it out any week you want.", "WMP3"),
    (HIDDEN, "It's a one-year product but honestly you can cash out in a couple of weeks if you change your mind.", "WMP3"),
    (HIDDEN, "The annuity is as liquid as your checking account — withdraw anytime.", "INS"),
    (HIDDEN, "No penalties, no lock-in, no catch.", "WMP3"),
    (HIDDEN, "Completely free to get in and free to get out, whenever.", "FUND"),
    (YIELD, "Harbor Income's benchmark runs three point two to three point nine percent.", "WMP"),
    (YIELD, "We're looking at somewhere between four and five percent on this one.", "WMP3"),
    (YIELD, "It can pay up to four and a half percent a year.", "WMP3"),
    (FACT, "The benchmark is two point eight to three point four percent, not a promise of returns.", "WMP"),
    (FACT, "Benchmark: 3.2%–4.2% per year, not a promise of returns.", "WMP3"),
    (FACT, "It's a 90-day product, so you're not tied up for long.", "WMP"),
    (RISK, "It's a low-risk fund, nothing to lose sleep over.", "FUND"),
    (RISK, "Think of Summit as a conservative, low-volatility pick — basically R2 territory.", "WMP3"),
    (RISK, "Risk-wise it's pretty tame, a two out of five.", "FUND"),
    (RISK, "Cedar is on the safer end of the spectrum, low risk really.", "FUND"),
    (PRED, "We'll hit 6% on this by next summer, I'd bet.", "FUND"),
    (PRED, "I reckon Cedar's gonna do eight, maybe nine percent this year.", "FUND"),
    (PRED, "My gut says the market's heading higher into the new year.", None),
    (PRED, "Should be good for something like five percent, give or take.", "FUND"),
    (PRED, "Honestly I think it'll double in the next three years.", "FUND"),
    (PRED, "Rates are coming down in spring, so bond funds are going to pop.", None),
    (PRED, "Expect this one to return around seven percent annually going forward.", "FUND"),
    (PRED, "I'd be surprised if we don't see double digits by December.", "FUND"),
    (GUAR, "Four percent is locked in, you're getting it no matter what.", "FUND"),
    (GUAR, "That three and a half percent is money in the bank.", "WMP3"),
    (GUAR, "The return's in the bag — you can plan around it.", "FUND"),
    (GUAR, "Consider the 5% a done deal.", "FUND"),
    (GUAR, "You will definitely get your 3.8% this year.", "WMP3"),
    (GUAR, "It's a lock: six percent, every year.", "FUND"),
    (CHERRY, "Our best month this year was up 3%, which annualizes to over 40%!", "FUND"),
    (CHERRY, "If you'd gotten in at the March low, you'd be up 38% today.", "FUND"),
    (CHERRY, "Look at its sister fund, the Cedar Tech fund — up 52% last year.", "FUND"),
    (CHERRY, "Over the last seven days it's yielding an annualized 5.2%.", "WMP"),
    (CHERRY, "Since the October bottom it's returned 27%. Past performance is not indicative of future results.", "FUND"),
    (CHERRY, "Q2 alone it did 11% — that's the number to remember.", "FUND"),
    (URGENT, "Only a few slots left at this rate, so lock it in before midnight.", "WMP"),
    (URGENT, "Window slams shut Friday — don't be the one who missed it.", "WMP"),
    (URGENT, "Seriously, if you're on the fence, get off it tonight.", "FUND"),
    (URGENT, "Allocation is almost gone, I'd move fast.", "WMP3"),
    (URGENT, "This price won't last, the clock is ticking.", "FUND"),
    (OFF, "Hit me up on WhatsApp and I'll walk you through it privately.", None),
    (OFF, "Text me at my cell, 555-310-8821, easier than the app.", None),
    (OFF, "Shoot the deposit over by Zelle to me and I'll place the order.", None),
    (OFF, "Let's take this to Telegram where compliance isn't watching.", None),
    (OFF, "Email me at my gmail, jrivera.money at gmail dot com, for the deck.", None),
    (OFF, "DM me on Insta for the real numbers.", None),
    (OFF, "Add me on W h a t s A p p, same name as here.", None),
    (OFF, "Venmo me the fee and I'll waive the paperwork.", None),
]

CLEAN_1 = [
    ("Please never post your account number, SSN or one-time codes in this chat — we will never ask for them.", None),
    ("Thanks to everyone who joined tonight; account questions go through the secure message center in the app.", None),
    ("A viewer asked whether the app PIN is the same as the debit card PIN — it isn't, and don't share either.", None),
    ("If you get a call asking for your verification code, hang up — that's a scam.", None),
    ("The account minimum is $1,000 and statements show your balance monthly.", "FUND"),
    ("This one has a 180-day holding period; you can't redeem before it ends.", "WMP"),
    ("Surrender charges apply in the first seven years, starting at 7% and stepping down.", "INS"),
    ("There's a 1% redemption fee if you sell within 90 days, and a 0.85% expense ratio.", "FUND"),
    ("If you might need the cash soon, this isn't the right product — the money is locked for the full term.", "WMP3"),
    ("Some people think you can pull it out whenever; you can't, it's locked until maturity.", "WMP3"),
    ("The money market fund lets you redeem any business day.", "MMF"),
    ("The benchmark is 2.6% to 3.4% a year; it is not a promise and not the actual return.", "WMP"),
    ("Summit is rated R3, medium risk, and it can lose money.", "WMP3"),
    ("Cedar is an R4 fund — higher risk, and it can drop sharply.", "FUND"),
    ("Low-risk investors should look at the money market fund instead of Cedar.", "FUND"),
    ("Harbor Income is a 180-day product rated R2.", "WMP"),
    ("We don't make forecasts about where the market's going.", None),
    ("Nobody can tell you what Cedar will return next year, including me.", "FUND"),
    ("Last year Cedar returned 9.1%; past performance doesn't guarantee future results.", "FUND"),
    ("The fund will hold 60 to 80 stocks and rebalance quarterly.", "FUND"),
    ("I'll hit the slides next, then we'll take questions.", None),
    ("Nothing here is locked in; the return moves with the market.", "FUND"),
    ("The CD rate is locked in at 4.10% APY for twelve months.", "CD"),
    ("The structured deposit guarantees the 1.2% floor; anything above that depends on gold.", "SD"),
    ("Returns aren't guaranteed, and you could end the year down.", "FUND"),
    (
        "Here are the 1-, 5- and 10-year returns, plus the worst year, 2022, when it lost 18%. Past performance "
        "doesn't guarantee future results.",
        "FUND",
    ),
    ("We show the full calendar-year record, best and worst years included.", "FUND"),
    ("The subscription period runs from March 3 to March 14.", "WMP"),
    ("Take your time; read the prospectus and talk to family before deciding.", "FUND"),
    ("There's no deadline pressure here — the fund is open every business day.", "FUND"),
    ("Please use the secure message center in the app; I can't discuss accounts on WhatsApp or text.", None),
    ("We never ask for payment via Zelle or Venmo — only through your account.", None),
    ("Our official support number is on the back of your card.", None),
]


@pytest.mark.parametrize(("code", "text", "product"), VIOLATING_1)
def test_first_batch_violating(code, text, product):
    assert code in reported(text, product)


@pytest.mark.parametrize(("text", "product"), CLEAN_1)
def test_first_batch_clean(text, product):
    assert not reported(text, product)
