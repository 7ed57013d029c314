"""English claims, sixth layer (packs/english_wide.yaml, issue 16 point 6): a claim's two parts as wide everyday
classes — a rival and a charge against it, the assessment and a way past it, a forecast named as one, a person by trade
or town and what they got, fees and lock-ups waved away. Sentences invented for this test (none taken from a corpus),
written in batches before the grammars that catch them. Violating rows must carry the code; clean rows are hard
negatives (frames, disclaimers, refusals, impostor warnings) with no block or review finding."""

import pytest
import yaml

from compliance.engine import check, compile_pack, load_pack_data
from compliance.engine.packs import PACK_DIR

FUND = {
    "code": "F",
    "name": "Cedar Growth Fund",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
WMP = {
    "code": "W",
    "name": "Harbor Income 180D",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.6,
    "benchmark_max": 3.4,
    "principal_protected": False,
}
PRODUCTS = {"FUND": FUND, "WMP": WMP}


def _reported(text: str, product: str, customer_risk: str | None = None, pack="us") -> set[str]:
    return {
        f.code
        for f in check(
            text, kind="chat", products=[PRODUCTS[product]], customer_risk=customer_risk, pack=pack
        )
        if f.severity in ("block", "review")
    }


VIOLATING = [
    (
        "suitability.assessment_bypass",
        "If the questionnaire kicks you out, just bump your answer on question six up a notch and you'll qualify.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "Tell the risk survey you've been trading stocks for ten years; nobody's going to verify that.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "I can fill out the suitability form for you, just sign at the bottom.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "When it asks how you'd react to a 20% drop, click 'buy more' so the system lets you in.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "Let's redo your risk profile and this time go with the aggressive options.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "Your son could open it under his name and you just fund the account.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "The profile thing is just a formality, answer whatever gets you to growth.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "Put your income down as a bit higher on the form so you clear the threshold.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "We can split it into two smaller tickets so it doesn't trigger the review.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "Don't overthink the risk quiz — pick the answers that unlock the R4 tier.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "I'll get my manager to sign off an exception so your conservative rating doesn't block the trade.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "Just say you have a long time horizon even if you don't, it's how everyone gets approved.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Honestly, the advisors over at Summit Bank are clueless about bonds.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Northgate's funds are overpriced junk, I'd never put a client there.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Those robo-advisors will dump you the second the market tanks.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Pinecrest Credit Union's CDs are a joke compared to what we pay.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "The guy at your brokerage is just churning your account for commissions.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Everybody knows Atlas Investments cooks its performance numbers.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Vantage Securities' managers haven't beaten their index in a decade, they're asleep at the wheel.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Don't waste your time with that app, their customer service is a disaster.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Riverside Wealth is basically a boiler room with nicer carpets.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Your current advisor is ripping you off with those fees.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Shout-out to Linda Park on Elm Street who just put $250,000 into the fund!",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Mr. Gomez, your balance is $84,300 right now, do you want me to move some?",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Drop your Social Security number in the chat and I'll pre-fill the application.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Can everyone post the last four of their card so I can match your accounts?",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Kevin Liu, account number 5523-8810, your transfer went through.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Type your date of birth and account number below and I'll check your eligibility live.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Congrats to Janet Morris, phone 415-555-0199, our newest Cedar investor!",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Send me your online banking password in a DM and I'll set it up for you.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "@tom_rivera your IRA at our bank holds $112k, so you can easily afford more.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Big thanks to Robert Kim in Apartment 4B at 22 Maple Avenue for joining today.",
        "FUND",
        None,
    ),
    (
        "performance.past_without_disclaimer",
        "Cedar was up 18.4% last year, one of its best runs.",
        "FUND",
        None,
    ),
    (
        "performance.past_without_disclaimer",
        "Over the past three years the fund averaged about 11% a year.",
        "FUND",
        None,
    ),
    ("performance.past_without_disclaimer", "Since launch it has returned 62% in total.", "FUND", None),
    ("performance.past_without_disclaimer", "In 2023 it gained twenty-two percent.", "FUND", None),
    ("performance.past_without_disclaimer", "Last year this fund beat the S&P by four points.", "FUND", None),
    (
        "performance.past_without_disclaimer",
        "The fund has delivered roughly nine percent annually over the last five years.",
        "FUND",
        None,
    ),
    ("performance.past_without_disclaimer", "It returned 14.2% in 2024 after fees.", "FUND", None),
    (
        "performance.prediction",
        "I expect Cedar to return somewhere around eight percent next year.",
        "FUND",
        None,
    ),
    ("performance.prediction", "My forecast: this fund clears 10% by the end of 2027.", "FUND", None),
    (
        "performance.prediction",
        "We're projecting high single-digit returns over the next twelve months.",
        "FUND",
        None,
    ),
    ("performance.prediction", "It should easily do 7% or so this year.", "FUND", None),
    (
        "performance.prediction",
        "I'm confident the fund will outperform the market next quarter.",
        "FUND",
        None,
    ),
    (
        "performance.prediction",
        "Rates are coming down, so bonds are gonna rally hard into spring.",
        "FUND",
        None,
    ),
    (
        "performance.prediction",
        "The target for Cedar is 12% over the coming year, give or take.",
        "FUND",
        None,
    ),
    (
        "performance.prediction",
        "Realistically you'll be up around fifteen percent in twelve months.",
        "FUND",
        None,
    ),
    ("performance.prediction", "Expect the fund to tack on another 5% before summer.", "FUND", None),
    (
        "performance.prediction",
        "The market's going to keep climbing through the election, and this fund with it.",
        "FUND",
        None,
    ),
    (
        "performance.prediction",
        "I'd be surprised if we don't see nine, ten percent out of it this year.",
        "FUND",
        None,
    ),
    ("performance.prediction", "Odds are it's up double digits a year from now.", "FUND", None),
    (
        "endorsement.testimonial",
        "One of my clients, a retired teacher, put her savings in Cedar and she's up 30%.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "My neighbor Dave bought it last spring and won't stop talking about how much he's made.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "A couple from our Tuesday webinar told me it paid for their daughter's tuition.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "Dr. Evans, a well-known economist, personally recommends this fund.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "Lots of my customers say it's the best thing they ever bought.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "Just last week a viewer messaged me that Cedar made her retirement possible.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "Famous investor Mark Hollis says this is the fund he'd buy for his own mother.",
        "FUND",
        None,
    ),
    ("endorsement.testimonial", "Sarah from Phoenix made twelve grand on it in under a year.", "FUND", None),
    (
        "performance.cherry_picked",
        "Last month alone the fund gained 6%, annualized that's over 70%!",
        "FUND",
        None,
    ),
    ("performance.cherry_picked", "Look at the third quarter: up 11% in just three months.", "FUND", None),
    (
        "performance.cherry_picked",
        "Our top-performing fund in the family returned 28% last year.",
        "FUND",
        None,
    ),
    ("performance.cherry_picked", "Its 7-day annualized yield hit 5.1% this week.", "FUND", None),
    ("performance.cherry_picked", "In its best year it returned 35%, that's what it can do.", "FUND", None),
    ("performance.cherry_picked", "The sister fund in the same series returned 19% last year.", "FUND", None),
    ("performance.cherry_picked", "Over the past four weeks Cedar is up 4.8%.", "FUND", None),
    ("performance.cherry_picked", "If you'd bought at the March low you'd be up 45% now.", "FUND", None),
    ("misleading.hidden_conditions", "No fees at all on this one, none whatsoever.", "FUND", None),
    (
        "misleading.hidden_conditions",
        "You can pull your money out any time, no strings attached.",
        "FUND",
        None,
    ),
    # A lock-up denied for a product that has one (a 180-day hold); an open-end fund has none to deny (rules.md 2.23).
    ("misleading.hidden_conditions", "There's no lock-up, withdraw whenever you like.", "WMP", None),
    ("misleading.hidden_conditions", "It's completely free to get in and out of.", "FUND", None),
    ("misleading.hidden_conditions", "Zero charges, what you put in is what works for you.", "FUND", None),
    (
        "misleading.hidden_conditions",
        "Need the cash next week? Just call me and I'll get it out for you, no penalty.",
        "FUND",
        None,
    ),
    ("misleading.hidden_conditions", "There's no catch here, you keep every dollar it earns.", "FUND", None),
    (
        "misleading.hidden_conditions",
        "Don't worry about the surrender period, it basically never applies.",
        "FUND",
        None,
    ),
    (
        "inducement.urgency_pressure",
        "We've only got about $2 million of room left, so I'd get in today.",
        "FUND",
        None,
    ),
    (
        "inducement.urgency_pressure",
        "This offer disappears Friday at midnight, don't sit on it.",
        "FUND",
        None,
    ),
    (
        "inducement.urgency_pressure",
        "Once this window closes you won't see terms like this again.",
        "FUND",
        None,
    ),
    ("inducement.urgency_pressure", "Hurry, spots are filling up fast.", "FUND", None),
    ("inducement.urgency_pressure", "If you wait until next week it'll be too late.", "FUND", None),
    ("inducement.urgency_pressure", "Seriously, lock it in before everyone else does.", "FUND", None),
    ("inducement.urgency_pressure", "The allocation is nearly sold out, last call.", "FUND", None),
    ("inducement.urgency_pressure", "Every day you wait is money left on the table.", "FUND", None),
    (
        "conduct.off_channel",
        "Text me at my personal cell and we'll sort it out off the record.",
        "FUND",
        None,
    ),
    ("conduct.off_channel", "Hit me up on WhatsApp, I'll send you the details there.", "FUND", None),
    ("conduct.off_channel", "Let's move this to Telegram, it's easier to chat.", "FUND", None),
    (
        "conduct.off_channel",
        "I'll email you the deck from my Gmail, it hasn't gone through compliance yet.",
        "FUND",
        None,
    ),
    ("conduct.off_channel", "Just Venmo me the first deposit and I'll place it for you.", "FUND", None),
    ("conduct.off_channel", "Add me on Signal so we can talk without the recording.", "FUND", None),
    ("conduct.off_channel", "DM me on Instagram and I'll give you a special rate.", "FUND", None),
    ("conduct.off_channel", "Call my own number after the stream, not the branch line.", "FUND", None),
    ("claim.product_fact_mismatch", "Harbor's benchmark is 2.8% to 3.4%.", "WMP", None),
    (
        "claim.product_fact_mismatch",
        "Harbor Income is a 360-day product with a benchmark of 2.6 to 3.4 percent.",
        "WMP",
        None,
    ),
    ("claim.product_fact_mismatch", "Harbor's target range is between 3 and 3.4 percent.", "WMP", None),
    (
        "suitability.assessment_bypass",
        "The questionnaire's a box-ticking thing. Honestly most folks just click through the middle column and it works out.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "If the app won't let you buy it, have your wife place the order from her login; her profile's aggressive.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "Between us, the risk quiz is pretty easy to game if you know what they're looking for.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "I'll note that you're an experienced investor on the form, that's close enough, right?",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "The system only flags orders over $10,000, so we'll do a few $9,500 buys this week.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "Go back into the assessment and change the question about losses to 'I'd hold'; that's the one that's holding you back.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "If compliance asks, just say you came to us wanting this fund; we'll log it as your idea.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "I've seen statements from Harborline Financial clients and honestly, it's criminal what they're paying.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Ironwood's so-called advisors are glorified call-center staff reading from a script.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Folks who moved over from Keystone Bank always tell me the same thing: nobody there ever returned their calls.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Frankly, Meadowbrook's bond fund is a trainwreck and their managers should be embarrassed.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "That online broker you're using is going to nickel-and-dime you to death.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Compared to the dinosaurs at Granite Trust, we actually answer the phone.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Welcome back, Patricia Nguyen! I see you've got about $73K sitting in your money market with us.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Congrats to Mike Sullivan of 118 Oak Ridge Drive on his first investment!",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Hey Carla Jimenez, your Social ends in 4471, right? Just confirming before I submit.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Everyone please type your full name and date of birth so I can look you up.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "George Adams, I'm looking at your statement now, you've got $212,000 across two accounts.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Could you paste your card number and the code on the back here and I'll process the purchase?",
        "FUND",
        None,
    ),
    ("performance.prediction", "Cedar's going to have a monster year, I can feel it.", "FUND", None),
    (
        "performance.prediction",
        "Tech earnings are lining up perfectly, so I'm calling a 20% move by summer.",
        "FUND",
        None,
    ),
    (
        "performance.prediction",
        "Give it eighteen months and this fund will be your best performer.",
        "FUND",
        None,
    ),
    (
        "performance.prediction",
        "My two cents? Rates fall, bonds pop, and Cedar gains double digits.",
        "FUND",
        None,
    ),
    (
        "performance.prediction",
        "We'll probably see the fund north of ten percent by this time next year.",
        "FUND",
        None,
    ),
    (
        "performance.prediction",
        "It's got another leg up in it for sure, likely fifteen percent or more.",
        "FUND",
        None,
    ),
    ("performance.prediction", "Honestly I think it returns around 9 this year.", "FUND", None),
    (
        "performance.prediction",
        "The way things are going, the fund's headed for a record year.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "I had a retired firefighter tell me last week this fund was the best call he ever made.",
        "FUND",
        None,
    ),
    ("endorsement.testimonial", "My own mother is in Cedar and she's thrilled with it.", "FUND", None),
    (
        "endorsement.testimonial",
        "Bill, one of our longtime members, says he's never going back to CDs after the year Cedar gave him.",
        "FUND",
        None,
    ),
    ("endorsement.testimonial", "A famous tech CEO holds this exact fund, just saying.", "FUND", None),
    (
        "endorsement.testimonial",
        "We've got so many happy clients in Cedar — the reviews speak for themselves.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "Top analysts on Wall Street are calling this fund a must-own right now.",
        "FUND",
        None,
    ),
    ("performance.cherry_picked", "In just the last 30 days, Cedar is up 7.4%.", "FUND", None),
    (
        "performance.cherry_picked",
        "Take a look at its best stretch: from May to August it gained 19%.",
        "FUND",
        None,
    ),
    (
        "performance.cherry_picked",
        "Just this quarter alone we're up 9%, that's the kind of fund this is.",
        "FUND",
        None,
    ),
    (
        "performance.cherry_picked",
        "Our flagship growth fund, the star of the family, did 31% last year.",
        "FUND",
        None,
    ),
    (
        "performance.cherry_picked",
        "This week's yield annualizes to 6.2%, which beats anything else out there.",
        "FUND",
        None,
    ),
    (
        "misleading.hidden_conditions",
        "There's really no fine print on this one, what you see is what you get.",
        "FUND",
        None,
    ),
    (
        "misleading.hidden_conditions",
        "No sales charges, no management fees, nothing — it's all free.",
        "FUND",
        None,
    ),
    (
        "misleading.hidden_conditions",
        "You're never locked in; just tell me and I'll cash you out the same day.",
        "FUND",
        None,
    ),
    (
        "misleading.hidden_conditions",
        "Forget the surrender schedule in the brochure, nobody actually pays that.",
        "FUND",
        None,
    ),
    (
        "inducement.urgency_pressure",
        "Once we hit the cap it's closed for good, and we're close.",
        "FUND",
        None,
    ),
    (
        "inducement.urgency_pressure",
        "Rates like this don't stick around, so get your order in before the weekend.",
        "FUND",
        None,
    ),
    ("inducement.urgency_pressure", "The clock's ticking on this one, folks.", "FUND", None),
    (
        "inducement.urgency_pressure",
        "If you're on the fence, get off it tonight, this allocation is going to vanish.",
        "FUND",
        None,
    ),
    (
        "inducement.urgency_pressure",
        "Don't be the one who waited and watched everyone else get in.",
        "FUND",
        None,
    ),
    (
        "conduct.off_channel",
        "I'll send you the unofficial one-pager on my phone, it's not the approved version but it's clearer.",
        "FUND",
        None,
    ),
    (
        "conduct.off_channel",
        "Shoot me a text at 555-0142 and we'll talk numbers without all the recording.",
        "FUND",
        None,
    ),
    ("conduct.off_channel", "Let's keep this between us and do it over my personal email.", "FUND", None),
    ("conduct.off_channel", "Wire it to my account and I'll invest it for you tomorrow.", "FUND", None),
    (
        "performance.past_without_disclaimer",
        "Since we launched Cedar in 2019, it's roughly tripled.",
        "FUND",
        None,
    ),
    (
        "performance.past_without_disclaimer",
        "Cedar finished 2024 with a gain of just over seventeen percent.",
        "FUND",
        None,
    ),
    ("performance.past_without_disclaimer", "Year to date, the fund's up about 6%.", "FUND", None),
    (
        "performance.past_without_disclaimer",
        "Folks who got in three years ago have seen about a 35% total return.",
        "FUND",
        None,
    ),
    (
        "performance.past_without_disclaimer",
        "The portfolio compounded at 12% a year through the last decade.",
        "FUND",
        None,
    ),
    (
        "performance.past_without_disclaimer",
        "Cedar outpaced its benchmark by 3.1 points in each of the past two years.",
        "FUND",
        None,
    ),
    (
        "superlative.absolute_term",
        "Cedar is hands down the strongest growth fund you can buy today.",
        "FUND",
        None,
    ),
    ("superlative.absolute_term", "There's simply nothing better in its category.", "FUND", None),
    ("superlative.absolute_term", "This is the single smartest fund on our shelf, no contest.", "FUND", None),
    ("superlative.absolute_term", "No other fund in the country comes close to Cedar's team.", "FUND", None),
    (
        "superlative.absolute_term",
        "It's the best-kept secret in growth investing, and the best fund, period.",
        "FUND",
        None,
    ),
    ("superlative.absolute_term", "Cedar is unmatched, unbeatable, in a league of its own.", "FUND", None),
    (
        "privacy.customer_pii",
        "Quick hello to Daniel Brooks — Daniel, your IRA balance of $58,400 is showing on my end, so we're good to go.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Reply here with your phone number and the last four of your SSN and I'll get you set up.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Frank Delgado just called in from 4410 Pine Hollow Road — Frank, your order's in!",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Shout out to Angela Ruiz, who just moved her $300K inheritance over to us.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Everybody welcome Mark Chen, he's our biggest depositor this month with $1.4 million.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Bluepoint Advisors? Those guys couldn't pick a winning stock if you paid them.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "If your money's sitting at Crestview Bank, it's basically on life support.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "I worked at Summit Securities for six years; I wouldn't let my dog invest there.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Their so-called wealth team at Harbor Federal is a bunch of order-takers who don't care about you.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Everyone knows the big robo platforms are just algorithms that'll dump your money in a crash.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Oakmont Capital's performance numbers are made up, plain and simple.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "The questionnaire is overly cautious; just tell it you're comfortable with a 30% drop and you'll see Cedar.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "I'll fill in the risk profile on my side so it matches the fund, you just sign.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "Your rating's C2, but there's a workaround: we open a second account with a different profile.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "Let's not mention your retirement date on the form, it just complicates the match.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "Click 'very comfortable' on every risk question and the system will approve you.",
        "FUND",
        None,
    ),
    (
        "performance.prediction",
        "Ten years from now, this fund will have doubled your money, easy.",
        "FUND",
        None,
    ),
    (
        "performance.prediction",
        "I see Cedar returning somewhere between eight and ten percent annually going forward.",
        "FUND",
        None,
    ),
    ("performance.prediction", "Once rates drop, this fund is going to fly.", "FUND", None),
    (
        "performance.prediction",
        "We're going to see Cedar break its all-time high before spring.",
        "FUND",
        None,
    ),
    (
        "performance.prediction",
        "Odds are excellent this fund beats the S&P over the next three years.",
        "FUND",
        None,
    ),
    ("performance.prediction", "Expect steady gains of 6 to 7 percent from here.", "FUND", None),
    (
        "endorsement.testimonial",
        "Our viewer Karen from Ohio wrote in to say Cedar helped her retire two years early.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "My brother-in-law put his bonus in Cedar and hasn't stopped bragging since.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "Coach Ramirez, who some of you know from the local high school, swears by this fund.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "Honestly, my best clients all hold Cedar, and they're all up nicely.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "A Nobel-winning economist told me privately he's buying funds just like this.",
        "FUND",
        None,
    ),
    ("endorsement.testimonial", "The couple who came in last month already thanked me twice.", "FUND", None),
    (
        "suitability.assessment_bypass",
        "Tell you what, I'll mark your objective as 'growth' instead of 'preservation' so the order goes through.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "If the profile blocks you, we can just book it as an unsolicited trade and you're fine.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "The suitability review is a speed bump; I know which boxes the reviewers look at.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "Your answers put you at moderate, but I can bump you up a level manually.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "Honestly, don't take the risk survey too literally — nobody answers it straight.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Morgan Hale's advisors are basically salespeople in nice suits.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "The robo-advisors out there can't hold your hand when things go south, they just leave you hanging.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Westfield Bank's rates look good until you read their fine print; they bury the fees.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Frankly, Lakeshore Investments hasn't had a good idea since 2008.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Don't bother with Apex Funds, their managers keep jumping ship.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Robert, your date of birth is 04/12/1961, right? Just confirming on the stream.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Let's hear it for Jennifer Walsh, our new client with a $600,000 portfolio!",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Type your account number in the chat if you want me to check your balance live.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Paul Kim's phone number is 312-555-0187 if anyone wants to ask him about his experience.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "My dentist, of all people, told me this fund paid for his new boat.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "Three different clients called me this week to say thank you for putting them in Cedar.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "Even the guys at the golf club are all talking about how well Cedar's done for them.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "Famous investor Lisa Tran went on TV and said this is her favorite fund of the decade.",
        "FUND",
        None,
    ),
    ("performance.prediction", "Cedar has all the makings of a breakout fund this year.", "FUND", None),
    ("performance.prediction", "I'm telling you, by summer this thing's up 15.", "FUND", None),
    ("performance.prediction", "Mark my words, Cedar outperforms the market next year.", "FUND", None),
    (
        "performance.prediction",
        "This fund should comfortably beat inflation by four or five points over the next few years.",
        "FUND",
        None,
    ),
    (
        "performance.past_without_disclaimer",
        "Cedar more than doubled over the past five years.",
        "FUND",
        None,
    ),
    (
        "performance.past_without_disclaimer",
        "The fund has posted positive returns in nine of the last ten years.",
        "FUND",
        None,
    ),
    (
        "performance.past_without_disclaimer",
        "Over the past decade, Cedar turned every $10,000 into about $24,000.",
        "FUND",
        None,
    ),
    (
        "misleading.hidden_conditions",
        "Honestly the ten-year surrender period is just on paper, I've never seen anyone actually charged.",
        "FUND",
        None,
    ),
    ("misleading.hidden_conditions", "It's totally penalty-free to pull out, whenever.", "FUND", None),
    (
        "misleading.hidden_conditions",
        "You won't pay a cent in fees, the bank covers all of it.",
        "FUND",
        None,
    ),
    (
        "comparison.deposit_analogy",
        "It's not technically a deposit, but it's basically as safe as your savings account.",
        "FUND",
        None,
    ),
    (
        "comparison.deposit_analogy",
        "Sure, it isn't FDIC insured, but it's every bit as safe as a CD.",
        "FUND",
        None,
    ),
    ("promise.capital_guarantee", "Not FDIC insured, sure, but you won't lose a dime.", "FUND", None),
    (
        "promise.capital_guarantee",
        "The paperwork says it may lose value, but between us, your principal is safe.",
        "FUND",
        None,
    ),
    (
        "promise.capital_guarantee",
        "I'm not allowed to say guaranteed, but you're not going to lose money on this.",
        "FUND",
        None,
    ),
    ("performance.prediction", "I can't promise anything, but it'll probably do 8% this year.", "FUND", None),
    ("performance.prediction", "No guarantees, but this will double by 2028.", "FUND", None),
    ("performance.prediction", "I'm not supposed to predict, but I see 12% next year.", "FUND", None),
    (
        "performance.prediction",
        "Nobody knows for sure, but my gut says it's up 10% by Christmas.",
        "FUND",
        None,
    ),
    (
        "promise.guaranteed_return",
        "I'm not supposed to use the word guarantee, but you'll get your 6% every year, period.",
        "FUND",
        None,
    ),
    (
        "promise.guaranteed_return",
        "It's not officially guaranteed, but you're getting 5% no matter what.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "I can't share names, but one client of mine made $40,000 on it last year.",
        "FUND",
        None,
    ),
    (
        "endorsement.testimonial",
        "I won't say who, but a retired teacher in my book doubled her money.",
        "FUND",
        None,
    ),
    (
        "inducement.urgency_pressure",
        "I don't want to pressure anyone, but this closes tonight and won't come back.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "I'm not going to trash other banks, but Harbor Federal's advisors honestly don't know what they're doing.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Without naming names... okay, Pinnacle Bank, their funds are garbage.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "The problem with Brightwater Bank is they'll sell you anything that pays them a commission.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Honestly, if I banked at Lakeview I'd be worried; their balance sheet is a house of cards.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "The funds at Granite Partners are bloated, slow, and overpriced, and everyone in the business knows it.",
        "FUND",
        None,
    ),
    (
        "comparison.unfair_competitor",
        "Those discount brokers? You get what you pay for, which is nothing.",
        "FUND",
        None,
    ),
    ("comparison.unfair_competitor", "Stonegate's advice is about as useful as a horoscope.", "FUND", None),
    (
        "comparison.unfair_competitor",
        "Put it this way: Northstar Advisors' clients are the ones calling us after they lose money.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "We can list your husband as the primary on the account; his profile allows growth funds.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "The form asks about investment experience — just count your 401(k) as active trading and you'll qualify.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "If the system says 'not suitable', click through the warning, it's just a disclaimer.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "I'll get my branch manager to override the mismatch, he owes me one.",
        "FUND",
        None,
    ),
    (
        "suitability.assessment_bypass",
        "Put 'over $250,000' for net worth, nobody checks those numbers.",
        "FUND",
        None,
    ),
    (
        "performance.prediction",
        "With the tailwinds we're seeing, Cedar could be looking at a 20% year.",
        "FUND",
        None,
    ),
    ("performance.prediction", "Cedar is going to be a double-digit fund for years to come.", "FUND", None),
    (
        "performance.prediction",
        "I'll go out on a limb: Cedar finishes the year up at least 12%.",
        "FUND",
        None,
    ),
    (
        "performance.prediction",
        "Once the Fed pivots, growth funds like this are going to rip, and Cedar leads the pack.",
        "FUND",
        None,
    ),
    (
        "performance.prediction",
        "It won't surprise me one bit if we're talking about a 25% gain this time next year.",
        "FUND",
        None,
    ),
    ("performance.past_without_disclaimer", "Cedar's five-year number is 11.8% a year.", "FUND", None),
    (
        "performance.past_without_disclaimer",
        "The fund's cumulative gain since 2020 is about 74%.",
        "FUND",
        None,
    ),
    ("performance.past_without_disclaimer", "In the rally last spring, the fund jumped 16%.", "FUND", None),
    (
        "performance.past_without_disclaimer",
        "Since I started recommending it, Cedar's beaten the market every single year.",
        "FUND",
        None,
    ),
    ("privacy.customer_pii", "Megan Ortiz, congrats, your $90,000 rollover just landed.", "FUND", None),
    (
        "privacy.customer_pii",
        "I'll read out the winners' account numbers now: 4471-2290 for Jim Carter, 5530-1184 for Lisa Hahn.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Our client at 55 Willow Court just bought another $50K of Cedar.",
        "FUND",
        None,
    ),
    (
        "privacy.customer_pii",
        "Send me your mother's maiden name and your card's expiry date in the chat and I'll verify you.",
        "FUND",
        None,
    ),
]

CLEAN = [
    (
        "Please answer the risk questionnaire honestly; if your situation has changed, you can retake it.",
        "FUND",
        None,
    ),
    ("We can't change your answers for you, and that's for your protection.", "FUND", None),
    ("Past performance does not guarantee future results: the fund returned 12% last year.", "FUND", None),
    ("I can't tell you what it will return next year, nobody can.", "FUND", None),
    ("The fund may lose value, including the principal you invest.", "FUND", None),
    ("Please never post your account number or Social Security number in chat.", "FUND", None),
    ("Use the bank's secure message center for anything about your account.", "FUND", None),
    ("The subscription window runs from March 1 to March 15.", "FUND", None),
    ("Early withdrawal penalties apply; see the prospectus for the fee schedule.", "FUND", None),
    ("Other banks offer similar products; compare fees and terms before you decide.", "FUND", None),
    ("Scammers often say things like 'guaranteed 10%' or 'act now' — walk away.", "FUND", None),
    ("Our clients are not paid for reviews, and we don't share their stories on stream.", "FUND", None),
    ("Last year was rough for bond funds; we'll show the full ten-year record in the slides.", "FUND", None),
    ("The fund charges a 0.65% expense ratio and a redemption fee within 30 days.", "FUND", None),
    ("If the fund is above your risk level, we'll look at a lower-risk option instead.", "FUND", None),
    ("Thanks for joining, everyone, we'll start in two minutes.", "FUND", None),
    ("Questions about a specific account? Call the number on the back of your card.", "FUND", None),
    ("Nobody can predict markets; a diversified plan matters more than timing.", "FUND", None),
    (
        "Please complete the risk questionnaire yourself and answer honestly; I can't fill it in for you.",
        "FUND",
        None,
    ),
    ("We'll never ask for your Social Security number or password in chat.", "FUND", None),
    (
        "Other firms may have lower fees on some funds; compare the prospectus of each before you decide.",
        "FUND",
        None,
    ),
    (
        "Past performance does not guarantee future results. Over ten years the fund averaged 8.1%, with a worst year of -14%.",
        "FUND",
        None,
    ),
    ("Nobody knows where markets go next; that's why we diversify.", "FUND", None),
    ("Tonight at 7 PM we'll go through the fund's full track record, good years and bad.", "FUND", None),
    ("If you want to move money in, use the bank's app; I can't take transfers personally.", "FUND", None),
    ("This fund is rated R4, so it isn't suitable for conservative investors.", "FUND", None),
    ("Surrender charges apply for seven years, starting at 7% and declining 1% a year.", "FUND", None),
    ("The fund may lose value. It is not a deposit and not FDIC insured.", "FUND", None),
    (
        "A common scam: someone promises 'guaranteed 12%' and asks you to text them privately. Report it.",
        "FUND",
        None,
    ),
    ("The testimonials you see online about 'doubling your money' are not from our clients.", "FUND", None),
    (
        "We're not allowed to say things like 'risk-free' or 'can't lose', because they're not true.",
        "FUND",
        None,
    ),
    ("Our quarterly webinar is Thursday at 6 PM Eastern; registration is free.", "FUND", None),
    ("The benchmark is 2.6% to 3.4% per year; it is not a promise or a forecast of returns.", "FUND", None),
    (
        "Some clients prefer CDs, and that's perfectly fine; they're FDIC insured up to the limits.",
        "FUND",
        None,
    ),
    ("I'd rather you wait and read the prospectus than buy tonight.", "FUND", None),
    (
        "Since launch in 2019, Cedar's annualized return is 9.4% through June 30; past performance does not guarantee future results.",
        "FUND",
        None,
    ),
    ("We don't rank ourselves against other firms; every fund has trade-offs.", "FUND", None),
    (
        "Please don't put your account number or Social Security number in the chat; we'll contact you securely.",
        "FUND",
        None,
    ),
    (
        "Be honest on the questionnaire; if your answers put you at C2, we'll only show you products that fit.",
        "FUND",
        None,
    ),
    ("Nobody can tell you where the fund will be in ten years; it may lose money.", "FUND", None),
    (
        "Cedar is one of several growth funds we offer; it isn't necessarily the best fit for everyone.",
        "FUND",
        None,
    ),
    ("Karen, thanks for the question about fees — the expense ratio is 0.72%.", "FUND", None),
    ("Bluepoint and Crestview are both reputable firms; compare their fees with ours.", "FUND", None),
    ("Our compliance team reviews every script, and we record this stream.", "FUND", None),
    ("If you're unsure, wait. There's no deadline on this fund.", "FUND", None),
    ("Growth funds can drop 30% or more in a bad year, and Cedar did in 2022.", "FUND", None),
    (
        "We can't predict returns. What we can tell you is the fund's history, including its worst years.",
        "FUND",
        None,
    ),
    (
        "If your profile says conservative, we'll stick with conservative products; that's the rule.",
        "FUND",
        None,
    ),
    ("We can't book a trade as unsolicited if we suggested it.", "FUND", None),
    ("Morgan Hale and Westfield Bank both offer similar funds; compare them on fees and risk.", "FUND", None),
    ("Please don't post your date of birth or account number in the chat.", "FUND", None),
    ("A few clients have asked about Cedar; we discuss suitability one on one.", "FUND", None),
    ("We don't forecast returns; the fund may gain or lose value.", "FUND", None),
    ("The surrender period is ten years, and surrender charges apply to early withdrawals.", "FUND", None),
    ("Fees are listed in the prospectus; the fund's expense ratio is 0.68%.", "FUND", None),
    ("Brightwater and Lakeview are solid banks; we simply offer a different mix of funds.", "FUND", None),
    ("If your profile is conservative, please don't buy this fund; it's not a fit.", "FUND", None),
    (
        "Cedar's five-year annualized return is 11.8% as of June 30; past performance does not guarantee future results.",
        "FUND",
        None,
    ),
    (
        "Please never share your mother's maiden name, card numbers or passwords with anyone, including us.",
        "FUND",
        None,
    ),
    ("Nobody knows how markets will move after the Fed meets.", "FUND", None),
    ("Discount brokers can be a good option if you want to manage things yourself.", "FUND", None),
    (
        "Cedar's ten-year average annual return is 9.1% as of June 30, with a best year of 31% and a worst year of -19%. Past performance is no guarantee of future results.",
        "FUND",
        None,
    ),
    (
        "Some of you asked whether Cedar can repeat last year. Honestly, nobody knows; returns vary a lot from year to year.",
        "FUND",
        None,
    ),
    (
        "We don't compare ourselves to other banks on air; if you're weighing options, read each fund's prospectus side by side.",
        "FUND",
        None,
    ),
    (
        "When you fill in the risk questionnaire, answer based on your real situation. If your profile comes back conservative, that's a useful result, not an obstacle.",
        "FUND",
        None,
    ),
    (
        "A reminder that testimonials on social media about 'easy money' are not from our clients and are not endorsed by the bank.",
        "FUND",
        None,
    ),
    (
        "If someone calls claiming to be from our bank and asks you to move money to a 'safe account', hang up and call the number on your card.",
        "FUND",
        None,
    ),
    ("Our policy: no gifts or side payments for buying any product, ever.", "FUND", None),
    (
        "I can't promise any return. The benchmark of 2.6% to 3.4% is a reference, not a forecast.",
        "WMP",
        None,
    ),
    (
        "For a conservative investor like you, Cedar isn't a fit; a CD or our R2 income product would match your profile better.",
        "FUND",
        "C2",
    ),
    (
        "Fees: a 0.72% expense ratio, no sales load on this share class, and a 1% redemption fee if you sell within 90 days.",
        "FUND",
        None,
    ),
    (
        "This offer is available through March 31 for new money; there's no rush, and we'll be here next month too.",
        "FUND",
        None,
    ),
    ("Joe from Tampa asked about fees — great question, Joe, the expense ratio is 0.72%.", "FUND", None),
    (
        "Mrs. Chen asked in the chat how to update her address; please use the secure message center, not the public chat.",
        "FUND",
        None,
    ),
    (
        "Economists disagree about where rates go next year, so we don't build plans around a forecast.",
        "FUND",
        None,
    ),
    (
        "The fund had a great year in 2023, up 21%, and a rough 2022, down 17%. Past performance does not predict future results.",
        "FUND",
        None,
    ),
    (
        "We've had clients lose money in this fund in bad years, so please only invest what you can leave alone for five years or more.",
        "FUND",
        None,
    ),
    ("Past performance may not repeat, and returns like last year's may never happen again.", "FUND", None),
    ("There's no guarantee the fund will do it again.", "FUND", None),
    ("We expect about 40 percent of you have questions on fees.", "FUND", None),
    ("You're looking at about two years before the lock-up ends.", "FUND", None),
    ("Rates are about to change on new CDs; we'll post the new rate on the site.", "FUND", None),
    ("The Fed is set to meet next week; nobody knows what it will decide.", "FUND", None),
    ("Our target is to answer every question by the end of the stream.", "FUND", None),
    (
        "By 2030 about 20% of the population will be over 65, which is why we talk about retirement income.",
        "FUND",
        None,
    ),
    (
        "A client asked me whether the fund could do that again; I told her nobody can promise that.",
        "FUND",
        None,
    ),
    (
        "If you'd like to compare us with other banks, their published rates are on their websites.",
        "FUND",
        None,
    ),
    ("Those apps can be convenient, and you should compare fees for yourself.", "FUND", None),
    (
        "We can't put it in front of you as a recommendation, because it's above your risk level.",
        "FUND",
        None,
    ),
    ("Please don't share your account number here; Linda from our service team will call you.", "FUND", None),
    ("Impostors on Telegram may promise guaranteed returns; we never do.", "FUND", None),
    ("There is no guarantee it will do it again.", "FUND", None),
    ("Nobody can promise it will repeat that.", "FUND", None),
    (
        "Harbor's benchmark is 2.6% to 3.4% a year. That's a yardstick for judging the manager, not a number you're owed.",
        "WMP",
        None,
    ),
    (
        "The benchmark, 2.6%–3.4%, describes the target range only; actual returns can be lower, even negative.",
        "WMP",
        None,
    ),
    (
        "Harbor's benchmark of 2.6% to 3.4% is not what you will earn; it's how we measure the manager.",
        "WMP",
        None,
    ),
    ("Unlike a CD, Harbor is not FDIC insured and can lose value.", "WMP", None),
    ("People sometimes compare this to a savings account. It isn't one: the value can go down.", "WMP", None),
    ("Harbor is not a savings account and doesn't work like one.", "WMP", None),
    (
        "Clients often ask me whether Cedar is right for them; the answer depends on their goals and risk tolerance.",
        "FUND",
        None,
    ),
    (
        "We show the fund's best and worst calendar years side by side: +31% in 2019 and -19% in 2022. Past performance does not guarantee future results.",
        "FUND",
        None,
    ),
    ("We expect volatility; the fund can fall sharply in a downturn.", "FUND", None),
    ("Rates may fall next year, or they may not; nobody knows.", "FUND", None),
    (
        "There is a 1% redemption fee if you sell within 90 days, and the expense ratio is 0.68%.",
        "FUND",
        None,
    ),
    ("Losses are possible, including loss of the money you put in.", "FUND", None),
    ("No investment is risk-free, and this one certainly isn't.", "FUND", None),
    (
        "I can't promise you'll make money on Cedar, and anyone who does is not being straight with you.",
        "FUND",
        None,
    ),
    ("Our state regulator does not endorse any fund, including this one.", "FUND", None),
    ("Registration with the SEC does not mean the SEC has approved the fund.", "FUND", None),
    ("If you need the money within a year, this fund probably isn't for you.", "FUND", None),
    ("The fund is for investors with at least a five-year horizon who can stomach swings.", "FUND", None),
    ("The minimum investment is $1,000, and you can add more at any time.", "FUND", None),
    ("Last chance to register for Thursday's webinar on retirement income — it's free.", "FUND", None),
    (
        "We never move client money through personal accounts, and you should never send money to an individual.",
        "FUND",
        None,
    ),
    ("Before you buy anything, talk to your own tax advisor.", "FUND", None),
    (
        "The fund's 10-year return was 8.9% a year as of June 30; the S&P 500 returned 11.2% over the same period. Past performance does not guarantee future results.",
        "FUND",
        None,
    ),
]


@pytest.mark.parametrize(("code", "text", "product", "customer_risk"), VIOLATING)
def test_english_wide_claim_is_reported(code, text, product, customer_risk):
    assert code in _reported(text, product, customer_risk)


@pytest.mark.parametrize(("text", "product", "customer_risk"), CLEAN)
def test_english_wide_hard_negative_is_clean(text, product, customer_risk):
    assert _reported(text, product, customer_risk) == set()


def test_contractual_minimum_total_return_is_not_history():
    deposit = {
        "code": "MLCD",
        "name": "Market-Linked CD 3Y",
        "type": "deposit",
        "risk_level": "R1",
        "benchmark_min": 0.5,
        "benchmark_max": 6.0,
        "principal_protected": True,
    }
    card = "Market-Linked CD 3Y | Minimum total return 0.5% a year; maximum 6.0% a year | FDIC insured up to applicable limits"
    codes = {f.code for f in check(card, kind="product_card", products=[deposit], pack="us")}
    assert "performance.past_without_disclaimer" not in codes
    past = "Market-Linked CD 3Y | Total return last year was 5.1% | FDIC insured up to applicable limits"
    assert "performance.past_without_disclaimer" in {
        f.code for f in check(past, kind="product_card", products=[deposit], pack="us")
    }


def test_pack_files_have_no_duplicate_keys():
    """YAML keeps the last of two equal keys silently: a rule written twice in one file would lose its first half."""

    class _Strict(yaml.SafeLoader):
        pass

    def _mapping(loader, node, deep=False):
        keys = [loader.construct_object(k) for k, _ in node.value]
        dupes = {k for k in keys if keys.count(k) > 1}
        assert not dupes, f"{node.start_mark.name}:{node.start_mark.line}: duplicate keys {dupes}"
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    _Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
    files = sorted(PACK_DIR.glob("*.yaml"))
    assert files
    for path in files:
        with path.open(encoding="utf-8") as fh:
            yaml.load(fh, Loader=_Strict)  # noqa: S506 - a SafeLoader subclass


def test_suitability_word_lists_come_from_the_pack():
    """The push-past, redirect and other-product lists are pack data (english.yaml), read at compile time."""
    text = "It's above your risk level, but honestly you should put $5,000 into it tonight."
    assert "suitability.product_above_customer_risk" in _reported(text, "WMP", "C1")
    data = load_pack_data("us")
    for rule in data["rules"]:
        if rule["code"] == "suitability.product_above_customer_risk":
            assert rule["push_past_en"] and rule["redirect_en"] and rule["other_product_en"]
            rule["push_past_en"] = ["\\bnever-matching-word\\b"]
    pack = compile_pack(data)
    assert "suitability.product_above_customer_risk" not in _reported(text, "WMP", "C1", pack=pack)


MERIDIAN = {
    "code": "M",
    "name": "Meridian Income Portfolio 365D",
    "type": "wmp",
    "risk_level": "R3",
    "benchmark_min": 3.2,
    "benchmark_max": 4.1,
    "principal_protected": False,
}
CD18 = {
    "code": "CD18",
    "name": "18-Month Certificate of Deposit",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 4.15,
    "benchmark_max": 4.15,
    "principal_protected": True,
}


@pytest.mark.parametrize(
    ("text", "product", "expected"),
    [
        ("Meridian is basically a six-month deal, in and out by spring.", MERIDIAN, True),
        ("The holding period is ninety days, so it's short.", MERIDIAN, True),
        ("Meridian is a one-year product with no early redemption.", MERIDIAN, False),
        ("The term is 365 days; plan on not touching the money.", MERIDIAN, False),
        ("There's a 30-day cooling-off period after you sign.", MERIDIAN, False),
        ("Our 18-month CD pays 4.05% APY, fixed for the term.", CD18, True),
        ("Our 18-month CD pays 4.15% APY, fixed for the term.", CD18, False),
        ("Savings accounts pay 0.5% APY, while this CD pays 4.15% APY.", CD18, False),
    ],
)
def test_terms_and_deposit_rates_said_differently_from_the_facts(text, product, expected):
    codes = {f.code for f in check(text, kind="chat", products=[product], pack="us")}
    assert ("claim.product_fact_mismatch" in codes) is expected


SCRIPT_OPENING = (
    "Good evening, everyone, and welcome to tonight's session on the Cedar Growth Fund. Cedar is rated R4, higher risk, "
    "and holds about fifty large U.S. companies. It is not a deposit, is not FDIC insured, is not guaranteed by the bank, "
    "and may lose value, including principal. The expense ratio is 0.68% and there is no sales load on the share class "
    "we offer. "
)
SCRIPT_CLOSING = (
    " As always, read the prospectus before investing, and if you have questions about your own account, use the secure "
    "message center rather than the chat. Thanks for joining."
)

# One sentence buried in an honest, fully disclosed script: the claim is still found; an honest sentence adds nothing.
BURIED = [
    (
        "performance.prediction",
        "Between you and me, I think Cedar is in for a really strong stretch over the next couple of quarters — double digits wouldn't shock me.",
    ),
    (
        "performance.prediction",
        "My hunch is the fund ends next year a good ten percent higher than where it is now.",
    ),
    (
        "comparison.unfair_competitor",
        "I'll say this about the folks at Pinnacle Wealth: they charge like a boutique and perform like a bargain bin.",
    ),
    (
        "comparison.unfair_competitor",
        "If you're still with Redwood Brokerage, I'm sorry — their research is recycled junk.",
    ),
    (
        "endorsement.testimonial",
        "One of my retired clients, a former nurse, told me Cedar turned her modest IRA into something she's genuinely proud of.",
    ),
    (
        "endorsement.testimonial",
        "Our regional director's own family is invested, which tells you how much we believe in it.",
    ),
    (
        "suitability.assessment_bypass",
        "And if your questionnaire says conservative, don't let that stop you — we can revisit the answers together after the stream.",
    ),
    (
        "suitability.assessment_bypass",
        "A lot of you get stuck at the risk profile; my tip is to think of yourself as a long-term investor when you answer, whatever your actual timeline.",
    ),
    (
        "promise.guaranteed_return",
        "I can tell you with total confidence that you'll be collecting at least 7% a year on this.",
    ),
    (
        "promise.guaranteed_return",
        "Think of it as a guaranteed eight percent that just happens to come with some stocks attached.",
    ),
    ("promise.capital_guarantee", "Realistically, the worst case here is you break even."),
    ("promise.capital_guarantee", "Your original investment is protected no matter what the market does."),
    (
        "inducement.urgency_pressure",
        "We only open Cedar to new money a few times a year, and this window closes when the stream ends.",
    ),
    (
        "inducement.urgency_pressure",
        "If you've been waiting for a sign, this is it; tomorrow will be too late.",
    ),
    (
        "conduct.off_channel",
        "For the detailed numbers, message me privately on LinkedIn and I'll share my own spreadsheet.",
    ),
    (
        "conduct.off_channel",
        "If you'd rather skip the bank's forms, I can handle your purchase personally through my cousin's brokerage.",
    ),
    (
        "misleading.hidden_conditions",
        "There's no penalty if you change your mind — you can walk away any time with everything you put in.",
    ),
    ("misleading.hidden_conditions", "Management fees? None worth talking about."),
    ("performance.cherry_picked", "Just look at last quarter: the fund jumped 12% in ninety days."),
    (
        "performance.cherry_picked",
        "The fund's single best month this year was a 9% gain, and that's the Cedar I want you to picture.",
    ),
    (
        "privacy.customer_pii",
        "Before we start, big welcome to Greg Palmer, who just opened his account with $150,000 — Greg, your account number ends in 2231.",
    ),
    ("privacy.customer_pii", "Teresa Walsh, I saw your transfer of $48,000 clear this morning."),
    ("superlative.absolute_term", "Cedar is, without exaggeration, the finest growth fund in America."),
    ("superlative.absolute_term", "Nobody in the industry runs a better growth fund than our team."),
    (
        None,
        "Past performance does not guarantee future results: over the last ten years the fund averaged 9.2% a year, with a worst year of -18%.",
    ),
    (
        None,
        "You may hear elsewhere that funds like this are 'can't-lose' bets; that's false, and we never say it.",
    ),
    (
        None,
        "If your questionnaire puts you at C2 or below, this fund is not suitable, and we won't recommend it to you.",
    ),
    (None, "We don't comment on other firms' funds; compare prospectuses side by side."),
    (None, "No one can promise a return on Cedar, and there is no deadline to decide."),
    (
        None,
        "Redemption is available on any business day at the next calculated price, though the value may be lower than what you paid.",
    ),
]


@pytest.mark.parametrize(("code", "sentence"), BURIED)
def test_a_claim_buried_in_an_honest_script(code, sentence):
    text = SCRIPT_OPENING + sentence + SCRIPT_CLOSING
    codes = {
        f.code
        for f in check(text, kind="script", products=[FUND], pack="us")
        if f.severity in ("block", "review")
    }
    assert (code in codes) if code else codes == set()


PAST_DISCLAIMERS = [
    "Past results aren't a promise of future ones.",
    "That's history, not a forecast; future results will differ.",
    "Previous returns are no indication of what it will do next.",
    "What it did last year tells you nothing about next year.",
    "Historical returns do not guarantee future returns.",
    "Remember, yesterday's returns don't promise tomorrow's.",
    "That's past performance, which may not be repeated.",
    "Past gains may not recur, and you could lose money.",
    "Prior performance is no guarantee of future results.",
]


@pytest.mark.parametrize("disclaimer", PAST_DISCLAIMERS)
def test_a_past_figure_with_a_paraphrased_disclaimer_is_clean(disclaimer):
    codes = {
        f.code
        for f in check(
            "Cedar returned 14.2% last year. " + disclaimer, kind="chat", products=[FUND], pack="us"
        )
    }
    assert "performance.past_without_disclaimer" not in codes
    bare = {
        f.code
        for f in check("Cedar returned 14.2% last year. Great fund.", kind="chat", products=[FUND], pack="us")
    }
    assert "performance.past_without_disclaimer" in bare


def test_allocation_percentages_in_words_are_not_yields():
    text = "The portfolio is about seventy percent investment-grade corporates, twenty percent Treasuries and ten percent cash."
    assert _reported(text, "WMP") == set()
    assert "claim.yield_exceeds_benchmark" in _reported(
        "Harbor should return 5% more than bonds this year.", "WMP"
    )
