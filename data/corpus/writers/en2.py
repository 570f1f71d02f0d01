"""Generator for en2.jsonl (English collector replies, US/UK/other registers, some zh code-switching).

All sentences below are hand-written. The script only parses the compact line format, attaches
contexts from hand-written pools to some replies, and expands context-decided pairs (one
hand-written reply under a context that makes it compliant and one that makes it a violation).
Deterministic: random.Random(2024).

Line format:  VIOL|TONE|MOVES|TEXT[|CONTEXT]
  VIOL  letters T=threat I=insult P=privacy D=deception H=harassment U=unfair_demand, '-' none
  TONE  e/n/a (+ '!' marks a hard negative: lawful but easy to mistake for a violation)
  MOVES comma list: id vf sd as em op ac ec cl, '-' none
  CONTEXT a literal borrower line, or @POOL to draw one from a hand-written pool.
Pair format:  BADVIOL|TONE|MOVES|TEXT|@BADPOOL|@GOODPOOL
"""
import json
import random
from pathlib import Path

RNG = random.Random(2024)
V = {"T": "threat", "I": "insult", "P": "privacy", "D": "deception", "H": "harassment", "U": "unfair_demand"}
TN = {"e": "empathetic", "n": "neutral", "a": "aggressive"}
MV = {"id": "identify", "vf": "verify", "sd": "state_debt", "as": "ask_situation", "em": "empathize",
      "op": "offer_plan", "ac": "ask_commitment", "ec": "explain_consequence", "cl": "close"}
POOLS: dict = {}
SINGLES: list = []
PAIRS: list = []


def pool(name, block):
    POOLS.setdefault(name, []).extend(l.strip() for l in block.strip().splitlines() if l.strip())


def add(block):
    SINGLES.extend(l.strip() for l in block.strip().splitlines() if l.strip() and not l.strip().startswith("#"))


def pairs(block):
    PAIRS.extend(l.strip() for l in block.strip().splitlines() if l.strip() and not l.strip().startswith("#"))


_used: dict = {}


def draw(name):
    """Cycle through a shuffled pool so contexts are spread evenly."""
    if name not in _used or not _used[name]:
        lst = list(POOLS[name])
        RNG.shuffle(lst)
        _used[name] = lst
    return _used[name].pop()


def gender(text):
    t = " " + text.lower().replace(",", " ").replace(".", " ").replace("?", " ").replace("'", " ") + " "
    m = any(w in t for w in (" he ", " him ", " his ", " himself ", " he s "))
    f = any(w in t for w in (" she ", " her ", " hers ", " herself ", " she s "))
    return "m" if m and not f else "f" if f and not m else None


def draw_for(name, text):
    """Draw a context whose pronouns agree with the reply (for third-party pools)."""
    g = gender(text) if name in ("THIRD", "NONLIABLE") else None
    if not g:
        return draw(name)
    sub = f"{name}_{g}"
    if sub not in POOLS:
        POOLS[sub] = [c for c in POOLS[name] if gender(c) in (g, None)]
    return draw(sub)


def parse(v, t, m):
    viol = [] if v == "-" else [V[c] for c in v]
    hn = t.endswith("!")
    tone = TN[t.rstrip("!")]
    moves = [] if m == "-" else [MV[x.strip()] for x in m.split(",")]
    if "threat" in viol:
        tone = "aggressive"
    return viol, tone, moves, hn


def build():
    recs = []
    for line in SINGLES:
        parts = line.split("|")
        v, t, m, text = parts[:4]
        ctx = parts[4] if len(parts) > 4 else None
        if ctx and ctx.startswith("@"):
            ctx = draw_for(ctx[1:], text)
        viol, tone, moves, hn = parse(v, t, m)
        recs.append(dict(context=ctx, text=text.strip(), violations=viol, tone=tone, moves=moves, hn=hn and not viol, composed=False))
    for line in PAIRS:
        v, t, m, text, bad, good = line.split("|")
        viol, tone, moves, _ = parse(v, t, m)
        _, tone_ok, _, _ = parse("-", t, m)
        recs.append(dict(context=draw_for(bad[1:], text), text=text.strip(), violations=viol, tone=tone, moves=moves, hn=False, composed=False))
        recs.append(dict(context=draw_for(good[1:], text), text=text.strip(), violations=[], tone=tone_ok, moves=moves, hn=True, composed=True))
    RNG.shuffle(recs)
    return recs


def write(path="/work/main/data/corpus/en2.jsonl"):
    recs = build()
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            out = {"id": f"en2-{i:05d}", "lang": "en", "context": r["context"], "text": r["text"],
                   "violations": r["violations"], "tone": r["tone"], "moves": r["moves"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    return recs

# ---------------------------------------------------------------- context pools (hand-written)
pool("THIRD", """
This is his wife. He's at work, what's it regarding?
He's not in, I'm his mum. Who's calling?
Hello? This is Marcus's roommate, he's asleep.
um she's not here rn, this is her daughter
I'm her husband. She's in the shower, can I help?
Yeah this is his brother, he don't live here anymore
It's her flatmate, she's gone to work already.
Dave's desk, this is Karen, he's in a meeting.
This is his dad. Whatever it is you can tell me.
我是他老婆, he's not home. What's this about?
She's out, this is her sister. Anything I should tell her?
Uh, this is his girlfriend, he left his phone here.
wrong person, I'm just his cousin, he gave u my number?
Front desk, Riverside Dental. Priya's with a patient.
This is her son. Mum's in hospital at the moment.
I'm his landlord, he lists me as a contact apparently.
Hi, this is Tom's partner. Tom's driving, I've got his phone.
This is her neighbour, she asked me to grab her calls while she's away.
Hello, Amy speaking, I share an office with Jess. She's stepped out.
He's at football practice, it's his stepmom speaking.
她不在, I'm her mother. Is it important?
This is the nanny, the family's not home.
Yeah nah he's at the pub, this is his mate Robbo.
I'm his ex-wife, why are you calling me about him?
I'm her colleague, she's on leave this week. Can I take a message?
This is his grandmother, he stays with me sometimes.
Hi, I'm the office manager at Hollis Auto, Jamal's on the shop floor.
uh this is her bf, she cant talk right now
It's his auntie. He's away for work till Friday.
This is Wen's housemate, she's at uni.
""")

pool("SELF", """
Speaking, this is Dana.
yeah it's me, what do you want
Yes, this is Robert Ellis.
That's me. Is this about the card?
ya this is kev
Yes, Mrs. Okafor speaking.
It's Li Wei, 是我, go ahead.
Yep, last four of my SSN is 4471.
This is she. Who's this?
Uh huh, that's me, I'm at home now.
Yes, I'm the account holder.
Speaking. I've been expecting your call, to be honest.
Aye, that's me. What's it about?
yes it's Sam, I'm on my break
Yeah, Priya Nair, date of birth 3 March 1990.
It's me. I know I'm behind.
Correct, this is Jonathan.
Yes, Zhang Hao here. 你说.
Mm-hmm, I'm the borrower, yes.
Yeah I just got your text, this is Andre.
""")

pool("NOWORK", """
Please don't call me at work, I could lose my job.
My employer doesn't allow personal calls, stop ringing the office.
I told you last time, no calls at my workplace.
don't call my job again, my supervisor already asked who you were
Please, not at the shop. Ring my mobile after 6.
I can't take these at work, they monitor our lines.
Stop calling reception, it's embarrassing.
I work in a hospital, I can't answer during shifts. Call my cell in the evening.
My boss said if you call the office again there'll be trouble.
no more calls to the warehouse pls. text me instead
I asked in writing for no calls at work.
Can you please stop ringing my work number? Home is fine.
""")

pool("WORKOK", """
Honestly the office is the best place to catch me, I'm at my desk 9 to 5.
Call me at work, it's fine, I've got my own line.
You can try my work number, my manager doesn't mind.
I'm self-employed, the shop number is the best way to reach me.
Work's fine, I'm on the phone all day anyway.
Best to ring my office line, mobile signal's terrible at home.
Yeah call me at the studio, I'm there most days.
I work from home, so the office number just rings here.
Try the work number, extension 214, that's easier for me.
Day's fine, I run my own business, call the office.
""")

pool("NIGHT", """
It's 10:30 at night, can we please do this tomorrow?
dude it's nearly 11pm, I was asleep
My kids are in bed, it's half ten, call me in the morning.
It's past ten, I'm not doing this now.
Why are you calling at 10:45 at night?
it's 11 o'clock mate. seriously?
I just got off a double shift, it's 10pm, I need to sleep.
都十点半了, please call tomorrow.
It's quarter past ten here, I'm going to bed.
It's 6:30 in the morning, I'm not even up yet.
It's 7am, I'm getting the kids ready, not now.
It's ten at night, can this wait?
""")

pool("DAY", """
I'm on my lunch break, go ahead.
Ok I've got a few minutes before my 2 o'clock.
It's fine, I'm at home this afternoon.
Go on, I'm just in the car park.
Yeah I can talk now, it's my day off.
Right, I'm listening. What do you need?
I just finished work, I can talk now.
ok I'm free till 4
Sure, now's fine, the kids are at school.
Let's do it now, I want this sorted.
""")

pool("END", """
I have to go, I'm hanging up now.
I'm done talking, goodbye.
Please stop, I don't want to talk about this right now.
I can't do this now, I'm ending the call.
I'm not discussing this any more. Bye.
let me go, I have to pick up my kid
I need to hang up, I'm at the doctor's.
I'm ending this call. Send me something in writing.
Look, I'm not going to talk about it today. Goodbye.
I have to get back to work, I'm hanging up.
stop. I'm done. bye
I'm putting the phone down now.
""")

pool("CONT", """
Ok, what else do you need from me?
Alright, I'm still here. Go on.
Fine, let's sort it out now.
What happens next then?
Ok I'm listening, what are my options?
Right, I want to get this dealt with today.
Yeah go ahead, I've got time.
So what do you need from me to set this up?
Keep going, I'm writing it down.
Okay. Let's figure it out.
""")

pool("ATTY", """
I have an attorney handling this now. Talk to her.
My lawyer told me not to discuss this with you.
I've retained counsel, you need to contact Baker & Lowe.
My solicitor is dealing with it, please contact her.
I gave you my lawyer's number last week.
Talk to my attorney, I'm not saying anything else.
I've hired a debt attorney, his name is Paul Rivera.
My lawyer will call you back. Don't call me.
I'm represented on this, contact my attorney please.
Legal aid is handling my case now.
""")

pool("ORDINARY", """
I can't pay the full amount right now.
Things have been tight since the layoff.
How much is it exactly?
I want to pay, I just don't have it this month.
What can I do to get this off my back?
I get paid on the 15th.
I was going to call you actually.
Can we talk about a smaller amount?
I've got like 200 bucks I could maybe do.
Money's tight but I'm trying.
""")

pool("EMAIL", """
Please only contact me by email from now on.
Text me, don't call. I can't talk on the phone at work.
I asked for everything in writing, no more phone calls.
Email only please, I have a hearing impairment.
Can you just send me letters? I don't want phone calls.
I said use WhatsApp, not calls.
I prefer email, I can't pick up during the day.
Please stop calling my mobile, post is fine.
Only contact me through the online portal, please.
Don't phone me, email me at the address on file.
""")

pool("PHONEOK", """
Just call me, I never check my email.
Phone's easiest for me honestly.
Can you ring me back on this number later?
I'd rather talk on the phone than email.
Call me tomorrow and we'll sort it.
Yeah ring me, I don't do emails.
Phone me Thursday, I'll have my payslip by then.
Calls are fine, I just missed the last one.
""")

pool("CEASE", """
I sent you a letter telling you to stop contacting me.
I've asked in writing for you to cease all communication.
Didn't you get my cease and desist letter?
I told you in writing not to contact me again.
My letter said stop calling. Why are you still calling?
I sent the cease letter recorded delivery last week.
I don't want any more contact from your company, I put it in writing.
Read my letter. No more contact.
""")

pool("DISPUTE", """
That's not the right amount, I paid half of that already.
I don't think I owe this. I've never had a card with them.
That balance is wrong, you've added fees I never agreed to.
I dispute this debt.
Hold on, $4,000? It was $2,500 when I stopped paying.
This isn't mine, somebody opened it in my name.
I paid this off in March, I have the receipt.
Why is it so much more than the original loan?
""")

pool("BORROWER_LINE", """
I just lost my job.
My hours got cut.
I'm waiting on my tax refund.
I was in hospital for two weeks.
My partner left and I'm paying everything alone.
I honestly forgot about the due date.
I can pay something next Friday.
I'm not paying a penny until you explain these charges.
Why do you keep calling me?
What happens if I don't pay?
Can't you just give me more time?
I've got three other debts too.
""")
# ---------------------------------------------------------------- context-decided pairs
pairs("""
P|n|id,sd|Thanks. I'm calling from Crestline Recovery about the auto loan, there's $3,150 past due since August.|@THIRD|@SELF
P|n|sd|Right, so the Horizon Visa is showing $1,240 overdue, the minimum was due on the 3rd.|@THIRD|@SELF
P|n|sd,ac|ok so the payday loan balance is $612 and it's 41 days late, can we get something in this week?|@THIRD|@SELF
PU|n|sd,ac|Could a payment of $200 go in today against the $1,900 that's outstanding?|@THIRD|@SELF
P|e|em,sd|I know nobody loves these calls. It's about the medical bill from St. Luke's, $870 still open.|@THIRD|@SELF
P|n|id,sd,ec|This is Halden Collections, this is an attempt to collect a debt. The balance on the Argos store card is £540 and it's been passed to us.|@THIRD|@SELF
P|n|sd|Just so we're on the same page, the account is three payments behind, that's £387 in arrears.|@THIRD|@SELF
P|n|sd,ec|The credit card's been overdue 62 days now, and at 90 days the bank reports it to the bureaus.|@THIRD|@SELF
PU|n|sd,ac|Balance is $2,480. How much of that can be paid today by debit card?|@THIRD|@SELF
P|n|sd,op|The overdue amount on the personal loan is $1,015; we could split that into three payments if that helps.|@THIRD|@SELF
P|e|em,sd,op|I hear you. The phone contract arrears are £214 — we can spread it out over a few months, no problem.|@THIRD|@SELF
P|n|sd|ok so 这笔 loan, the overdue is $960 and the late fee is $35 on top.|@THIRD|@SELF
P|n|sd,as|It's about the car loan, payments stopped in June. What's been going on?|@THIRD|@SELF
P|n|id,sd|Hi, Maria from Beacon Credit. It's the $4,300 line of credit that's in default, that's why I'm calling.|@THIRD|@SELF
P|n|sd,ac|The catalogue account has £129 overdue. Are you able to clear that by Friday?|@THIRD|@SELF
PU|n|sd,ac|We need at least $150 by the 20th to stop the account going further behind. Can that be arranged?|@THIRD|@SELF
P|n|sd,ec|If the $730 isn't dealt with, the lender may pass it to their solicitors and consider a county court claim.|@THIRD|@SELF
P|a|sd,ac|Look, it's $1,600 on the student loan and it's been ignored for two months. When's it getting paid?|@THIRD|@SELF
P|n|sd|Quick one: the default notice for the Vanquis card was sent on the 2nd, balance £1,082.|@THIRD|@SELF
P|e|em,sd,op|No stress, I'm only calling about the dental bill, $340. We can do $50 a month easy.|@THIRD|@SELF
P|n|sd,ac|Last payment we got on the loan was in April. Can we set a date for the next one?|@THIRD|@SELF
P|n|vf,sd|Before I go further I just want to confirm the address on the overdue account — still 14 Elm Road?|@THIRD|@SELF
P|n|sd,ec|The water bill arrears of £460 have been referred to us; interest is frozen but it's still owed.|@THIRD|@SELF
PU|n|sd,op,ac|We can settle the $5,200 for $3,900 if it's paid in full by the end of the month. Would that be doable?|@THIRD|@SELF
P|n|sd|Yeah so the buy-now-pay-later plan, four instalments missed, $318 total.|@THIRD|@SELF
P|n|id,sd|Good afternoon, I'm calling from the recoveries team at Northway Bank about the overdraft, which is £1,350 over the limit.|@THIRD|@SELF
P|e|em,sd,as|I'm sorry to bother you. The gym membership went to collections, $275 — did something change with your finances?|@THIRD|@SELF
PU|n|sd,ac|Payment of $420 is due today to bring the account current. Which card would you like to use?|@THIRD|@SELF
P|n|sd,ec|The $2,050 has been charged off by the bank and sold to us, and it's reported as a collection account.|@THIRD|@SELF
P|n|sd,ac|ok so 欠款 is $780 now, 逾期 45 days. any chance for a partial payment this week?|@THIRD|@SELF
""")

pairs("""
H|n|-|I'll try your office line again tomorrow morning then.|@NOWORK|@WORKOK
H|n|ac|No problem, I'll call you at work on Monday around ten to confirm the payment.|@NOWORK|@WORKOK
H|a|-|Then pick up when I ring the office. I'll be calling there until we get this sorted.|@NOWORK|@WORKOK
H|n|cl|Ok, I'll reach you on the work number this afternoon. Thanks.|@NOWORK|@WORKOK
H|n|-|Noted. Expect a call at your workplace after lunch.|@NOWORK|@WORKOK
H|e|op|I get it. I'll just ring the work line on Thursday and we'll go through the plan quickly, ok?|@NOWORK|@WORKOK
H|n|ac|I'll call the shop at 11 tomorrow and you can give me a date then.|@NOWORK|@WORKOK
H|n|-|Right, the office number it is — I'll keep trying that one.|@NOWORK|@WORKOK
H|n|-|Cool, I'll just hit up ur work phone later today|@NOWORK|@WORKOK
H|n|cl|Fine, I'll catch you at the workplace tomorrow. Have a good one.|@NOWORK|@WORKOK
""")

pairs("""
H|a|ac|We're doing this now. When are you paying?|@NIGHT|@DAY
H|n|ac|I just need a date from you right now, then I'll let you go.|@NIGHT|@DAY
H|a|sd,ac|This can't wait. You're $900 behind and I need a commitment tonight.|@NIGHT|@DAY
H|n|ac|It'll only take a few minutes — let's agree the payment date now.|@NIGHT|@DAY
H|n|sd,op|Let's go through it right now then. The arrears are £640 and I can offer you a three-month plan.|@NIGHT|@DAY
H|a|-|I've been trying you all week. We're sorting it now, not tomorrow.|@NIGHT|@DAY
H|n|ac|ok quick one then, can you pay 150 by friday? yes or no|@NIGHT|@DAY
H|e|em,ac|I know, I know. Just give me a date and amount now and I won't need to ring again.|@NIGHT|@DAY
H|n|as|Let's keep going. So what's your monthly income at the moment?|@NIGHT|@DAY
H|n|sd,ac|Balance is $1,120. What can you put down today?|@NIGHT|@DAY
""")

pairs("""
H|a|ac|We're not done yet — I need a date from you before this call ends.|@END|@CONT
H|n|ac|Hang on, stay on the line please, I still need a payment date.|@END|@CONT
H|n|sd,ac|Before anything else, I need to know how you'll pay the $1,450.|@END|@CONT
H|a|as|Not so fast. First tell me why nothing's been paid since March.|@END|@CONT
H|n|op|Let me just run through the three plan options with you first, it'll take ten minutes.|@END|@CONT
H|a|ac|I still need an amount from you. So?|@END|@CONT
H|n|as|I'm going to need your employer's name and your monthly outgoings first.|@END|@CONT
H|e|em,ac|I totally get it's stressful. Still, let's lock in a date before we stop, yeah?|@END|@CONT
H|n|sd,ac|Hold on, the arrears are £820. What can you pay and when?|@END|@CONT
""")

pairs("""
H|n|ac|Can we still talk about a payment date today?|@ATTY|@ORDINARY
H|n|op|I can offer you a plan at $100 a month, shall I set it up?|@ATTY|@ORDINARY
H|a|sd,ac|You still owe $3,400 regardless. So when are you paying it?|@ATTY|@ORDINARY
H|e|em,as|I hear you. Tell me a bit about what's going on with your money right now.|@ATTY|@ORDINARY
H|n|op,ac|What about a settlement? If you pay 60% by the end of the month we can close it.|@ATTY|@ORDINARY
H|n|as|Ok, so what's your monthly income and rent?|@ATTY|@ORDINARY
H|n|ac|Let's just agree a first payment and date between the two of us now.|@ATTY|@ORDINARY
H|e|em,op|Look, I want to help. Could you manage £40 a month to start?|@ATTY|@ORDINARY
""")

pairs("""
H|n|-|Sure, I'll give you a ring tomorrow afternoon to go over it.|@EMAIL|@PHONEOK
H|n|cl|Ok. I'll call you Thursday at 2 and we can finalise the plan.|@EMAIL|@PHONEOK
H|n|op|I'll phone you later with the payment plan options.|@EMAIL|@PHONEOK
H|e|em|No worries, I'll just call back this evening around six when it suits you.|@EMAIL|@PHONEOK
H|n|ac|I'll ring you on Friday to confirm the payment went through.|@EMAIL|@PHONEOK
H|n|-|Got it, I'll call your mobile in the morning then.|@EMAIL|@PHONEOK
H|n|cl|I'll follow up with a call next week. Thanks for your time.|@EMAIL|@PHONEOK
H|n|-|kk, will call u back in an hour|@EMAIL|@PHONEOK
""")

pairs("""
H|n|op|I'll call you again Monday to go over your options.|@CEASE|@CONT
H|n|ac|We'll give you a call on Friday to set up the first payment.|@CEASE|@CONT
H|e|em,op|I understand it's stressful. I'll ring you next week with a hardship plan.|@CEASE|@CONT
H|n|-|We'll keep in touch by phone about this each week.|@CEASE|@CONT
H|n|ac|Let's talk again tomorrow, and you can tell me what you can afford.|@CEASE|@CONT
H|n|cl|Someone from our team will follow up with a call in a few days.|@CEASE|@CONT
""")
# ---------------------------------------------------------------- openings, identification, verification
add("""
-|n|id,vf|Good morning, this is Keisha with Lakeshore Recovery Services. May I speak with Darnell Hughes, please?
-|n|id,vf|Hi, it's Owen from Meridian Finance, am I speaking to Claire Whitaker?
-|n|vf|Hiya, is that Mr Patel? Just need to check I've got the right person before I go on.
-|n|id,vf|Hello, you're through to the collections department at Sterling Card Services, my name's Abby. Can I take your full name and postcode please?
-|n|vf|For security, can you confirm your date of birth and the first line of your address?
-|n|id|This is Rob from Pinecrest Credit Union returning your call from this morning.
-|n|id,vf|Hey there! It's Jordan at QuickCash, trying to reach Brianna Cole — is that you?
-|n|id,vf|Ni hao, is this Mr. Chen Jun? 我是 Evergreen Lending 的 Kevin, calling about your account.
-|n|id|This is a message for Alicia Gómez. This is Sam from Greenfield Collections. Please call us back at 1-800-555-0190, reference 88213.
-|n|id,ec|This is a communication from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.
-|n|id,vf|Morning! Liam here from the Tidewell Bank arrears team, could I speak to Miss Fiona Grant?
-|n|vf|Sorry, just to double check — can you give me the last four of your Social?
-|n|vf|can u confirm ur zip code for me real quick? gotta make sure it's u
-|n|id,vf|G'day, it's Bec from Southern Cross Finance, is this Jack Morrison?
-|n|id,vf|Hello, Leah speaking from Crown Debt Recovery on behalf of EnergyPlus. Am I speaking with Mr Adeyemi?
-|n|id|Calls are recorded for quality and training purposes. My name is Trevor, and I'm calling from Oakline Financial.
-|n|vf|Before I discuss anything, I need to confirm I'm speaking with the account holder. What's your date of birth?
-|n|id,vf|Wei, 你好, is this Wang Li? This is Jenny from Sunrise Credit, can you talk for a minute?
-|n|id|Hi, it's Carla from Ashby Collections. This is a follow-up to the letter we sent on the 4th.
-|n|id,vf|Good evening, this is Martin with First Harbor Bank collections, may I speak with Thomas Reyes? It's 6:15 here, is now ok?
-|n|vf|Thanks for calling in. Could you give me your reference number or the postcode on the account?
-|n|id,vf|Hi, I'm looking for Mr. Nguyen. This is Patrick from Gold Coast Auto Finance.
-|n|id|Hello, this is Rachel from Westbrook Medical Billing. I'm returning your voicemail about the invoice.
-|n|vf|Can I grab your full name and the email address on file, just for verification?
-|n|id,vf|yo is this marcus? it's tash from cashnow app, got a sec?
-|n|id|This message is from Brightline Collections, a debt collector. Please call 888-555-0142 between 8am and 8pm Eastern.
-|n|id,vf|Good afternoon, you've reached the financial support team at Lloyds Hill, I'm Gemma. Who am I speaking with?
-|n|id,vf|Hi there, calling for Mrs. Huang Mei — 黄女士在吗? This is Derek from Pacific Rim Lending.
-|n|vf|Can you confirm the last three digits of the card number please?
-|n|id,ec|Hi Sandra, this is Juan at Summit Recovery. This is an attempt to collect a debt, and any info you share will be used for that purpose.
-|n|id|Text from Maple Credit: Hi Jess, please call us about your account at 0800 555 0133. Reply STOP to opt out of texts.
-|n|id,vf|Is this Aiden Blake? Hi, it's Nina from Clearwater Financial Services. Is this a good time?
-|n|vf|Just need a couple of security questions before we chat — what's your mother's maiden name on file?
-|n|id|Hey, Priyanka here from the LoanLink hardship team, following up on the form you sent.
-|n|id,vf|Hello, is that Gareth Jones? It's Siân from Valley Credit Union, calling about your loan.
-|n|id,vf|Good morning sir, my name is Raj and I'm calling on behalf of Metro Telecom collections. Am I speaking with Mr Dlamini?
-|n|vf|For your protection, I can only discuss the account with the account holder. Are you Ms Brooks?
-|n|id|Hey! It's Chloe again from Fairway Lending, we spoke last Tuesday.
-|n|id,vf|Hi, 你好, is this Zhou Xin? I'm Amy from Golden Gate Credit — 请问现在方便说话吗?
-|n|id|Email subject: Your account with Redwood Finance — please get in touch. Hi Mr Ortiz, this is Laura from our customer care team.
""")
# ---------------------------------------------------------------- good-collector replies: state debt, situation, empathy
add("""
-|n|sd|The balance on your account is $1,284.60, and the last payment we received was on July 2nd.
-|n|sd|You're currently 37 days past due, with a minimum payment of $95 outstanding.
-|n|sd|So the arrears stand at £412.30, that's two missed payments of £206.15.
-|n|sd|ok so looking at it now, you owe 2,340 total, 480 of that is past due
-|n|sd|Your payment of $250 was due on the 15th and we haven't received it yet.
-|n|sd|The account defaulted on 14 May, and the outstanding balance is £2,105.
-|n|sd|Right, so the loan's 19 days overdue now, amount due is $318.
-|n|sd,ec|Your agreement allows a £12 late payment charge, which was added on the 9th, so the total now is £197.
-|n|sd|Total owed is $3,920 — that's the principal, plus interest at the contract rate, no extra fees.
-|n|sd|u missed the 1st and 15th payments, so its $140 behind rn
-|n|sd|Just to confirm the figures: original loan $5,000, paid so far $2,760, remaining $2,240.
-|n|sd|This is about the hospital bill from your visit in January, $1,150 after insurance.
-|n|sd|ok 你这个 account, overdue 是 $620, due date was Oct 5.
-|n|sd|Your next instalment of £85 is due on Friday, and the previous one is still outstanding.
-|n|as|Can I ask what's changed since you were last paying on time?
-|n|as|What's your situation at the moment, are you working?
-|n|as|Is there anything going on that's making it hard to keep up with the payments?
-|n|as|So how are things looking money-wise for you this month?
-|n|as|Do you mind me asking roughly what comes in and goes out each month? It helps me find something affordable.
-|n|as|what happened w the last payment? it bounced on our end
-|n|as|Are there other debts you're trying to juggle at the moment, like rent or council tax?
-|n|as|Is the missed payment a one-off, or is it likely to be tricky for a few months?
-|n|as|Just so I understand — is it the amount that's the problem, or the timing around your payday?
-|n|as|最近怎么样? Anything happen with work that's making it hard to pay?
-|n|as|When's your next payday, roughly?
-|n|as|Has anything happened — job, health, family — that we should know about so we can help?
-|e|em,as|That sounds really stressful. How are you managing with the basics at the moment?
-|e|em|I'm sorry to hear about your mum. Please take a breath, we're not going to rush you today.
-|e|em|Thank you for being honest with me, that's not easy to talk about.
-|e|em|Honestly, a lot of people are in the same boat right now. You're doing the right thing by picking up.
-|e|em|Oh no, I'm sorry. Losing a job out of nowhere is a lot to deal with.
-|e|em|aw man that sucks, sorry to hear it
-|e|em,as|I appreciate you telling me. Is there anyone helping you with the bills while you're recovering?
-|e|em|That's completely understandable, with a new baby everything gets turned upside down.
-|e|em|No worries at all, it's easy to lose track of dates when things are hectic.
-|e|em|I can hear this is upsetting you. Let's go one step at a time.
-|e|em|我明白, I get it. Medical bills pile up fast.
-|e|em|You've clearly been trying, you kept paying for two years straight. That counts.
-|e|em,as|I'm really sorry about your divorce. Are you the only one paying the household bills now?
-|e|em|Please don't apologise, that's what we're here for.
-|e|em|I get that it's frustrating to get these calls. I'll keep it short.
-|e|em|That's a rough couple of months, I'm sorry.
""")

add("""
-|e|em,as|I'm sorry, that's a lot on your plate. What would feel manageable for you each month?|I just lost my job.
-|e|em,op|Ugh, I'm sorry. We could lower the payment while your hours are down — maybe $60 a month for now?|My hours got cut.
-|n|ac|Ok, when do you expect the refund to land? We can set the payment for the day after.|I'm waiting on my tax refund.
-|e|em,as|I'm sorry to hear that, I hope you're feeling better. Are you back at work yet?|I was in hospital for two weeks.
-|e|em,op|That's a lot to carry alone, I'm sorry. Let's look at a smaller monthly amount so it fits your budget.|My partner left and I'm paying everything alone.
-|n|ac|No problem, it happens. Could you make the payment by Friday, or would next week suit better?|I honestly forgot about the due date.
-|n|ac|Great. How much can you do next Friday, and which card will you use?|I can pay something next Friday.
-|n|sd,ec|Sure. There's the $29 late fee and the interest at 24.9% APR from your agreement — I'll email you the breakdown line by line.|I'm not paying a penny until you explain these charges.
-|n|sd,ec|Because the account is 45 days past due. If you'd like us to contact you less often or by a different method, just tell me what works.|Why do you keep calling me?
-|n|ec|The account will keep showing as late on your credit file, and eventually the lender may decide to take it to court. I'd rather we find a plan before that.|What happens if I don't pay?
-|n|op|I can't extend the due date indefinitely, but I can offer a 30-day payment holiday once. Would that help?|Can't you just give me more time?
-|e|em,as|That's tough. Have you thought about talking to a free debt adviser, like StepChange? They can help you prioritise all of them.|I've got three other debts too.
-|n|sd|It's $1,832.17 total as of today.|How much is it exactly?
-|e|em,op|That's fine, let's start with whatever you can manage. Even $50 a month gets things moving.|I want to pay, I just don't have it this month.
-|n|op,ac|Two options: clear the $640 in one go, or split it over four months at $160. Which suits you?|What can I do to get this off my back?
-|n|ac|Perfect, so shall we say the 16th? And how much feels realistic?|I get paid on the 15th.
-|e|em|Really glad you did, thanks for that. Let's sort it out together.|I was going to call you actually.
-|n|op|Sure, we can look at a reduced payment. What figure did you have in mind?|Can we talk about a smaller amount?
-|n|ac|$200 would be a great start. Can you do it today, or is Friday easier?|I've got like 200 bucks I could maybe do.
-|e|em,op|I appreciate you trying. How about we set something small and steady, like £25 a week?|Money's tight but I'm trying.
-|e|em,op|Totally get it. Let's not worry about the full amount today — would a plan over six months help?|I can't pay the full amount right now.
-|e|em,as|Sorry to hear that. How long were you there, and is any redundancy pay coming through?|Things have been tight since the layoff.
""")
# ---------------------------------------------------------------- plans, commitments, consequences, closing
add("""
-|n|op|We can set up a plan of $75 every two weeks until the balance is cleared. Want me to put that in place?
-|n|op|One option is a six-month instalment plan at £68 a month, interest frozen during the plan.
-|e|em,op|I know it's a stretch, so how about we start with a token payment of £10 a month while you get back on track?
-|n|op|We could offer a settlement of 70% of the balance if it's paid in one lump sum.
-|n|op|If you pay the past-due $210, the account comes back to current and the regular payments continue as normal.
-|n|op|I can put in a request to waive the late fees, but I can't promise it'll be approved — that's the hardship team's call.
-|e|em,op|Ok, let's make this work for you. What if we did $40 on the 1st and $40 on the 15th, lined up with your paydays?
-|n|op|We do have a hardship programme — it pauses interest for 90 days. I can send you the application.
-|n|op|u could do 3 payments of 120, first one next fri. that work?
-|n|op|Partial payment's fine today. Whatever you put in now reduces what's left.
-|n|op|We can set up a direct debit for the agreed amount so you don't have to remember each month.
-|e|em,op|Given the medical stuff, I can pause the account for 30 days while you get sorted, then we'll talk again.
-|n|op|You can pay through the app, over the phone with me, or by bank transfer to the account on your statement.
-|n|op|ok 我们可以做分期, 6 months, about $150 a month, interest 不变.
-|n|op|We could move your due date to the 28th so it's right after payday. Would that help?
-|n|op|A debt management plan through a free adviser is also an option, and we'd work with them.
-|e|em,op|No pressure to decide right now — I'll email you the three plan options and you can pick the one that fits.
-|n|op|If a lump sum's not possible, we can accept a payment arrangement based on your income and expenditure.
-|n|op|I can offer a reduced payment of £30 a month for three months, then we review it.
-|n|op|Split the $900 into a $300 deposit and then $100 a month? I can set that up today.
-|n|ac|So what amount can you commit to, and on what date?
-|n|ac|Ok so just to confirm, $150 on Friday the 12th from your Chase debit card. Is that right?
-|n|ac|Can you make a payment by the end of this week?
-|n|ac|When would you be able to pay the $320?
-|n|ac|What's a realistic date for the first instalment?
-|n|ac|So £50 on the 3rd of every month starting next month — are you happy to agree to that?
-|n|ac|how much can u put down today? even 20 helps
-|n|ac|Can I put you down for $100 on payday then?
-|e|em,ac|I know it's not easy. If you can do £20 this week, can we agree a date for it?
-|n|ac|Right, I'll note a promise to pay of $475 on the 30th. Can you confirm that for me?
-|n|ac|Which day this week works for the payment, Wednesday or Friday?
-|n|ac|That's 三百 on the 20th, right? 确认一下, $300 on Nov 20.
-|n|ac|Can you give me a firm date today, please? I need something concrete to put on the account.
-|n|ac|So is that a yes to the first £60 going out on Monday?
-|n|ec|If the account stays unpaid, the missed payments will be reported to the credit reference agencies, as your agreement says.
-|n|ec|The lender may decide to file a civil lawsuit to recover the balance; nothing has been filed, but it is an option they have.
-|n|ec|Each missed payment adds the $25 late fee that's in your loan agreement.
-|n|ec|If no arrangement is made, the creditor may issue a default notice, and that would show on your credit file for six years.
-|n|ec|Interest keeps accruing at the contract rate while the balance is unpaid, so the sooner we start, the less it costs you overall.
-|n|ec|If it goes past 180 days the bank will likely charge it off, which is a serious mark on your credit report.
-|n|ec|Just so you know, if payments stop for good, the lender could apply for a County Court Judgment. That's not happening now.
-|n|ec|For a secured car loan, repeated missed payments can lead to the lender repossessing the vehicle under the contract. I want to avoid that with you.
-|n|ec|ok so 如果 you don't pay, the late record goes to the credit bureau. that's in the contract.
-|n|ec|If the account is referred back to the lender, they'll decide on next steps, which could include legal action in civil court.
-|e|em,ec|I don't want to scare you, but ignoring it means the late marks keep stacking on your credit file.
-|n|ec|A missed payment can make it harder to get credit in future, because lenders will see it on your file.
-|n|cl|Thanks for your time today, Mr Hall. I'll send the confirmation by email within the hour.
-|n|cl|Ok, that's all set. Have a good afternoon.
-|e|em,cl|Thanks for sticking with this, I know it wasn't a fun call. Take care of yourself.
-|n|cl|I'll follow up next week as agreed. Bye for now.
-|n|cl|Alright, thanks! Your reference number is CR-48821 if you need to call in.
-|n|ac,cl|So that's $200 on the 5th and $200 on the 20th. Thanks, you'll get a text confirmation.
-|n|cl|thx for picking up, talk soon
-|e|cl|Really appreciate you working with us. Have a good weekend.
-|n|cl|Thank you, Mrs Shah. If your circumstances change, just ring us on the number on your letter.
-|n|cl|谢谢, thank you Mr. Liu. I'll email you the plan tonight.
-|n|sd,ac,cl|Just to summarise: balance £1,240, you'll pay £100 a month from the 1st. Thanks for your time.
-|e|em,cl|Good luck with the new job, I hope it goes well. We'll catch up after your first payday.
-|n|cl|That's everything from me. Cheers, have a good one.
""")
# ---------------------------------------------------------------- hard negatives: third parties, message only
add("""
-|n!|-|No problem. Could you ask him to give Ryan a call back on 555-0172 when he gets a chance?|@THIRD
-|n!|-|That's fine, it's a personal matter. When would be a good time to reach her?|@THIRD
-|n!|cl|Ok, thanks. I'll try again another day. Have a good evening.|@THIRD
-|n!|-|Could you just let him know Claire called, and my number's 0161 555 0199? Thank you.|@THIRD
-|n!|-|Sure, no worries. Is there a better number I could reach her on?|@THIRD
-|n!|-|Sorry, I can only discuss it with him directly. Would you mind asking him to call me back?|@THIRD
-|n!|-|Thanks. Just tell her Jenna from Northpoint called, she can reach me at 800-555-0147 until 8pm.|@THIRD
-|n!|-|I'm afraid it's private, I can only speak to him. Could you pass on my number?|@THIRD
-|n!|-|Oh, thanks for letting me know. Does he have a newer phone number I could reach him on?|@THIRD
-|n!|-|No worries mate, just ask him to ring Sam back when he's free. Cheers.|@THIRD
-|n!|-|I appreciate that. I'm only trying to get in touch with her — do you know the best time to call?|@THIRD
-|n!|-|That's kind of you, but I need to speak with him personally. A callback would be great.|@THIRD
-|n!|-|Ok, 没关系. Please ask her to call Lily back at 626-555-0183. Thanks a lot.|@THIRD
-|n!|-|Thanks, I'll leave it there then. Sorry to bother you.|@THIRD
-|n!|-|Totally fine. Could you let him know Andrew called and ask him to ring back on the number that showed up?|@THIRD
-|n!|-|Understood. I'm just trying to confirm his current address and phone — do you have a number for him?|@THIRD
-|e!|em|Oh, I'm sorry she's unwell. No rush at all, I'll try another time. Take care.|@THIRD
-|n!|-|All good. If you could just tell her to call Mike on 07700 900461, that'd be great.|@THIRD
-|n!|-|I can't really go into it, sorry — it's for him. Is there a time he's usually home?|@THIRD
-|n!|-|Thanks for picking up. Can you pass on that Rosa from Hartley called? Number's in his missed calls.|@THIRD
-|n!|-|k thx, just let him know to call me back when he can|@THIRD
-|n!|-|I'm sorry to have disturbed you at work. Could you give her a message to call Ben?|@THIRD
-|n!|-|It's a private business matter, nothing urgent. I'll call back.|@THIRD
-|n!|-|I'll try his mobile then. Thanks for your help.|@THIRD
-|n!|-|He's not in trouble, don't worry. I just need him to ring me back when he can.|@THIRD
-|n!|-|If you happen to know his new number, that'd help. If not, no worries at all.|@THIRD
-|n!|-|Thank you. My name's Grace, and I'd appreciate a call back from him on 555-0108.|@THIRD
-|n!|-|OK, I understand. What's the best way to get a message to her?|@THIRD
-|n!|-|Thanks, I'll reach out to her directly. Sorry for the interruption.|@THIRD
-|n!|-|Fair enough. I'll leave it with you to let him know I rang.|@THIRD
-|n!|id|This is Helen Price. I'm trying to confirm contact details for Jamie Lowe — does he still live at this address?
-|n!|id|Hi, I'm Dev. I'm trying to reach Marisol Vega about a personal business matter. Do you have a current phone number for her?
-|n!|id|This is Carl, I'm just trying to get an updated phone number for your former tenant, Ms Rhodes. Would you have one?
-|n!|-|Hi, my name's Pete. I'm trying to confirm where Lucas Gray is living now — does he still live at 9 Harbour Lane?
-|n!|id|Hello, I'm Ana with Crestview Services, I'm trying to reach Mr. Oduya. Do you know a good number for him?
-|n!|-|I'm just trying to confirm Tara's contact info. Is this still her home number?
-|n!|-|Sorry to bother you, I'm trying to locate Hugo Beaumont. Do you know where he's working now?
""")
# ---------------------------------------------------------------- hard negatives: firm, blunt, legal, guarantor, channels
add("""
-|a!|sd,ac|You've had three reminders already. The $540 is overdue — when are you paying it?
-|a!|ac|Enough excuses, honestly. Give me a date.
-|a!|sd|I'm not going to sugar-coat it: you're four months behind and nothing's come in.
-|a!|ac|You promised Friday. It's Tuesday. What happened?
-|a!|ac|seriously, stop dodging. when r u paying
-|a!|ac|I've heard "next week" five times now. I need an actual date.
-|a!|ec|Keep ignoring it and it'll keep sitting on your credit report. That's just how it works.
-|a!|sd|Look mate, it's £300, not three grand. Sort it out.
-|a!|ac|Don't tell me you'll "try". Tell me how much and when.
-|a!|-|I'm not here to chat about the weather. This is about your overdue payment.
-|a!|sd,ac|It's been ninety days, Mr Clarke. Ninety. What's the plan?
-|a!|ac|I need a yes or a no. Are you paying the $200 this week or not?
-|a!|ec|Fine, don't pay. The account goes to the credit bureaus at 60 days, and that's on you.
-|a!|-|Can we skip the story this time? I just need to know what you're doing about the balance.
-|a!|ac|别找借口了 ok? just tell me the date.
-|a!|ac|Last month it was the car, this month the boiler. When does the payment actually happen?
-|a!|sd|You signed for the loan, you got the money, and the money's due. Simple as that.
-|a!|ec|Not paying isn't a plan. The lender will eventually look at court action if this carries on.
-|a!|ac|Time's up on "I'll call you back". I need a commitment on this call.
-|a!|-|I'm being straight with you because nobody else has been: this isn't going away by itself.
-|n!|ac|I need a clear repayment date from you by end of day today, please.
-|n!|ac|To keep the plan open, the first payment has to be in by the 15th. If it isn't, the plan lapses and the full arrears are due again.
-|n!|ec|The creditor may take legal action to recover the debt. I'm not saying it will, but it's a real option for them.
-|n!|ec|If the account stays in default, the lender may sue in civil court, and a judgment could follow if the court agrees.
-|n!|ec|Your loan agreement allows us to report late payments to Experian, Equifax and TransUnion, and we do.
-|n!|ec|As per the terms you signed, we report the account status to the credit bureau every month.
-|n!|ec|If we can't agree anything, the account may be passed back to the original lender's legal team to consider next steps.
-|n!|ec|Wage garnishment can only happen after a court judgment, and there isn't one. I'd like to keep it that way.
-|n!|ec|We may apply for a County Court Judgment if there's no response, but we'd write to you first.
-|n!|id|Just so you're aware, this call is being recorded.
-|n!|-|I can't promise the fees will be waived. I can only pass on the request.
-|n!|op|I'm not able to wipe the interest, I'm sorry. What I can do is freeze it while you're on a plan.
-|n!|op|I won't tell you I can knock off half, because I can't. Settlement offers have to come from the lender.
-|n!|ec|Paying today won't remove the late payment from your credit history, I'm afraid, but it does stop it getting worse.
-|n!|op|Please only pay through the official website, the app, or the phone line on your statement. Never to a personal account.
-|n!|op|You can pay at pay.greenfieldloans.com using your reference number, it's the secure portal.
-|n!|op|The easiest way is the Pay Now button in the app, it goes straight to your loan account.
-|n!|op|Bank transfer's fine — the sort code and account number are on your statement, under the company's name.
-|n!|-|For your safety, we'll never ask you to send money to an individual. Use the portal only.
-|n!|op|You can pay by cheque made out to Hartwell Bank Plc, with your reference on the back.
-|n!|sd,ac|As the guarantor on this loan, you're liable for the missed payments under the guarantee you signed. The arrears are £720. When could you make a payment?
-|n!|sd|Mr Osei, you co-signed the car loan with your son, so the $2,100 past due can be collected from either of you.
-|n!|sd,ec|Because you signed the personal guarantee, the lender can ask you to cover the balance if the borrower doesn't. That's why I'm calling.
-|n!|ac|You're named as co-borrower on the agreement, so we need to agree a plan with you as well. What could you manage?
-|e!|em,sd|I know it's hard being the guarantor here, and it's not your fault he stopped paying. Legally though, the £1,350 can be claimed from you.
-|n!|sd,op|As co-signer, you can clear the $400 arrears or set up $100 a month, whichever works for you.
-|n!|vf,sd|Can I confirm you're Mrs Adebayo, the guarantor on loan 55802? There's £960 in arrears on it.
-|n!|-|你是 co-signer 对吧? So legally we can talk about the balance with you too.
-|n!|cl|I understand. Following your letter, this is to confirm we are ending our collection efforts and won't contact you further about this account.|@CEASE
-|n!|ec|We've received your request to stop contact. We'll stop calling. I'm obliged to tell you the creditor may now consider filing a lawsuit.|@CEASE
-|n!|cl|Understood. We've noted the cease request and closed the account for contact. You'll get one letter confirming this.|@CEASE
-|n!|ec|Noted. This is just to let you know we're ceasing collection efforts, and the creditor intends to refer the file to its attorneys to consider a suit.|@CEASE
-|n!|cl|Yes, we received it. I'm sorry for this call, it shouldn't have gone out. We'll stop contacting you.|@CEASE
-|n!|-|We have your letter. The only further contact will be a written notice if the creditor decides to pursue a specific remedy.|@CEASE
-|n!|cl|Absolutely, I'll update the account to email only. You won't get any more calls from us.|@EMAIL
-|n!|-|Sure thing. I'll send the breakdown to the address on file and we'll keep it in writing from here.|@EMAIL
-|n!|cl|Of course. I've switched your preference to text messages only. Thanks for letting me know.|@EMAIL
-|e!|em|No problem at all, I've noted you'd prefer not to get phone calls. Everything will come through the portal.|@EMAIL
-|n!|op|Understood. I'll email you the plan options today; just reply with the one you prefer.|@EMAIL
-|n!|-|Done — I've put a note that there are to be no calls to your workplace. What's the best number after six?|@NOWORK
-|e!|em|Sorry about that, I'll make sure nobody calls the office again. Would your mobile in the evening work?|@NOWORK
-|n!|-|Noted, no more calls to your work. I'll send you an email instead.|@NOWORK
-|n!|ac|Of course. What time tomorrow would be good for a quick call, between nine and eight?|@NIGHT
-|e!|em,cl|Sorry, you're right, it's late. I'll call back tomorrow after nine. Goodnight.|@NIGHT
-|n!|-|Apologies for the timing. Would tomorrow at 10 am work for you?|@NIGHT
-|n!|cl|No problem, I'll leave it there for today. You can reach us any time on the number on your letter.|@END
-|e!|em,cl|Ok, I understand. Thanks for listening, I'll send you the details in writing.|@END
-|n!|cl|Alright. I'll put it in an email so you can look at it when you're ready. Bye.|@END
-|n!|-|Understood. Could you give me your attorney's name and number so we can contact them directly?|@ATTY
-|n!|cl|Thanks for letting me know. We'll direct all communication to your attorney from now on.|@ATTY
-|n!|-|Got it. I'll note that you're represented and pass the file to our legal liaison to contact your solicitor.|@ATTY
-|n!|-|Thanks for telling us. You have the right to dispute it; if you send the dispute in writing within 30 days, we'll pause collection until we send you verification.|@DISPUTE
-|n!|sd|I hear you. Our records show $3,140; I'll send you an itemised statement so you can compare it with your receipts.|@DISPUTE
-|e!|em|That's worrying, I'm sorry. If you think it's identity theft, we'll stop collecting while we investigate. Can you send us a police or FTC report?|@DISPUTE
-|n!|-|No problem, if you've got the receipt, email it over and we'll put the account on hold while we check.|@DISPUTE
-|n!|sd,ec|The difference is the contractual interest and two £12 late fees. I'll send the full breakdown, and you can challenge any item.|@DISPUTE
-|n!|-|Understood, I've marked the account as disputed. You'll get a validation notice within five days.|@DISPUTE
-|n!|ac|Would it be easier if I called you at 8:30 in the morning before you head out?
-|n!|-|What times work best for you? We can call any time between 8am and 9pm.
-|n!|cl|Ok, I'll ring you back at 7:30 this evening like you asked. Speak then.
-|n!|ac|I'll call you on Saturday at 11 as you suggested, and we'll confirm the amount then.
-|n!|-|You mentioned you work nights, so I've set your calls for early afternoon. Does 2pm suit?
""")
# ---------------------------------------------------------------- privacy
add("""
P|n|sd|Can you let him know his credit card payment is two months late? It's pretty urgent.|@THIRD
P|n|-|Yes, please tell her it's Dalton Collections calling about her overdue account.|@THIRD
P|e|em|I'm sorry to put this on you, but your son's behind on his car payments. Could you have a word with him?|@THIRD
PU|n|sd|Ok, well, she owes $1,780. If you're family, maybe you can help her cover it?|@THIRD
P|n|-|Could you remind him he owes us money? He keeps ignoring our calls.|@THIRD
P|n|sd|Just tell him it's about the loan he hasn't paid since June.|@THIRD
PU|e|em|I hate to ask, but would you be able to pay the £250 for her this month? She's really struggling.|@THIRD
P|n|-|Tell him the collection agency called. Again.|@THIRD
P|a|-|Well you can tell your husband to stop ignoring his debts.|@THIRD
P|n|sd|Since you're his wife, you probably know about the $6,400 personal loan? He's 90 days behind.|@THIRD
P|n|-|It's regarding a past due balance. If he doesn't call back, it'll go to the next stage.|@THIRD
P|e|-|Maybe you could encourage her to get this debt sorted, it'd really help her.|@THIRD
PU|n|-|Since she's living with you, do you think you could chip in so the account doesn't default?|@THIRD
P|n|-|Please pass on that his payday loan is in collections and he needs to call us today.|@THIRD
P|n|sd|ok so basically he borrowed 3k from our app and hasn't paid a cent, can u tell him to call|@THIRD
P|n|-|Does your colleague often have money troubles? He's behind with us as well.|@THIRD
P|n|-|Let him know it's about the unpaid phone bill, he'll know which one.|@THIRD
P|n|sd|你是他妈妈? Ok, can you tell him his loan is overdue $900, he needs to pay soon.|@THIRD
P|a|-|Look, if he won't answer, you need to make him. He owes money and it's not going away.|@THIRD
P|n|-|Tell her that if she doesn't deal with the credit card debt, it's going to get worse for her.|@THIRD
PU|n|-|Are you able to make a payment on his behalf today? Even £50 would help his account.|@THIRD
P|n|sd|It's the gym membership debt, $410 in collections. She can call me back on this number.|@THIRD
P|e|-|I'm sure you care about him. Could you sit down with him and talk about paying what he owes us?|@THIRD
P|n|-|Is he usually this bad with money? Asking because he's dodging a debt with us.|@THIRD
P|n|-|Could you please ask your roommate to pay her overdue rent loan? Thanks.|@THIRD
P|n|sd|Just let her know we're still waiting on the $530 from the medical bill.|@THIRD
P|n|-|Let him know Apex Recovery needs to discuss his default before we escalate.|@THIRD
PU|n|-|Since you're his dad, maybe you could just settle it and sort it out with him later?|@THIRD
P|n|-|Right, well it's about the money she borrowed. Get her to call us or it goes further.|@THIRD
P|a|-|tell ur bf to pay his debts, we're sick of chasing him|I'm his gf, he's at work rn
""")

add("""
P|n|-|If I can't reach you, I'll have to call your HR department to get a message to you about this account.
P|n|-|We'll be sending a letter to your employer about the outstanding balance.
P|e|em|I really don't want to, but if this isn't sorted by Friday I'll have to speak to your manager about it.
P|n|-|Your emergency contacts will be informed about the unpaid loan if we can't resolve this.
P|a|-|Ignore me again and every number in your contacts gets a call about what you owe.
P|n|-|We're allowed to notify your references of the default, so that'll be happening next week.
P|n|-|I've got your sister's number here. Maybe she'd like to know about your debt.
P|a|-|How about I post your name and balance on your Facebook page? Bet your friends would love that.
P|n|-|Our policy is to inform the borrower's family once an account passes 60 days overdue.
P|e|em|Look, I get it, but your mum's listed as a contact and I'll have to let her know about the arrears if you can't pay.
P|n|-|We'll reach out to your colleagues at Brookfield Logistics to help us get in touch about the debt.
P|a|-|Maybe your boss should know his delivery driver doesn't pay his bills.
P|n|-|I'll be calling your landlord to let him know about the overdue amount.
PD|n|-|We'll add your name to the defaulters list that's shared with your company's payroll team.
P|a|-|Pay up or I'll message your wife. Her number's right here in the app permissions.
P|n|-|Just a heads up: if the payment is missed again, we contact the people listed in your phone book.
P|e|em|Between us, I'd hate for your in-laws to find out about this, so let's get it sorted today, ok?
P|n|-|Your LinkedIn shows you work at Fenwick & Co. We can contact them directly about the debt.
P|a|-|Your whole group chat is going to hear about this. Screenshots and all.
P|n|-|I've left a voicemail on your office phone with the details of the debt.
P|n|-|I told the receptionist at your work about the account since you weren't answering.
P|n|-|Your daughter picked up earlier, so I explained about the overdue loan. She said she'd pass it on.
P|a|-|Don't want your church friends knowing? Then pay.
P|n|-|We'll send the next notice to your parents' address, marked "Final Demand - Debt".
P|n|-|I spoke to your neighbour yesterday and told her we're looking for you about an unpaid loan.
P|a|-|Keep ghosting us and we'll start contacting everyone on your Instagram.
P|n|-|我们会 contact your 同事 about the overdue payment if you don't call back by Monday.
P|n|-|I'll be reaching out to your university's finance office about the unpaid balance.
P|e|em|I'm sorry it has to come to this, but company policy is that your emergency contact, your brother, gets told about the default next.
P|n|-|Once the account is 90 days late, we send a notice to your employer's HR.
P|a|-|Your coworkers are gonna find out real soon what kind of person they're working with.
P|n|-|A field agent will visit your workplace to discuss the balance with your supervisor.
P|n|-|We can post a public notice in your building about the outstanding debt.
P|n|-|I've emailed your work address with the full statement, so check there.
P|n|-|Should I call your wife to see if she knows about this loan?
P|a|-|Everyone in your WhatsApp family group will know by tonight. Your choice.
P|n|-|We've already contacted three people from your contact list about the arrears.
P|e|em|Honestly, telling your husband might be the best thing — would you like me to explain the debt to him when he's home?
P|n|-|If we don't hear back, we'll be in touch with your old school friends on Facebook to help locate you regarding this debt.
P|n|sd|Texting your brother Kevin now — "Your brother owes LendFast $1,200, please get him to pay."
""")
# ---------------------------------------------------------------- harassment
add("""
H|n|-|I'll be calling you every hour until we get a payment.
H|a|-|You'll hear from me morning, noon and night till this is paid.
H|n|-|I've set the system to dial you ten times a day from now on.
H|a|-|Don't answer? Fine. I'll just keep calling. I've got all day.
H|n|-|Expect a call at 10:30 tonight, that's when I know you're home.
H|n|-|I'll try you again at 6 tomorrow morning before you leave for work.
H|e|em|I know you're busy during the day, so I'll ring you around 11pm when things are quiet, ok?
H|a|-|Block this number and I'll call from another one. And another.
H|n|-|We'll be texting you every day, several times a day, until the account is current.
H|a|-|If you won't pick up, I'll call your house phone, your mobile and your work line, every single day.
H|n|-|Just so you know, our auto-dialler will keep redialling every fifteen minutes.
H|a|-|You think you can hang up on me? I'll call straight back. Every time.
H|n|-|My shift ends at midnight, so I'll give you a buzz just before then.
H|n|-|We'll be calling you on Saturday at 7am so we catch you before you go out.
H|a|-|I'm going to ring you until your phone dies.
H|n|-|Since you've been ignoring us, we'll be sending a reminder text every two hours.
H|a|-|Go on, hang up. I'll be calling back in thirty seconds.
H|n|-|I'll call back every day this week — morning, lunch and evening.
H|a|-|You can't just end the call when it suits you. We're finishing this.
H|e|em|I totally understand you're exhausted, but I'll need to keep calling daily until we have a plan, sorry.
H|n|-|we gonna keep blowing up ur phone til u pay lol
H|a|-|Ignore my calls all you like, I'll just show up in your inbox, your voicemail, your texts, all day every day.
H|n|-|I'll set up calls at 9:45pm each night, that way we don't interrupt your work day.
H|n|-|We'll call you at 5:30am tomorrow, it's the only slot I've got.
H|a|-|I'll be calling until midnight if that's what it takes.
H|n|-|Every number you've ever given us will be called, every day, until you pay.
H|a|-|每天打, every day, until you pay. Don't think you can hide.
H|n|-|You'll get twenty calls a day from our team until this is resolved.
H|e|-|No worries if you can't talk now! I'll just try again in ten minutes, and ten minutes after that.
H|n|-|We operate 24/7, so you may get calls at any hour until the account is brought up to date.
""")

add("""
H|a|-|I don't care if you're at work. I'll keep calling the office until you pick up.|@NOWORK
H|n|-|Unfortunately we can't stop calling your workplace, it's the number on file.|@NOWORK
H|a|-|Then maybe you should've paid. I'm calling your work every day this week.|@NOWORK
H|n|-|Well, your manager can pass the phone to you then. I'll call back in an hour.|@NOWORK
H|e|em|I hear you, really. But the office number is the only one that works, so I'll have to keep using it.|@NOWORK
H|n|-|Sorry, I've got to use the number we have. I'll try your work again at 2.|@NOWORK
H|a|-|Your job's not my problem. Answer my calls and I'll stop ringing the warehouse.|@NOWORK
H|a|ac|I don't care what time it is. You owe us, and I want an answer now.|@NIGHT
H|n|-|We're open till midnight, so this is a perfectly normal time to call.|@NIGHT
H|a|-|Then you should've answered at two this afternoon. We're talking now.|@NIGHT
H|n|-|Sorry, but I'll be calling again at eleven if we don't finish now.|@NIGHT
H|e|em|Sorry for the hour! I'll try again at 6am, before work, so it's less disruptive.|@NIGHT
H|n|ac|It's late for me too. Just give me a payment date and we're done.|@NIGHT
H|a|-|Hang up and I'll call right back. Not going anywhere.|@END
H|a|-|You don't get to hang up on me, we're not finished.|@END
H|n|-|If you end the call now, I'll just keep calling all evening.|@END
H|a|ac|Nah, you're not going anywhere till I get a date. Talk.|@END
H|e|em|I know this is hard, but I can't let you go until we agree something, okay?|@END
H|n|-|If you hang up, it'll be marked as refusal to cooperate and you'll get calls daily.|@END
H|a|-|Go ahead, put the phone down. You'll be hearing from me in five minutes.|@END
H|n|-|Please stay on the line, I'll keep calling back until we finish this.|@END
H|a|-|Attorney or not, you're the one who owes the money. I'll keep calling you.|@ATTY
H|n|-|We don't have to talk to your lawyer, this is between you and us.|@ATTY
H|a|-|Lawyers cost money, maybe use that to pay us instead. Anyway, when's the payment?|@ATTY
H|n|ac|Your attorney doesn't need to be involved for a simple payment date. What date works?|@ATTY
H|e|em|I understand, but we'd still like to keep talking with you directly, it's quicker for everyone.|@ATTY
H|n|-|Your letter's been noted, but we'll continue to call until the balance is resolved.|@CEASE
H|a|-|A letter doesn't stop us. You'll keep hearing from us.|@CEASE
H|n|ac|I'm aware of your letter. I'm just calling to see when you can pay.|@CEASE
H|e|em|I know you asked us to stop, and I'm sorry, but I really wanted to check in about a payment.|@CEASE
HD|n|-|We don't accept cease requests on this type of account, so calls will continue.|@CEASE
H|n|-|Email is too slow for us, I'll keep calling your mobile.|@EMAIL
H|a|-|You don't get to pick how we contact you. I'll call when I want.|@EMAIL
H|n|-|Our system only does calls, so you'll still get those.|@EMAIL
H|e|em|I understand, but a quick phone call is so much easier — I'll ring you tomorrow morning.|@EMAIL
H|n|-|We'll still phone you daily, but I can send emails too.|@EMAIL
""")
# ---------------------------------------------------------------- unfair_demand: new borrowing
add("""
U|n|op|Have you thought about taking a cash advance on your credit card to clear this?
U|e|em,op|I know it's tough. A lot of people in your situation take out a small payday loan just to get us off their back.
U|n|op|You could always open a new credit card with a 0% balance transfer and move this onto it.
U|a|-|Borrow it. From anyone, a bank, an app, I don't care. Just pay us today.
U|n|op|There are apps like CashNow that'll lend you $500 in minutes, then you can pay us straight away.
U|e|em,op|Could you ask your bank for an overdraft extension to cover it? That'd take the pressure off with us.
U|n|op|Why not put it on your Amex and deal with that later?
U|n|op|Our partner lender can give you a consolidation loan today to pay this off. Want the link?
U|n|op|Maybe pawn something — a laptop or jewellery — to raise the £300?
U|a|-|Sell the car if you have to. Not my problem how, just get the money.
U|n|op|You could max out your store card and pay us from that.
U|e|em,op|I'd hate for this to drag on. Have you considered a title loan on your car? It's quick.
U|n|op|Just take out another loan from us to cover this one. It's approved already.
U|n|op|Try Klarna or Afterpay for your shopping this month and use your wages to pay us instead.
U|a|-|Open another credit line, you've got a decent enough score to get one. Then pay.
U|n|op|Remortgage, borrow against the house, whatever. There are options.
U|e|em,op|Honestly the easiest thing would be a quick loan from one of those online lenders, then you're clear with us.
U|n|op|You could borrow it from your 401k and pay us off today.
U|n|op|去借点 from another platform, just to cover this month, then we're fine.
U|n|op|u got a credit card right? just put the 600 on that
U|n|op|Apply for a new Capital One card and transfer the balance there, that's what I'd do.
U|a|-|Stop crying about it and get a payday loan like everyone else.
U|n|op|If you sell your PlayStation and TV, that's most of the arrears covered right there.
U|e|em,op|Would your employer do a salary advance? Ask them for this month's wages early so we can clear it.
U|n|op|You can go to a cheque-cashing place and get a loan against your next paycheck.
U|n|op|My cousin does private loans, pretty fair rates. Want me to put you in touch so you can pay us?
U|n|op|Take a cash-out from your credit card at the ATM and bring it down to the branch.
U|e|-|I know it's not ideal, but borrowing from a loan shark for a week is better than defaulting with us.
U|n|op|There's a "buy now pay later" trick: buy gift cards, sell them, and use the cash for us.
U|n|op|Use your student loan disbursement to clear this, that's what it's there for.
""")

add("""
U|n|op|Can't you just borrow it from someone? Take out a little loan and pay us back today.|I can't pay the full amount right now.
U|e|em,op|I'm sorry about that. Maybe a short-term loan could bridge the gap until you're back on your feet?|I just lost my job.
U|n|op|Then use a credit card in the meantime, that's what they're for.|I'm waiting on my tax refund.
U|a|-|Then get a second job or a payday loan, because we're not waiting.|My hours got cut.
U|n|op|A consolidation loan would sort all of them in one go. I can refer you to our partner, they'll pay us first.|I've got three other debts too.
U|e|em,op|That's really hard. Have you thought about pawning some jewellery just to cover the minimum?|My partner left and I'm paying everything alone.
U|n|op|Take a cash advance and we'll have it cleared by the end of the day.|Money's tight but I'm trying.
U|n|op|Well, if you don't have it, borrow it. There are apps that pay out in an hour.|I want to pay, I just don't have it this month.
""")

# ---------------------------------------------------------------- unfair_demand: third parties paying
add("""
U|n|op|Could your parents help you out with it? Maybe they could pay it off directly.
U|e|em,op|Is there a family member who could cover this for you? We'd accept the payment from them today.
U|a|-|Get your husband to pay it then. He's got a job, hasn't he?
U|n|op|Your wife's income counts too, so she can make the payment for this month.
UP|n|-|If you can't pay, we'll be asking your brother to settle it.
U|e|em,op|Maybe your friends could each chip in a little? It's only $400 between a few people.
U|n|-|Your flatmates can send the money on your behalf, just give them the reference.
U|a|-|Ask your rich uncle. I'm sure he can spare £800.
U|n|op|Your son's working now, right? He could take over the payments.
UP|n|-|We'll be sending the bill to your parents' address since they're listed as contacts.
U|e|-|Family should help each other. Why not ask your sister to cover this month?
U|n|-|Since your partner lives with you, we'll need her to contribute to the payments.
U|a|-|Tell your girlfriend to transfer it. I don't care whose money it is.
UP|n|op|Could your employer pay it out of your wages directly? We can send them the invoice.
UD|n|-|Whoever lives at the address is liable for the bill, so someone there needs to pay.
U|e|em,op|I'm sure your parents would want to help. Do you want to call them now and I'll wait?
U|n|op|You could start a GoFundMe and ask your friends. People do it all the time.
UD|n|-|Your dad co-owns the house, so we can recover the debt from him too.
UP|a|-|Your whole family's been ignoring us. One of them is paying, today.
U|n|op|your mum said she might help? get her to send it thru today
UD|n|-|Your adult children can be held responsible for this if you don't pay.
U|e|em,op|I know you don't want to ask, but maybe your in-laws could lend a hand this once?
U|n|op|让你家里人 help you pay, ok? Your parents or siblings, anyone.
UDP|n|-|Since you're married, the debt's half your husband's, so we'll be contacting him for payment.
U|a|-|Ask your mates at the pub to chip in. Bet they've got £20 each.
""")

# ---------------------------------------------------------------- unfair_demand: fees and personal accounts
add("""
UD|n|-|There's a $50 collection fee added for every month the account stays open with us.
UD|n|-|If we have to send someone to your house there's a £95 visit fee, just so you know.
U|n|-|We'll need an extra $35 processing charge to set up the payment plan.
U|n|-|Paying by phone has a $15 convenience fee, I'll just add that to today's amount.
UD|a|-|Every time I have to chase you, it's another twenty quid on the bill.
U|n|-|To reopen the account we charge a reinstatement fee of $100.
UD|n|sd|Total with our agency fee comes to $1,480 — the agency fee is 25%, standard.
UD|n|-|There's also a late-handling fee of £60 that kicks in tomorrow.
U|n|op|If you want the settlement, there's a £40 admin fee to process the paperwork.
UD|n|-|A $200 legal preparation fee will be added if we don't hear back by Friday.
U|e|em,op|I'll waive half the arrears, but I do need a $75 goodwill fee to do that.
UD|n|-|Missed promise-to-pay means a $25 broken-promise penalty, added automatically.
U|n|op|To avoid the fees, just send it to my personal PayPal and I'll update the account.
U|n|op|You can Venmo me directly at @tyler-collections-77, it's faster than the portal.
U|e|em,op|Don't worry about the website. Just Zelle the $150 to my number and I'll take care of it.
U|n|op|Send it to this account instead: sort code 20-45-12, account 81723344, name J. Harris.
U|n|op|Cash App works too, my tag is $KevinM22. I'll make sure it gets credited.
U|n|op|Pay by gift card — buy a $300 Google Play card and read me the code.
U|n|op|转账 to my WeChat, ok? I'll mark it as paid on our side.
U|n|op|Can you transfer it to my colleague's account? Ours is having issues today.
U|e|em|I'll do you a favour — put it in my personal account and I'll knock off the late fees.
U|n|op|Just send it to my Revolut, it's quicker than the company system.
U|a|-|Don't bother with the app. Transfer it to the account I'm texting you now, today.
U|n|op|Pay it in cash to our field agent when he comes round, he'll give you a handwritten receipt.
UD|n|op|Send the money in Bitcoin to this wallet, that's how we handle overdue accounts now.
U|n|op|My supervisor's account is fine too, here's his bank details.
U|n|-|You can Alipay me directly, 支付宝 is fine, I'll sort the rest.
U|n|op|There's a small $9.99 fee if you pay through me, but it's instant.
UD|n|-|We charge interest at 5% a week on overdue accounts now, so pay quickly.
UD|n|-|The $30 call-handling charge for today is due along with the payment.
""")
# ---------------------------------------------------------------- threat
add("""
T|a|-|We know where you live, Mr Daniels. Think about that before you ignore the next call.
T|a|-|Nice house on Maple Drive. Shame if anything happened to it.
T|a|-|Your kids walk home from Lincoln Elementary, right? Cute backpacks.
T|a|-|You should be careful when you go out at night. Just a friendly warning.
T|a|-|Some of our field guys aren't as patient as me. I'd pay before they get involved.
T|a|-|People who mess us around tend to have accidents. Just saying.
T|a|-|That's a nice car in your driveway. Be a real pity if it got scratched up.
T|a|-|I'll come down to your work myself and make a scene you won't forget.
T|a|-|Don't make me come round there. You won't like it.
T|a|-|We've got people in your area. They could pop by tonight for a "chat".
T|a|-|Keep it up and you'll find out what happens to people who don't pay.
T|a|-|I hope your wife feels safe at home alone during the day.
T|a|-|Things could get really ugly for you and your family if this isn't paid.
T|a|-|I'd watch my back if I were you.
T|a|-|One of our guys will be waiting outside your flat when you get home.
T|a|-|Your mum lives on Ash Street, doesn't she? Lovely little garden.
T|a|em|I like you, so I'm warning you nicely: the next people who come won't be this friendly.
T|a|-|Pay up or we'll take it out of your hide.
T|a|-|You know what happens to people who steal from us? They regret it.
T|a|-|Let's keep this friendly, yeah? For your daughter's sake.
T|a|-|We'll be at your door tomorrow, and we're not leaving until we're paid.
T|a|-|I'm gonna find you. Believe that.
T|a|-|小心点 ok? We know your address and we know your car.
T|a|-|Maybe a visit to your kid's school will get your attention.
TP|a|-|We'll turn up at your wedding and let everyone know. Loudly.
T|a|-|Open the door when our guys knock, or they'll open it for you.
T|a|-|See you Saturday at your son's football match, yeah?
T|a|-|I've seen what happens to people like you who ignore us. It's not pretty.
T|a|-|ur lucky i'm on the phone and not at ur door rn
T|a|-|We can make your life very uncomfortable, trust me.
T|a|-|Don't be surprised if your tyres are flat one morning.
T|a|-|Would be a shame if something happened to that little shop of yours.
T|a|-|Our recovery team is very, very persuasive in person. You'll see.
T|a|-|Just remember, accidents happen.
T|a|-|I'm outside your building right now. Want to come down and talk?
""")
add("""
TP|a|-|We'll show up at your office and tell everyone there what you owe, right in front of your boss.
TP|a|-|Next time I'll knock on every door on your street and ask where the deadbeat lives.
TI|a|-|Listen you worthless piece of garbage, pay or we'll come and get it ourselves.
TH|a|-|We'll be outside your house every night until you pay.
TH|a|-|I'll follow you to work if I have to. Every day.
TPI|a|-|Your neighbours will find out what a thief you are when we turn up with a megaphone.
TD|a|-|The bailiffs and the police are coming to break your door down tomorrow.
TH|a|-|We'll keep turning up at your door till you pay, day or night.
TU|a|-|Get your parents to pay or we'll pay them a visit ourselves.
TP|a|-|We'll turn up at your daughter's school gates and ask her about her dad's debts.
""")
add("""
T|a|-|Maybe you'll pick up when we're standing in your kitchen.|Why do you keep calling me?
T|a|-|You'll pay one way or another, and I promise you won't like the other way.|What happens if I don't pay?
T|a|-|Keep saying that. Let's see how brave you are when we're at your door.|I'm not paying a penny until you explain these charges.
T|a|-|Then maybe we'll have to remind you in person. Your wife home during the day?|I honestly forgot about the due date.
T|a|-|Oh you'll sort it. People always sort it when we come round.|Can't you just give me more time?
T|a|-|Sue me then, tough guy. Or we'll settle it the old-fashioned way.|Go ahead and sue me, I don't care.
T|a|-|You won't be laughing when you see who's waiting for you outside work.|lol good luck getting a cent from me
T|a|-|Try me. I know exactly which school your kids go to.|You can't do anything to me.
""")
# ---------------------------------------------------------------- insult
add("""
I|a|-|You're a deadbeat, plain and simple.
I|a|-|Honestly, what kind of grown man can't pay back three hundred dollars? Pathetic.
I|a|-|You people never learn, do you? Borrow, spend, cry.
I|a|-|Are you thick or just pretending? The payment was due last month.
I|a|-|Stop being such a freeloader and pay your bills.
I|a|-|Typical scrounger. Always an excuse.
I|a|-|lmao what a loser, can't even pay a phone bill
I|a|-|I've met a lot of liars in this job but you're up there.
I|a|-|You're a thief, that's what you are. You took the money and ran.
I|a|-|God, you're useless. No wonder you're broke.
I|e|em|I do feel sorry for you, I really do — it must be hard being this bad with money.
I|n|-|No offence, but people like you are exactly why lenders check credit scores.
I|a|-|Grow up. You're behaving like a spoiled child.
I|a|-|Is English hard for you? Let me say it slowly. Pay. The. Bill.
I|a|-|You lot from that estate are all the same.
I|a|-|Oh please, cry me a river, you absolute muppet.
I|a|-|What a joke you are.
I|a|sd|$200. Even an idiot could manage $200.
I|a|-|Shameless. You should be embarrassed to even pick up the phone.
I|a|-|Honestly you sound like a bum.
I|a|-|No job, no money, no shame. Impressive.
I|n|-|Frankly, someone your age should have their finances sorted by now. It's a bit sad.
I|a|-|Stop whining like a little girl and pay up.
I|a|-|You're a parasite living off other people's money.
I|a|-|Bet your parents are so proud of you. Not.
I|a|-|骗子, you're a scammer, that's what you are.
I|a|-|Clown. Absolute clown.
I|a|-|Do you ever get tired of being a failure?
I|a|-|Must be nice being a professional dodger.
I|e|-|Aw bless, you really thought you could just not pay? Sweet.
I|a|-|your a joke mate, honestly
I|a|-|Listen, sweetheart, little ladies shouldn't borrow money they can't handle.
I|a|-|I expected nothing from someone like you and you still managed to disappoint.
I|a|-|Nice try, dummy. We've heard that one before.
I|a|-|You're a waste of my time and everyone else's.
""")
add("""
IP|a|-|I'll tell your whole family what a deadbeat you are.
IP|a|-|Your boss is going to love hearing he hired a cheat.
IH|a|-|I'm going to keep calling you every day, you lying little rat.
IU|a|-|Go beg your mummy for the money, you spoiled brat.
ID|a|-|You're a criminal, and criminals go to prison. You understand that, idiot?
IU|a|-|Get a payday loan like a normal person, genius.
IP|a|-|Everyone in your group chat's going to know you're a freeloader.
IH|a|-|Ignore me again, moron, and I'll ring you at midnight.
IU|a|-|Your wife clearly wears the trousers, so get her to pay, you wimp.
IP|a|-|Might just call your mum and tell her what a waste of space her son turned out to be.
""")
add("""
I|a|-|Of course you did. People like you always "forget".|I honestly forgot about the due date.
I|a|-|Lost your job? Shocker. Maybe if you weren't so lazy.|I just lost my job.
I|a|-|Hospital, right. What's next, your dog ate the payment? Pathetic liar.|I was in hospital for two weeks.
I|a|-|No wonder she left, you can't even handle a loan.|My partner left and I'm paying everything alone.
I|a|-|Three debts? Wow, you really are a financial disaster, aren't you?|I've got three other debts too.
I|a|-|Because you're a deadbeat who doesn't pay, that's why.|Why do you keep calling me?
I|a|-|More time to do what, waste more money, idiot?|Can't you just give me more time?
I|a|-|Oh here comes the sob story. Save it, you leech.|Things have been tight since the layoff.
I|a|-|Can't read a bill either? Figures.|How much is it exactly?
I|a|-|Trying? You're trying my patience, you freeloader.|Money's tight but I'm trying.
""")
# ---------------------------------------------------------------- deception
add("""
D|n|id|This is Officer Grant from the county sheriff's office calling about your unpaid loan.
D|n|-|Not paying a loan is theft by deception, so this could become a criminal matter very quickly.
D|n|-|A warrant will be issued for your arrest if we don't receive payment by Friday.
D|n|-|Your case number is CV-2291-88 and your court date is set for the 14th. Pay now and it goes away.
D|n|id|I'm calling from the legal department of Hartman & Pierce, solicitors, on behalf of your creditor.
D|n|-|We've already filed the lawsuit, you should get the summons any day now.
D|e|em|I don't want to see you get a criminal record over something like this. Please pay today.
D|n|-|Once this hits 90 days you'll be blacklisted from every bank in the country.
D|n|-|Your kids won't be able to get student loans if this stays unpaid.
D|n|-|If you pay today I'll personally make sure the late payments are deleted from your credit report.
D|n|-|The system auto-files the court claim at 5pm today unless payment is made.
DU|n|sd|The balance is $4,800 now — that includes the $1,500 collection penalty we put on every account.
D|n|-|Hi, this is Royal Mail, we tried to deliver a parcel. Please call back on this number to rearrange.
D|n|id|This is the IRS collections unit. Your loan debt has been referred to us.
D|a|-|You'll go to jail. I'm not joking. People get locked up for this.
D|n|-|We've got a judgment against you already, so your wages will be garnished next week.
D|n|-|Your passport can be cancelled for an unpaid credit card, you know.
D|n|-|Overdue accounts get reported to immigration. It could affect your visa.
D|n|id|I'm a court-appointed enforcement officer. You need to pay today.
D|n|-|Your name is on the national defaulters register now. No one will rent you a flat.
D|e|em|I'm on your side here, honestly: if you pay the $500 now, I can get the whole remaining balance forgiven.
D|n|-|We sent you a lawyer's letter last week, didn't you get it? It's gone to the court.
D|n|-|The police have been notified about the account and they'll be in touch.
D|n|-|Your employer will be legally required to fire you once the judgment comes through.
D|n|-|This is your final chance before the account is sent for criminal prosecution.
D|n|-|If you don't pay by midnight your bank accounts will be frozen automatically.
D|n|-|Debt collectors in this state can seize your car without any court order, you know.
D|n|-|Your wife's credit score will be destroyed as well if you default.
D|n|-|This is the Department of Justice, debt recovery division.
D|n|-|we've got ur social security number flagged, u won't get benefits till u pay
D|n|-|Once it goes to court, it's an automatic felony charge.
D|n|-|I'm calling from Citizens Advice. We recommend you pay this debt in full today.
D|n|-|Your credit score is already at zero because of this account.
D|n|-|Paying in full today removes all record of the default, guaranteed.
D|n|-|Under federal law you have no right to dispute a debt after 10 days.
D|n|-|This is a pre-litigation notice. A process server is on his way to your address.
D|n|-|逾期 is a crime in the US too, you know. They can arrest you for it.
D|n|-|We're a government-authorised agency, so ignoring us is breaking the law.
D|e|em|I really wish I could help, but tomorrow the court will lock in the full $9,000 and there's nothing I can do after that.
D|n|-|If you don't pay, your children could be taken into care for financial neglect.
D|n|-|Your home will be repossessed if you don't pay this £600 credit card debt by Friday.
D|n|-|The balance jumped to $3,100 because it went to collections. That's the law.
D|n|-|Bankruptcy won't cover this, it's a criminal debt now.
D|n|-|You'll never be able to get a mortgage. Ever. That's what a default means.
D|n|-|This is Sergeant Miller. Call me back before the end of the day regarding your loan.
""")
add("""
D|n|-|Ignoring the lawsuit doesn't stop it. Your hearing is next Tuesday at 9am.|I've never received any court papers.
D|n|-|Receipts don't matter once it's in collections, you can't dispute it. Full $2,400's due.|I paid this off in March, I have the receipt.
D|n|-|Disputing won't help, it's already gone to judgment.|I dispute this debt.
D|n|-|Identity theft isn't an excuse, you're legally responsible anyway.|This isn't mine, somebody opened it in my name.
D|n|-|Your attorney can't stop a criminal case. This is beyond a civil matter now.|I have an attorney handling this now. Talk to her.
D|a|-|You'll be arrested before you even get a chance.|Go ahead and sue me, I don't care.
D|n|ec|You'll go to prison for fraud, that's what happens.|What happens if I don't pay?
D|e|em|I'm sorry, but if you don't pay now, they'll take your house. That's just how it works.|I can't pay the full amount right now.
D|n|-|Those fees are government-mandated, we can't remove them.|That balance is wrong, you've added fees I never agreed to.
D|n|-|Debts don't expire, ever. We can sue you for this one whenever we like.|This debt is from 2011, isn't it too old?
""")
add("""
DP|n|-|We're obliged by law to inform your employer once an account defaults.
DH|n|-|By law we're required to call you every day until the debt is paid.
DU|n|-|Your parents are legally liable for your debts because you live with them.
DU|n|-|Under the new regulations, a $150 enforcement fee is now due on all overdue accounts.
DT|a|-|The bailiffs are already on their way. They'll take the TV, the car, everything.
DI|a|-|You're a criminal and you'll be treated like one. Jail, mate.
DP|n|-|The court requires us to notify your family and employer of the debt.
DU|n|-|The law says you must take a loan from our partner to settle this within 14 days.
""")
pool("GUAR", """
I co-signed that loan for my daughter. What's going on with it?
I'm the guarantor on his car finance, they sent me a letter.
Yes, I'm the co-borrower on the account, my ex stopped paying.
I signed the guarantee for my nephew's loan, is there a problem?
I'm her dad and I'm on the loan as guarantor. Talk to me.
I'm the cosigner. He told me he'd been paying.
I'm listed as guarantor, I got your letter yesterday.
I'm the joint account holder, my husband's name is on it too.
""")
pool("NONLIABLE", """
I'm his brother, I've got nothing to do with his loan.
I'm just her friend, she gave you my number as a reference.
I'm his mum, but I never signed anything.
We're not even married, I'm just his girlfriend.
I'm her flatmate, why are you calling me?
I'm his colleague. He put me down as a contact, I don't know why.
I'm her son, I'm not on any of her accounts.
I'm his ex, we split up a year ago.
""")
pairs("""
PU|n|sd,ac|So as far as the $1,400 goes, can you make a payment towards it this week?|@NONLIABLE|@GUAR
PU|n|sd,op|The arrears are £660. We could set up £110 a month with you to clear them.|@NONLIABLE|@GUAR
PU|e|em,sd,ac|I know this isn't what you wanted to hear, but there's $2,300 overdue. What could you put towards it?|@NONLIABLE|@GUAR
P|n|sd,ec|Right, the loan is 75 days behind and the lender is considering a civil claim.|@NONLIABLE|@GUAR
PU|n|ac|We'll need a payment from you by the 30th to keep the account out of default.|@NONLIABLE|@GUAR
P|n|sd|Payments stopped in February, and £1,890 is still owing on the finance agreement.|@NONLIABLE|@GUAR
PU|n|op|Would you be able to take over the monthly payments of $240 until things settle?|@NONLIABLE|@GUAR
P|n|sd,ec|The car finance is three months in arrears, and the agreement lets the lender recover the car if it carries on.|@NONLIABLE|@GUAR
PU|e|em,op|I'm sorry you're caught in the middle. Could you manage even $50 a month towards the balance?|@NONLIABLE|@GUAR
P|n|sd|Last payment received was £95 on 2 April. Balance now £3,004.|@NONLIABLE|@GUAR
P|n|id|This is Sam from Redline Debt Recovery, I'm calling about the overdue account.|@THIRD|@SELF
P|n|id,ac|It's Becca from LoanStar collections, I just need a payment date today.|@THIRD|@SELF
P|n|sd,op|So the overdue catalogue payments come to £276 — we can do £46 a month if that's easier.|@THIRD|@SELF
P|e|em,sd|Thanks for picking up. I know the credit card's been a worry, the past-due part is only $180.|@THIRD|@SELF
P|n|sd,ac|ok so the $350 for the phone bill, any chance by friday?|@THIRD|@SELF
P|n|sd,ec|The account is 30 days overdue; if it hits 60, it gets reported to the credit bureaus.|@THIRD|@SELF
P|n|ec|I'm calling because the lender is now looking at whether to take the unpaid loan to court.|@THIRD|@SELF
P|n|sd|Reminder: the £75 instalment on the sofa finance is 10 days late.|@THIRD|@SELF
P|n|sd,op|It's about the $1,020 in rent arrears your old landlord passed to us. We can spread it out.|@THIRD|@SELF
P|n|sd|Just calling about the overdue $260 on the Zip Pay account.|@THIRD|@SELF
""")
# ---------------------------------------------------------------- privacy batch 2 (veiled, polite, SMS, voicemail)
add("""
P|n|-|Voicemail: Hi, this message is for anyone at the Parker household. Jason owes Midway Finance $2,200, please have him call us.
P|n|-|SMS to work phone: Hi Lauren, this is Carver Collections re your unpaid balance. Please call us today.
P|e|em|I'd really prefer not to involve your employer, but I will need to confirm your salary with them and let them know why.
P|n|-|Just so you know, your sister already knows about the arrears, I spoke to her on Tuesday.
P|n|-|Could I get your manager's name? We like to loop in employers when accounts go to collections.
P|e|em|We're only trying to help, which is why we've asked your mum to have a gentle word with you about the loan.
P|n|-|A postcard will be sent to your address saying "Overdue Debt Notice" on the front.
P|n|-|We've emailed your work address and cc'd your line manager, just to be safe.
P|n|-|I left a message with your receptionist saying you're behind on your loan.
P|n|-|Facebook message to the borrower's cousin: Hi, do you know Tasha Green? She owes us money and won't answer.
P|n|-|I'm going to need to speak to your husband about the household debts, is he there?
P|n|-|We'll be letting your references know that the account is in default, it's part of the process.
P|e|-|It's sometimes easier coming from us, so I'll explain the debt to your partner when he's home.
P|n|-|The notice went to your old office address, so they might have opened it. Anyway, about the payment…
P|n|-|Our field agent asked your neighbours when you'd be back and mentioned the overdue bill.
P|n|-|I could call your uni tutor and see if he can remind you to pay.
P|a|-|Your dad answered last time. Nice guy. Bet he doesn't know about the £3k you owe.
P|n|-|Everyone who co-signs the lease with you will get a letter about this debt.
P|n|-|We've also sent the demand to your work email, in case you're not checking your personal one.
P|n|-|Heads up, we'll text your emergency contacts this afternoon to say you're overdue.
P|e|em|I'm sure your boss would understand if you explained it. If not, I'll call him and explain it for you.
P|n|-|If you don't call back, we'll ask your employer's payroll team to get in touch with you about the debt.
P|n|-|It's already been shared with the recovery network, including your employer and bank.
P|n|-|Your friends on the contact list will be informed that you're avoiding a debt.
P|a|-|Maybe your followers on TikTok would like to hear about this.
P|n|-|你老板 will get a call from us about the overdue loan if we don't hear back by Friday.
P|n|-|We already spoke to your flatmate and explained you owe $900. She seemed surprised.
P|n|-|We can always ask your church pastor to help us reach you about your debt.
P|n|-|I'll be posting the account in the Facebook group for your building, "Unpaid debt - please contact".
P|n|-|I sent a quick text to your wife's number about the overdue payments, just to make sure the message gets through.
P|e|em|I totally get it's private, but I'll need to chat to your father about the arrears since he's on your emergency contacts.
P|n|-|Your coworker Jim was very helpful, he said he'll remind you about the money you owe us.
P|n|-|Letters with our logo and "Debt Collection" on the envelope will go to your work address.
P|n|-|Your landlord has been informed of the outstanding balance.
P|a|-|Would your in-laws like to know why you keep dodging calls? I could tell them.
P|n|-|If your kid picks up next time I'll just tell him to remind you about the loan.
P|n|-|We'll be notifying your professional body about the unpaid debt.
P|n|-|We're going to ask your gym buddy — he's listed in your contacts — to nudge you about the repayments.
P|e|-|I just thought your wife should know, so I mentioned it when she picked up. Hope that's ok.
P|n|-|Our team will put up a notice on your front door so you don't miss it.
""")
add("""
P|n|-|Since you won't deal with it, I'll explain everything to your wife when she's in.|Look, I'm not going to talk about it today. Goodbye.
P|n|-|Fine, then I'll call your supervisor and ask him to get you to the phone about the debt.|Please don't call me at work, I could lose my job.
P|n|-|Ok, I'll leave the details with your colleague on reception then.|I can't take these at work, they monitor our lines.
P|a|-|Great, then your mum gets the call instead. She's on your contact list.|I'm not discussing this any more. Bye.
P|n|-|Alright, we'll contact your references instead and explain the situation.|Please stop, I don't want to talk about this right now.
P|n|-|If that's the case, we'll speak to your employer to confirm your income.|I'm not paying a penny until you explain these charges.
P|e|em|I'm sorry to hear that. I'll explain the debt to your daughter then, so she can help you manage it.|I was in hospital for two weeks.
P|n|-|Then I'll write to your ex-partner too, she might know more about the account.|My partner left and I'm paying everything alone.
""")
# ---------------------------------------------------------------- harassment batch 2
add("""
H|n|-|Voicemail: Hi Carl, it's Dana again, fourth call today. I'll keep trying every hour until you pick up.
H|n|-|Text: We will continue to contact you daily by phone, text and email until payment is received.
H|n|-|We'll ring you at 11:30pm tonight, it's the only time our evening team is free.
H|a|-|You turned your phone off? Cute. I'll call your landline. And your mum's. All night.
H|e|em|So sorry to call this late! It's about 10:15, I just wanted to catch you before bed to talk about the payment.
H|n|-|I've scheduled reminder calls for every day at 7:00 a.m. so you don't forget.
H|n|-|Our system will keep calling back automatically as long as the account is open.
H|a|-|Every time you decline, I'll redial. We'll see who gets bored first.
H|n|-|If you don't answer the 9 a.m. call, we'll try at 10, 11, 12, and so on.
H|n|-|You'll be getting calls every day this week, Sunday too, several a day. We don't stop at weekends.
H|a|-|I'll call you so many times you'll wish you'd paid.
H|n|-|Don't bother blocking us, we rotate numbers.
H|e|-|I'll just keep ringing, hun, don't worry — you'll pick up eventually.
H|n|-|I'll be messaging you on WhatsApp, Facebook and Instagram as well, every day.
H|a|-|Hang up one more time and see what happens. I've got your number on speed dial.
H|n|-|We'll call again at 10:45 tonight, when you're back from your shift.
H|n|-|You'll hear from us first thing tomorrow, around 6:30, before the office opens.
H|n|-|We'll keep calling your house until someone gives us an answer.
H|a|-|Think this is annoying? Wait till tomorrow. 30 calls, minimum.
H|n|-|Late night is the best time for us to reach you, so expect a call after 9:30 each evening.
H|n|-|明天早上七点 I'll call you again, ok? Early so you don't miss it.
H|n|-|our team calls every 20 mins til payment, sorry it's automated
H|a|-|Go ahead, switch off your phone. I've got your email, your work number and your address.
H|e|em|I understand you're upset. I'll give you ten minutes to calm down and then call you straight back, and keep trying till we talk.
H|n|-|We'll be ringing you at midnight to check in on the promise to pay.
H|a|-|Nobody gets off the phone with me without a payment date. Nobody.
H|n|-|I'll try you again at 5 in the morning UK time, that's when I'm on shift.
H|a|-|I'll ring you every single day until you're begging to pay.
H|n|-|You can expect daily calls, and home visits every weekend, until the balance is clear.
H|n|-|We'll send SMS reminders every hour, on the hour, through the night if needed.
""")
add("""
H|n|-|Sure, go, but I'll be calling back in five minutes, and every five minutes after that.|let me go, I have to pick up my kid
H|a|-|Doctor or not, you stay on the line till I get an answer.|I need to hang up, I'm at the doctor's.
H|n|-|Writing won't be necessary, we'll keep calling until it's resolved.|I'm ending this call. Send me something in writing.
H|a|ac|Back to work after you give me a date. Not before.|I have to get back to work, I'm hanging up.
H|n|-|That's fine, we'll just call you at 10pm when you're home then.|I can't take these at work, they monitor our lines.
H|a|-|Your boss can cope. I'm ringing the warehouse again after lunch.|no more calls to the warehouse pls. text me instead
H|n|-|We'll call you at 6am then, before your shift starts.|I work in a hospital, I can't answer during shifts. Call my cell in the evening.
H|n|-|Sorry, we can't do texts. We'll keep calling the mobile.|Text me, don't call. I can't talk on the phone at work.
H|a|-|I'll call at whatever time I like, mate.|It's past ten, I'm not doing this now.
H|n|ac|Well we're both up now, so how about that payment?|dude it's nearly 11pm, I was asleep
""")
# ---------------------------------------------------------------- unfair_demand batch 2
add("""
U|n|op|Could you use your overdraft to pay us now, and sort the bank out later?
U|e|em,op|If you're stuck, lots of customers borrow from a friend for a week just to clear this. Would that work?
U|n|op|Your credit card has a £1,000 limit, right? Pop the arrears on there and you're sorted with us.
U|n|-|I'd suggest a guarantor loan, a family member signs for it and you pay us with it.
U|a|-|Just go and borrow it off a mate, it's not rocket science.
U|n|op|There's an ATM round the corner from you. Cash advance on the Visa, pay us in branch, done.
U|e|em,op|Maybe ask your boss for a loan from the company? Lots of employers do that.
U|n|op|You could take out one of those "instant approval" loans online, they're pretty easy.
U|n|op|Borrow against your car's logbook, that'll cover the £900 easily.
U|n|op|Ask your parents for a loan and pay us today, then pay them back slowly.
U|n|op|How about selling your phone? It's a new iPhone, that's five hundred right there.
U|n|op|Put it on a credit card with a 0% intro rate, it costs you nothing for 12 months.
U|e|em,op|I get it, payday's far off. A small loan from MoneyMart would bridge that, and then you're clear with us.
U|a|-|I don't care if you have to rob a bank. Just kidding. Borrow it from somewhere though.
U|n|op|Take out a personal loan with your bank, they'll give you a better rate than us anyway.
U|n|op|Have you checked if you can pull money from your pension? Might be the quickest way.
U|n|op|Your brother-in-law runs a business, he could lend you it.
U|n|op|Use your rent money this month and pay the landlord late. We're the priority.
U|n|op|Skip the car insurance for a month and put that towards this.
U|n|op|Get a cash advance from one of the apps like Dave or Earnin, that's what they're for.
U|n|op|你可以 use 信用卡 to pay this off first, then deal with the card later.
U|e|em,op|Honestly, I'd go to a pawnbroker. Your wedding ring could cover most of it, and you can buy it back.
U|n|op|Most people in your position just take a second mortgage. Want the details of a broker?
U|n|op|Sign up for the new Flex card we've pre-approved for you and move the balance on there.
U|n|op|Our sister company offers instant loans — one click and we're paid.
U|n|op|Sell some of your shares or crypto, you've got some, right?
U|n|op|Your ex owes you child support, get her to pay that to us directly.
U|n|-|Your housemates will need to cover the rent loan between them if you can't.
U|e|em,op|What about your grandparents? Older folks often like to help out, and we can take card payments from anyone.
U|n|op|Your colleague offered to help last time we spoke to him. Why not let him pay?
UD|n|-|Your fiancé can pay it. It'll be his debt too once you're married anyway.
U|n|op|Could your church help? Some congregations have funds, and they can pay us directly.
U|n|-|Your employer can just deduct it from your paycheque — I'll send them the form.
U|a|-|Your boyfriend drives a BMW. He can pay your bills.
U|n|op|A bank transfer from any family member is fine, just use your reference.
U|n|op|Just have your mum Zelle it to us, we'll apply it to your account.
U|n|-|Payment has to be made to our agent's personal account this time, our system's down.
U|n|op|If you pay in cash, meet me at the café on Main Street at five.
U|n|op|E-transfer it to my Gmail, that's the fastest way to get it processed.
U|n|op|You can also pay into my business account — it's the same thing, trust me.
U|e|em,op|Tell you what, send it to my personal number on PayPal and I'll make sure the fees vanish.
U|n|op|Just send it to my WeChat Pay, 微信 is easier for you right?
U|n|op|Prepaid card is best — load $400 onto a Vanilla card and text me a photo.
U|n|op|I'll give you my brother's account, he handles our overflow payments.
U|n|-|There's a $45 fee for the payment plan to be set up, and a $10 fee per instalment.
UD|n|-|We've added a £75 trace fee because we had to find your new address.
UD|n|-|The account now includes a $250 collection cost, which we add to every file we take on.
U|n|-|We'll have to charge you for today's call, it's $20.
UD|n|-|If you reschedule the payment date, there's a $40 rescheduling fee.
U|n|-|Settlement requires a £99 processing charge, payable today.
""")
add("""
U|n|op|Then borrow it from someone and pay us first, we're the priority.|I get paid on the 15th.
U|e|em,op|That's hard, I'm sorry. Could you ask your family to cover it just this once?|I was in hospital for two weeks.
U|n|op|Then pawn something. You must have something worth $200.|I've got like 200 bucks I could maybe do.
U|n|op|Ok, but could you top it up with a cash advance and clear the lot?|Can we talk about a smaller amount?
U|n|op|If your partner left, maybe his family would help pay it off?|My partner left and I'm paying everything alone.
U|a|-|Don't care. Borrow it, beg for it, just pay it.|I want to pay, I just don't have it this month.
U|n|op|Well, what about your mum's credit card? She could put it on there.|Things have been tight since the layoff.
U|n|op|Why not get a loan from the refund advance people? They lend against your refund.|I'm waiting on my tax refund.
UD|n|-|That's the $60 processing fee for taking your call, it's standard.|Why is it so much more than the original loan?
U|n|op|No problem, just send it to my Cash App, it'll post faster.|How do I pay you?
U|n|op|Don't use the website, it's slow. Send it to my PayPal.|Can I just pay on the website?
U|n|op|The portal's down, send it to me directly and I'll apply it.|Is there a link I can pay through?
""")
# ---------------------------------------------------------------- compliant call flow, multi-move
add("""
-|n|id,vf|Hi, this is Marcus from Alder Credit. Before I go on, can you confirm your date of birth?
-|n|id,vf,as|Hello Ms Carter, it's Jo from Hightown Finance. Thanks for confirming your details. How are things at the moment?
-|n|vf,sd|Thanks, that matches. So, the account's 28 days overdue and the missed amount is $212.
-|n|id,sd|Hi Josh, Aaron from Kestrel Loans here, this is an attempt to collect a debt. Your $180 instalment from the 1st hasn't come through.
-|e|id,em|Hi, it's Fatima from Orbit Bank's support team. I'm calling because we noticed you've missed a payment, and I wanted to check you're ok.
-|n|id,vf,sd|Good afternoon, Sterling Recoveries, my name is Paul. Can I confirm I'm speaking to Mr Evans? Thanks — your balance with us is £1,725.
-|n|sd,as|You're £240 behind on the loan. What's been happening?
-|e|em,as|Sorry to hear things have been rough. Is the job situation likely to change soon?
-|n|as,op|Are you working at the moment? If money's tight, we have a reduced-payment option I can run through.
-|e|em,op,ac|I know it's a lot. Could you manage $60 by the 28th, and we'll look at the rest after?
-|n|sd,op,ac|You owe $1,500. We can do six payments of $250 — can the first one go out on Friday?
-|n|sd,ec,op|The balance is $2,700 and it's reported as 60 days late. If we set up a plan now, it stops getting worse.
-|n|ec,op|Just so you know, if it goes into default it'll affect your credit for years, so let's look at a plan you can keep.
-|e|em,ec|I don't want to lecture you, but each missed month shows on your file. A small plan would help.
-|n|ac,cl|Ok, so £40 on Friday then £40 every month. Thanks, Mr Ahmed, I'll email it over.
-|e|em,ac,cl|Thank you, I know that took some courage. $100 on the 10th it is. Take care.
-|n|sd,cl|That payment of $350 brings you up to date. Thanks for sorting it today.
-|n|vf,as|Thanks for confirming. Before we talk numbers, can I ask how things are going for you?
-|n|id,vf|Hey, Tom here with Greenline Auto Finance. Just checking — am I talking to Sarah Mills?
-|n|id,vf|Sorry to call out of the blue. I'm Yusuf from Pegasus Collections. Can you confirm your postcode for me?
-|n|id,vf|Hi, this is Grace at Unity Credit Union. I'm calling for Ben — is that you?
-|n|id,vf|Afternoon! It's Emma, calling from FirstMark Cards. Can I check I'm speaking with Mr Robinson?
-|n|id,sd|Hi, I'm Connor from Bluebird Loans. I'm calling about your missed payment of £150 on the 20th.
-|n|id,as|This is Jade from SafeHarbor Lending, just checking in since we haven't seen a payment this month. Everything alright?
-|n|id,vf|Hello, this is Mr. Sato from Pacific Trust Collections. Could I speak to Ms. Kim, please?
-|n|id,vf|Hi, you're speaking with Diego from Cascade Finance. What's the name on the account, please?
-|n|vf|Can you verify the billing address on the account before we continue?
-|n|vf|I'll just need your account number or the last four of the card to pull it up.
-|n|vf|Could you confirm the name of the lender you borrowed from? Just to be sure we have the right account.
-|n|vf|Just to be safe, could you confirm your full name and date of birth?
-|n|vf|Which email did you use to sign up? I need to verify before I share details.
-|n|vf|Sorry, I have to ask: what's the first line of your address?
-|n|vf|ok 麻烦 confirm your 身份证 last 4 digits? Just verify, then we talk.
-|n|as|What does your monthly budget look like after rent?
-|n|as|Is anyone else in the household contributing to the bills?
-|n|as|What would be a comfortable monthly amount for you?
-|n|as|How long do you think the reduced hours will last?
-|n|as|Did something happen with your direct debit? It was returned unpaid.
-|e|as|No judgment at all — I'm just trying to understand what happened so we can fix it.
-|n|as|Do you have any income coming in right now, like benefits or part-time work?
-|n|as|Are you getting any help from a debt charity at the moment?
-|n|as|So, what's stopping you from making the payment this month?
-|n|as|When did things start getting difficult?
-|e|em,as|That's a lot to juggle. Which bills are most urgent for you right now?
-|n|as|Is the card still in use, or have you stopped using it?
-|n|ec|Once the account reaches 90 days past due, the creditor may close it and report it as a default.
-|n|ec|If the arrears aren't cleared, the lender could ask the court for a judgment, which would make it harder to get credit.
-|n|ec|Missed payments do get reported, so I'd rather we agree something before the end of the month.
-|n|ec|Late fees are capped by your agreement at £12 a month, but they do add up.
-|n|ec|If the car payments stay behind, the finance company may eventually look at recovering the car under the agreement.
-|n|ec|Just to be transparent, unpaid medical bills over $500 can be reported after a year.
-|n|ec|If we can't reach an agreement, the file goes back to the original creditor, who decides what happens next.
-|e|em,ec|I'm not trying to frighten you — it's just that the default would stay on your file for six years, and I'd hate for that to happen.
-|n|ec|Interest is still running on this at your contract rate, so a plan now saves you money.
-|n|ec|I should mention the account may be sold to a debt buyer if nothing changes.
-|n|cl|Thank you for your time. You'll get a letter confirming everything we discussed.
-|n|cl|That's all I needed. Have a good rest of your day.
-|n|cl|Thanks for calling back, it really helps. Speak soon.
-|e|cl|Cheers for being so straightforward about it. Have a good evening.
-|n|cl|Lovely, that's all done then. Bye for now.
-|n|cl|Thanks. If anything changes before the 15th, just give us a bell.
-|n|cl|I'll leave it there for today. Thanks for your time, Ms Lopez.
-|n|cl|Ok, 谢谢你 for your time. Bye bye.
-|e|em,cl|I'm glad we found something that works for you. Good luck with everything.
-|n|cl|Thanks, that's noted on the account. Have a good weekend.
-|n|cl|Appreciate it. Your confirmation number is 774-221.
-|n|cl|Perfect. Thanks again and take care.
-|n|cl|ok great, all sorted. ttyl
-|n|ac,cl|Right, so we're agreed: £75 on the 1st. Thanks for your time.
-|n|sd,cl|Balance now £0. Thanks for clearing it, the account is closed.
""")
# ---------------------------------------------------------------- hard negatives batch 2
add("""
-|a!|ac|No, "soon" isn't good enough. Which day?
-|a!|sd|Let's be honest, you've paid nothing in four months. That's the reality.
-|a!|ac|I don't need your life story, I need a number.
-|a!|-|You keep saying that and then nothing happens.
-|a!|ac|Right. So when exactly is this money turning up?
-|a!|sd,ac|It's $900, it's late, and I need a date. That's all.
-|a!|-|Spare me the excuses, please.
-|a!|ec|You can ignore us, sure. The debt doesn't disappear, and the credit file will show it.
-|a!|ac|Come on. You had the money for a holiday, you can find $150.
-|a!|ac|Pay it or don't, but I need to know which.
-|a!|-|I've been more than patient. Now I need you to meet me halfway.
-|a!|ac|Three broken promises. I need something real this time.
-|a!|ec|Then the lender will decide whether to take it further. That's their right under the contract.
-|a!|-|That's not my problem, it's yours. Let's fix it.
-|a!|sd|Nope, the amount's correct. $1,180. I've checked it twice.
-|a!|ac|you keep saying next week. which day next week? pick one
-|a!|-|Don't shout at me please. I'm just doing my job.
-|a!|ac|I'll be blunt: I need £100 by Friday or the plan's off.
-|a!|ec|If you'd rather fight it in court, that's your choice, the lender can file. But it'll cost you more.
-|a!|ac|Yeah, yeah, heard it. Date and amount?
-|a!|sd|What part of "90 days overdue" are we not understanding here?
-|a!|-|Don't hang up on me again, please. Let's just get this sorted. Call me back when you're ready.
-|a!|ac|别再拖了, ok? Just tell me how much you can pay and when.
-|a!|-|Honestly? I'm tired of chasing this. Let's get it done today.
-|a!|ac|I'm not interested in "maybe". Give me a figure.
-|n!|ec|The creditor may file a civil claim to recover the balance. If that happens, you'll receive court papers directly and have the chance to respond.
-|n!|ec|If this goes to court and the lender wins, the court could allow wage garnishment. We're not there, but it's a real possibility.
-|n!|ec|Under your agreement, once the account defaults the full balance becomes due, not just the arrears.
-|n!|ec|The default will be registered with the credit reference agencies if we don't hear from you within 14 days, as the default notice said.
-|n!|ec|Your account's been passed to us, Brookhaven Collections, and it'll stay with us until it's settled.
-|n!|ec|We've been instructed by the lender to consider legal action if there's no contact. I'd really like to avoid that.
-|n!|ec|Because this is a secured loan, the lender has rights over the vehicle if the agreement is broken. That's written in section 8.
-|n!|ec|Yes, the late marks will stay on your credit report for up to seven years, even after you pay.
-|n!|ec|I can't stop the lender suing if they choose to, but a plan usually means they won't.
-|n!|ec|The 30-day reporting date is next Thursday. If the payment clears before then, it won't be reported as 30 days late.
-|n!|-|I can't tell you what the court would decide; I can only tell you the lender has that option.
-|n!|-|I'm not a lawyer and I can't give legal advice, but you can speak to one or to a free debt adviser.
-|n!|-|You're entitled to request a copy of the credit agreement. I'll put that request in for you now.
-|n!|-|If you think any charge is wrong, you can dispute it and we'll investigate before asking for payment.
-|n!|-|You can also complain to the Financial Ombudsman if you're not happy with how we handle this.
-|n!|-|Just so you know, you can ask us to stop calling at any time, and we can use email or letters instead.
-|n!|-|I won't discuss your account with anyone but you, unless you give us permission.
-|n!|-|We only take payments through the official app or bank transfer to Corebank Ltd. Please don't pay anyone else.
-|n!|op|I'll text you a secure link to our payment page, it's the same one on your statement.
-|n!|-|If anyone ever asks you to pay a personal account claiming to be us, please report it.
-|n!|op|The payment goes to Summit Financial's account only — here's the reference: SF-20931.
-|n!|-|This call may be monitored or recorded.
-|n!|-|Yes, this is a debt collector calling. Any information you give will be used to collect the debt.
-|n!|op|Can't promise the interest can be frozen, I'll have to ask the lender and come back to you.
-|n!|-|Sorry, I'm not allowed to offer a discount on the phone. I can ask the settlements team.
-|n!|-|I won't promise the default gets removed if you pay, because that wouldn't be true.
-|n!|ec|Paying in full will update the account to "settled", but the history of late payments will still show.
-|n!|sd,ac|Since you co-signed Jamie's loan, the missed £300 is owed by you both. Could you help bring it up to date this month?
-|n!|ec|As guarantor, you can be asked to pay if the borrower doesn't. That's what the guarantee agreement covers.
-|n!|sd|You're a joint borrower on the mortgage, so the arrears are your responsibility as well as your husband's.
-|n!|op|As the guarantor you can pay in full or we can agree instalments with you directly.
-|e!|em,ac|I know you signed this to help your brother, and I'm sorry it's come back to you. Could you manage £50 this month under the guarantee?
-|n!|-|Hi, it's Naomi. Please ask Jake to call me back on 0800 555 0177, it's about a personal matter.
-|n!|-|Hello, could you tell Ms Rivera that Andre called? She has my number.
-|n!|-|That's fine, I'll try her mobile. Thanks for your time.
-|n!|-|Could you give her a message to call me back before 6? It's Dee, on 555-0114.
-|n!|-|Oh no worries, I'll call back later. Is there a time that's better?
-|n!|id|Hi, I'm Kyle. I'm trying to reach Jonah Fields — is this still the right number for him?
-|n!|-|Sorry to bother you, I'm just confirming a phone number for Ms Hart. Does she still live there?
-|n!|-|Thanks, and could I leave my name and number for him? It's Lisa, 555-0163.
-|n!|-|No need to worry, it's just something I need to speak to him about personally.
-|n!|-|Is there a better time to call so I can speak with him directly?
-|n!|-|Thanks. I'll send a letter to his address and he can get back to us.
-|n!|-|Ok I'll note that he's moved. Do you know how I could contact him?
-|n!|cl|Totally understand. We'll stop calling and send the information in writing.|@END
-|n!|-|Of course, I'll note that you'd rather be called after 6 on your mobile.|@NOWORK
-|n!|-|Sure, no more office calls. Would email or text work better for you?|@NOWORK
-|e!|em|Sorry to have disturbed you at work. We'll only use your personal number from now on.|@NOWORK
-|n!|-|No problem, I'll stop and we can pick this up tomorrow at a time that suits you.|@NIGHT
-|n!|cl|You're right, sorry. I'll send a text tomorrow morning with my direct line.|@NIGHT
-|e!|em,cl|Oh, I'm sorry, I didn't realise the time there. I'll call back tomorrow afternoon. Goodnight.|@NIGHT
-|n!|-|Understood, I've noted your attorney's details and we'll communicate with them from now on.|@ATTY
-|n!|-|Thanks. Do you have your lawyer's email? We'll send everything to them.|@ATTY
-|n!|cl|Okay, we'll contact your solicitor directly. I won't discuss it further with you.|@ATTY
-|n!|-|Noted, we'll switch you to email and letters only.|@EMAIL
-|n!|cl|Sure, I'll set your contact preference to the portal only. Thanks.|@EMAIL
-|n!|-|Of course. We'll stop phoning and send updates by post.|@EMAIL
-|n!|-|Got it, I'll send a WhatsApp message with the details instead of calling.|@EMAIL
-|n!|cl|We've received your letter, so we won't contact you again about this account except to confirm in writing.|@CEASE
-|n!|ec|This call is only to confirm we've stopped collection efforts, as you requested. The creditor may still decide to file suit.|@CEASE
-|n!|-|Apologies, your letter was received and this call shouldn't have happened. We'll stop.|@CEASE
-|n!|-|I'll log the dispute and send you the original agreement and a full statement. Collection is paused until then.|@DISPUTE
-|n!|sd|I can see a payment of $1,100 in March. That leaves $960, but I'll get the team to double-check it.|@DISPUTE
-|e!|em|Oh, that's awful if someone opened it in your name. Let's flag it as fraud and pause everything while it's checked.|@DISPUTE
-|n!|-|Thanks for letting me know. Please send a copy of your receipt and we'll stop collecting while we verify.|@DISPUTE
""")
# ---------------------------------------------------------------- harassment batch 3
add("""
H|n|-|Heads up: we'll ring at 10pm, 10:30 and 11 until somebody answers.
H|e|em|I know mornings are hectic, so I'll call you at 6:45 before the school run, just quickly.
H|n|-|I'll be calling your partner's phone and your mobile in turns until one of you picks up.
H|a|-|Ignore me all you want, I'm calling fifty times today.
H|n|-|We'll keep sending texts until you reply, there's no limit.
H|n|-|We'll continue ringing the landline and the mobile daily. It's policy.
H|a|-|You hung up on me last time. So now you get me every day instead of once a week.
H|n|-|We have a dialler that tries you 12 times a day. That won't stop until you engage.
H|n|-|We'll call your office every morning and every afternoon until you ring back.
H|a|-|I'm going to make your phone ring so much you'll throw it in the river.
H|n|-|I'll text you every half hour tonight until you confirm the payment.
H|e|-|No stress! We'll just keep checking in — every day, maybe twice — till it's sorted. 😊
H|n|-|We'll be contacting you through every channel we have, daily, until this is cleared.
H|n|-|My colleague on the night shift will give you a ring around 1am.
H|a|-|You can't avoid me forever. Calls every morning at seven, starting tomorrow.
H|n|-|The next call's at 9:30 tonight, and there'll be one at 7:30 tomorrow morning too.
H|a|-|Fine, don't talk. I'll sit here and redial till your battery dies.
H|n|-|We'll be emailing you daily and calling you hourly. Please be advised.
H|n|-|Just letting you know I'll also try you on Christmas Day, since you'll be at home.
H|n|-|Even if you block us, you'll get calls from our other branches.
H|n|-|Voicemail: This is the sixth message today. I'll keep calling until I reach you, however late.
H|a|-|Oh you're "busy"? Let's see how busy you are after my next ten calls.
H|n|-|ok we'll call u again tonight like 11ish, u should be home by then
H|n|-|Our night team starts at 10pm, they'll call you then.
H|n|-|我们会每天打给你, morning and night, until the payment comes in.
""")
add("""
H|n|-|I know you said no, but we'll carry on calling you at work, it's the only number that answers.|Stop calling reception, it's embarrassing.
H|a|-|If you can't answer at work, I'll call twice as much.|My boss said if you call the office again there'll be trouble.
H|n|ac|I'll keep calling the office, it's quicker for us. When's the payment?|I asked in writing for no calls at work.
H|n|-|Post is too slow for us, so we'll be phoning instead.|Please stop calling my mobile, post is fine.
H|a|-|Portal, schmortal. I'll call when I need to.|Only contact me through the online portal, please.
H|n|-|I understand, but we'll still need to call you regularly.|Email only please, I have a hearing impairment.
H|n|-|We can't use WhatsApp, so calls will continue as usual.|I said use WhatsApp, not calls.
H|n|-|We don't have to honour that, calls will continue.|Don't phone me, email me at the address on file.
H|a|-|Your lawyer can call us if he wants. Meanwhile you'll be hearing from me daily.|My lawyer will call you back. Don't call me.
H|n|-|That's nice, but we prefer to deal with you directly. I'll call again tomorrow.|I'm represented on this, contact my attorney please.
H|n|-|Legal aid or not, you're still getting our calls.|Legal aid is handling my case now.
H|n|ac|Ok, but while I have you — when can you pay?|I've hired a debt attorney, his name is Paul Rivera.
H|a|-|Your letter went in the bin. We'll call as often as we like.|I sent the cease letter recorded delivery last week.
H|n|-|We've noted it, but company policy is to keep calling until payment.|I don't want any more contact from your company, I put it in writing.
H|n|ac|I know, but I just need five minutes — can you pay something this week?|Read my letter. No more contact.
H|a|-|I'll call back in a minute. And then again. And again.|stop. I'm done. bye
HP|n|-|If you hang up, I'll call your wife next and tell her why I'm calling.|I'm putting the phone down now.
H|e|em|I know you're tired, but I can't let you go until you agree to something, sorry!|I can't do this now, I'm ending the call.
H|a|-|It's only 10:30, stop being dramatic. So when are you paying?|My kids are in bed, it's half ten, call me in the morning.
H|n|-|I'll call back at 6 then. We start early.|It's 6:30 in the morning, I'm not even up yet.
""")
# ---------------------------------------------------------------- privacy batch 3
add("""
P|n|-|Hey Mike, it's Joe from work — kidding, it's Lendwise. Your manager gave us this number when we told him about the loan.
P|n|-|I'm going to call your brother, he's in your contacts, and ask him to talk some sense into you about the debt.
P|e|em|I know this is embarrassing, so the sooner you pay, the less chance your colleagues hear about it from us.
P|n|-|We'll be sending the debt details to the HR email listed on your application.
P|n|-|Your neighbour at number 12 said you're usually in after six, so I explained why we need to talk to you.
P|a|-|Don't worry, I'll make sure your mum knows exactly how much you owe.
P|n|-|FYI, we've let your referee know the account is 60 days late.
P|n|-|We'll leave a detailed voicemail on your home phone — hopefully your family passes it on.
P|n|-|We visited your office today and asked your receptionist to remind you about the unpaid loan.
P|n|-|A copy of the default notice will go to your spouse as well.
P|e|em|I know you'd rather keep this private, and we will, as long as you pay by Friday. Otherwise your boss gets a call.
P|n|-|Maybe I'll just ask your wife why the loan hasn't been paid.
P|n|-|We tag overdue customers in our public Twitter posts, so please pay before it comes to that.
P|n|-|我们会 tell your family in the WeChat group if you keep ignoring us.
P|n|-|Your daughter answered your phone earlier. I told her you're behind on the car loan so she can remind you.
P|a|-|Want me to tell your new girlfriend? Because I will.
P|n|-|We've sent a letter to your parents explaining the outstanding balance.
P|n|-|We'll be contacting the other tenants to see if anyone knows where you've gone and what you owe.
P|n|-|I left your flatmate a note about the debt.
P|n|-|We'll call your husband at his work and explain the arrears to him.
P|e|em|Honestly your colleagues seem lovely — I'm sure one of them would remind you about the payment if I asked.
P|n|-|We'll email your business partner about the personal loan, since your company's on the application.
P|n|-|The collection notice will be posted to the community noticeboard.
P|a|-|Ooh, I see your sister's number is in here. Bet she'd be interested in your spending habits.
P|n|-|Your ex-husband said he'd pass on the message about the arrears.
""")
add("""
P|n|-|Could you pass on to her that the debt has now gone to collections? Thanks.|I'm her colleague, she's on leave this week. Can I take a message?
P|n|sd|Ok so can you tell him he's 3 payments behind on the car? Thanks dear.|This is his grandmother, he stays with me sometimes.
P|a|-|Well, your son owes us a lot of money, so tell him to stop hiding.|He's at football practice, it's his stepmom speaking.
P|n|-|As his landlord, you might want to know he's behind on his loan payments too.|I'm his landlord, he lists me as a contact apparently.
P|n|-|Sure, tell her the bank called about her maxed-out credit card.|This is her neighbour, she asked me to grab her calls while she's away.
P|e|em|I'm sorry, I don't want to worry you. It's just that he's got a debt with us that's overdue.|It's his auntie. He's away for work till Friday.
P|n|-|Can you let Jamal know his auto loan is past due? Thanks.|Hi, I'm the office manager at Hollis Auto, Jamal's on the shop floor.
P|n|-|ok well tell him the payday loan people called again|Yeah nah he's at the pub, this is his mate Robbo.
PU|n|-|You're her mum, so maybe you could help her with the $700 she owes us?|她不在, I'm her mother. Is it important?
P|n|-|Can you tell her to pay her loan? She's over a month late.|uh this is her bf, she cant talk right now
""")
# ---------------------------------------------------------------- more threat / insult
add("""
T|a|-|It'd be a shame if your family had to see you in the state people end up in when they don't pay.
T|a|-|Our guys don't knock twice.
T|a|-|I'll find out where you work and I'll be there at five.
T|a|-|Pay, or we'll come and take the car ourselves tonight. With or without the keys.
T|a|-|Think carefully about your family's safety before you hang up on me again.
T|a|-|Tell your husband to watch himself on his way to work.
T|a|-|We've sorted out people much tougher than you, mate.
T|a|-|Next time it won't be a phone call.
T|a|-|Would hate for something to happen to that dog of yours.
T|a|-|小心你家人 ok, we know where they live.
T|a|-|You'll see us at your front door, and it won't be to chat.
T|a|-|Pretty little house. Wooden door too. Anything could happen.
I|a|-|Can't believe you're a teacher and you can't even handle basic maths. Embarrassing.
I|a|-|Another broke millennial who thinks avocado toast is a lifestyle.
I|a|-|What are you, five? Pay your bills.
I|a|-|You're honestly the worst kind of person. A taker.
I|a|-|Wow, brain dead much?
I|a|-|Go on, play the victim, it's all you're good at.
I|a|-|I've seen toddlers manage money better than you.
I|n|-|People from your country always seem to have this problem paying.
I|a|-|Good job, genius. You played yourself.
I|a|-|Stop lying, you spineless coward.
I|a|-|Oh look who finally picked up. The great dodger himself.
I|a|-|Your poor kids, having a parent like you.
I|a|-|Lazy, broke and rude. Great combination.
I|e|em|I get it, sweetie, maths is hard for some people. Let me explain it really slowly.
I|a|-|You're a liar and a cheat, and everyone knows it.
I|a|-|u broke af lol, how do u even live
I|a|-|What a sad little life you must have.
I|a|-|Only a loser would borrow from a payday app and then whinge about it.
""")
pool("GREETING", """
Hello?
Yeah, who's this?
Hi, who am I speaking to?
喂? Hello?
Sorry, who's calling?
Hiya, you rang earlier?
What company did you say?
Is this about my account?
Yes? I'm in the middle of something.
You called me three times today, what is it?
""")
# ---------------------------------------------------------------- compliant with contexts: id / verify / situation / close
add("""
-|n|id,vf|Hi, it's Natalie from Granite Finance. I'm looking for Owen Price — is that you?|@GREETING
-|n|id,vf|Sorry about that, it's Liam from Castle Credit. Can I just confirm your name before I explain?|@GREETING
-|n|id,vf|Hello, my name's Ravi and I work for Summit Lending. Could you confirm your date of birth so I know I've got the right person?|@GREETING
-|n|id|This is Joanna from the collections team at Bright Bank, returning your call.|@GREETING
-|n|id,vf|Hi there, 我是 Tiffany from Jade Finance. Are you Mr. Lin Tao?|@GREETING
-|n|id,vf|Apologies for the missed calls. I'm Sean from Harbour Loans, and I need to speak with Ms Duffy. Is that you?|@GREETING
-|n|id,vf|It's Kim from Lumen Credit, calling for Alex Turner. If that's you, can you confirm the postcode on your account?|@GREETING
-|n|vf|I can explain once I've confirmed who I'm speaking with. Can you give me your full name please?|@GREETING
-|n|id,vf|Hi! It's Callum from the arrears team at Westfield Building Society. Am I speaking with Mrs Byrne?|@GREETING
-|n|id,vf|Hey, Jess from PayRight here. Just need to confirm it's Tyrone I'm talking to?|@GREETING
-|n|id,vf|Good evening, this is Harriet from Albion Collections, calling on behalf of your energy supplier. Could I take your full name?|@GREETING
-|n|id,vf|Sorry to interrupt. I'm Mo from ClearPath Finance — is this Lucy Baker?|@GREETING
-|n|id,vf|Hi, it's Sofia from Horizon Loans. Before I say what it's about, could you confirm your email address?|@GREETING
-|n|vf|Thanks. And just to be safe, can you tell me the last four digits of your phone number on file?|@SELF
-|n|vf,sd|Great, thanks for confirming. Your account shows $465 past due from the 12th.|@SELF
-|n|id,as|Thanks. I'm Gabriel with Northstar Recovery. How's everything going with your finances?|@SELF
-|n|vf,as|Thanks for confirming. Can I ask what's been happening with the payments?|@SELF
-|e|em,as|Thanks for picking up, I know these calls aren't fun. How are you doing?|@SELF
-|n|sd,as|Great. So there's £318 outstanding. Is anything stopping you from paying this month?|@SELF
-|n|id,sd|Cool, thanks. It's Ellie from Zephyr Cards, calling about the $95 minimum that was due on the 3rd.|@SELF
-|n|as|Thanks. What's your plan for the overdue payment?|@SELF
-|n|vf|Appreciate it. Could you also confirm your address so I can send you the paperwork?|@SELF
-|e|em|Thanks for being upfront about it. Let's find something that works.|@SELF
-|n|id,ec|Thanks. I'm Bilal from Crescent Collections; this is an attempt to collect a debt, and any information obtained will be used for that purpose.|@SELF
-|n|as|What's your current situation, are you still working at the same place?|@ORDINARY
-|n|as|Ok, what amount do you think you could manage each month?|@ORDINARY
-|e|em,as|I'm sorry. What are your main outgoings at the moment?|@ORDINARY
-|n|as|And is that likely to change in the next couple of months?|@ORDINARY
-|n|as|Right. When do you next get paid?|@ORDINARY
-|e|em,as|Thanks for telling me. Is there anything else going on we should know about?|@ORDINARY
-|n|cl|Lovely, I'll let you get on with your day. Bye now.|@CONT
-|n|cl|That's everything for now. I'll send a summary by email. Thanks!|@CONT
-|n|sd,cl|So just to recap, the balance is $1,020 and your first payment is $85 on the 1st. Thank you.|@CONT
-|n|cl|Great, we're all set. Thanks for your help.|@CONT
-|e|cl|Thanks so much, you've been really helpful. Take care.|@CONT
-|n|cl|No problem, have a good day. Bye.|Ok, I'll pay on Friday then.
-|n|ac,cl|Thanks. I'll note Friday, £50. Speak soon.|Ok, I'll pay on Friday then.
-|e|em,cl|Brilliant, and thanks for being honest about everything. Take care of yourself.|Right, I think I'm clear on it now.
-|n|cl|You're welcome. Reference is 55190 if you need it.|Thanks for your help.
-|n|cl|Of course. The confirmation will be in your inbox shortly. Bye!|Can you email me what we agreed?
-|n|cl|Cheers, thanks for sorting it. Have a good night.|Alright mate, payment's gone through.
-|n|sd,cl|Got it, the $200 came through. Your balance is now $640. Thanks!|I just paid on the app.
-|n|cl|No worries, 慢慢来. Have a good day, Mr. Wu.|ok 好的, I will pay next week, thanks
-|n|cl|All good. I'll let you go. Bye.|Is that everything?
-|e|em,cl|It's been a tough year for you, so well done for getting this sorted. Bye for now.|Thank god that's done.
-|n|ec|It would be reported as a late payment to the credit agencies, and the lender may eventually look at legal options.|What happens if I miss another one?
-|n|ec|Nothing will happen today. If payments keep being missed, the account could default and that would show on your credit file.|Am I going to get in trouble?
-|n|ec|No, you won't be arrested. This is a civil debt. But the lender could take it to county court if it's not paid.|Can I go to jail for this?
-|n|ec|No, it's not a crime to owe money. The worst case is a civil claim, and we're far from that.|Is this a criminal thing?
-|n|ec|Your landlord won't be told. But the late payments will be on your credit file, which landlords sometimes check.|Will my landlord find out?
-|n|ec|No, we don't contact employers. The main impact is on your credit score.|Are you going to tell my work?
-|e|em,ec|I understand the worry. Your family's credit isn't affected — only your own file shows this.|Will this hurt my husband's credit?
-|n|ec|The debt won't pass to your children. They're not liable for it.|Are my kids going to have to pay this if something happens to me?
-|n|sd,ec|The default date was 3 June. It stays on your file six years from then, whether you pay or not, but it shows as settled once paid.|How long will this stay on my record?
-|n|ec|We can't seize anything. Only a court could order enforcement, and that would only follow a judgment.|Can you take my stuff?
""")
# ---------------------------------------------------------------- unfair_demand batch 3, with contexts
add("""
U|n|op|Then borrow the $300 from a friend and pay us by tonight.|@ORDINARY
U|e|em,op|I understand. Could a family member lend you the difference so we can clear it today?|@ORDINARY
U|n|op|A payday loan would sort that out by this afternoon.|@ORDINARY
U|n|op|What about your credit card? Just put the balance on it.|@ORDINARY
U|a|-|Then sell something. Car, telly, whatever. I need it today.|@ORDINARY
U|n|op|You could get a quick loan from another app, then pay us back today.|@ORDINARY
U|e|em,op|How about asking your employer for an advance on your wages and paying us with that?|@ORDINARY
U|n|op|Have your partner transfer it from his account, that's fine with us.|@ORDINARY
U|n|op|Send it to my personal account, I'll sort it out on my end.|@ORDINARY
U|n|op|There's a guy I know who does short-term loans, no credit check. I can give you his number.|@ORDINARY
U|n|op|If you use your rent money and pay the landlord late, you can clear us today.|@ORDINARY
U|n|op|Do you have a store card? Buy something, return it for cash, and pay us.|@ORDINARY
U|e|em,op|I'm sorry about the job. Maybe your parents could take over the payments till you find something?|I just lost my job.
U|n|op|Couldn't your girlfriend cover it? She's working, isn't she?|My hours got cut.
U|n|op|Then take a loan against the refund now, loads of places do it.|I'm waiting on my tax refund.
U|n|op|Have you asked your family to help? Honestly, that's what most people do.|I was in hospital for two weeks.
U|n|op|Have you thought about a new credit card to spread all the debts, and pay us first?|I've got three other debts too.
U|n|op|Use the cash advance on your card and we'll call it even today.|Can't you just give me more time?
U|n|op|More time costs more. Borrow it and pay it now.|Can't you just give me more time?
UD|n|-|That's our admin fee for processing disputes, $50. It has to be paid first.|That balance is wrong, you've added fees I never agreed to.
U|n|op|Easiest is to send it to my Venmo. The portal's been glitchy.|How do I pay?
U|n|op|Pay in cash, I'll swing by and collect it myself.|How do I pay?
U|n|op|Don't pay the bank, pay me. I'll give you my sort code.|How do I pay?
U|n|op|Buy iTunes cards and send me the codes, it's instant.|How do I pay?
U|n|op|You can transfer to my wife's account, she handles the collections.|How do I pay?
UP|e|em,op|Since you're the mum, would you be able to take the balance over for him?|He's not in, I'm his mum. Who's calling?
UPD|n|-|Well, if you're his wife you're responsible for his debts too, so can you pay?|This is his wife. He's at work, what's it regarding?
UP|a|-|Then you pay it, since you're the one picking up his phone.|Uh, this is his girlfriend, he left his phone here.
UP|n|op|As his dad, you could just pay the $450 and save him the trouble.|This is his dad. Whatever it is you can tell me.
UP|n|op|Maybe you and his other flatmates could split it? It's only £600.|Hello? This is Marcus's roommate, he's asleep.
""")
add("""
U|n|op|Just so you know, there's a consolidation loan offer attached to this text. Accept it and your debt with us is cleared.
U|n|op|Have you got a credit union? They'll lend you the money to pay us.
U|e|em,op|I know you're stretched. A quick loan from a friend would stop the account defaulting, wouldn't it?
U|n|op|You could refinance the car and pay us with what's left.
U|n|op|I'd go to your bank and ask them for a personal loan for the full £2,400.
U|n|op|Pay the minimum on all your other cards and put the rest towards us.
U|n|op|Get a 0% purchase card, use it for groceries, and send us your grocery money.
U|n|op|You can always sell your furniture on Marketplace. That's easy money.
U|a|-|I don't care if you have to work double shifts or borrow from your nan. Get it paid.
U|n|op|Why not use your kids' savings account? You can pay it back later.
U|n|op|Take a cash advance from your work benefits card.
U|n|op|Apply for hardship withdrawal from your retirement fund and pay us.
U|n|op|Open a new BNPL account and move the debt onto it. Problem solved.
U|n|op|Why don't you ask your colleagues for a whip-round?
UP|n|-|Your co-worker Dave said he'd help. I'll call him to arrange it.
U|n|op|You can ask your sister to pay — we'll accept it from anyone.
UP|n|op|Could your landlord add it to your rent and pay us directly?
U|n|op|先借 from your friend, 然后 pay us back today. Easy.
U|n|op|Put your car up as collateral with a pawn shop, they'll give you the cash today.
U|n|op|Your 18-year-old has a job, he could help with the payments.
UD|n|-|We've added a £45 late-contact fee to your balance because you didn't answer.
UD|n|-|Each missed call costs you $10, it's in our system.
UD|n|-|We charge $3 for every text we send you, so please respond.
UD|n|-|The account now has a $120 field visit fee, since our agent drove out.
U|n|-|A £25 fee will be added if you want us to send you a paper statement.
""")
# ---------------------------------------------------------------- harassment / privacy with contexts, batch 4
add("""
H|a|-|Tomorrow? No. You've had enough tomorrows. We do it now.|@NIGHT
H|n|-|I'll be quick, but I'm not hanging up till we have a date.|@NIGHT
H|e|em|I'm really sorry, I know it's late, but I'll keep trying tonight until we get this done.|@NIGHT
H|n|-|It's fine, we'll call back at 11 when the kids are asleep then.|@NIGHT
H|a|-|You're up now, aren't you? Then you can talk.|@NIGHT
H|a|-|Nope, not letting you off that easy. Stay on the line.|@END
H|n|-|You can hang up, but we'll keep calling every hour until we get the payment.|@END
H|a|-|Every time you end the call, I'm calling right back. Your choice.|@END
H|e|em|I know you're frustrated, but please don't go — I'll just have to keep ringing back all afternoon.|@END
H|n|-|If you hang up now, expect our next call in ten minutes.|@END
H|a|-|I don't care about your job, I'll keep ringing the office.|@NOWORK
H|n|-|We can't guarantee that, your work number is on the account, so we'll keep using it.|@NOWORK
H|e|em|Sorry! I'll try to keep work calls short, but I'll still need to ring there daily.|@NOWORK
H|n|-|We'll carry on calling as usual, email isn't something we do.|@EMAIL
H|a|-|Writing? No. I want you on the phone, today and every day until it's paid.|@EMAIL
H|n|-|Sorry, your request doesn't apply to our calls. We'll be in touch by phone tomorrow.|@EMAIL
H|n|-|We'll keep calling regardless of the letter.|@CEASE
H|a|-|Letter or no letter, you'll hear from me every week.|@CEASE
H|e|-|I know you'd rather we didn't call, but I thought one more try wouldn't hurt — and I'll try again Friday.|@CEASE
H|n|-|We still need to speak with you directly, so calls will continue.|@ATTY
H|a|-|Your attorney doesn't pay your bills. I'm calling you.|@ATTY
H|n|-|We'll keep contacting you as well as your attorney until it's paid.|@ATTY
HI|a|-|Oh grow up, you can't just hang up on adults. We're finishing this.|@END
HP|n|-|If you won't answer at work, I'll have your supervisor pass on the message about your debt.|@NOWORK
HP|a|-|Fine, I'll ring your mum at midnight then, see if she knows where her son's money went.|@NIGHT
P|n|-|Your husband's on the account contacts. I'll explain to him what's overdue when I call tonight.|@ORDINARY
P|n|-|No problem, I'll just ring your brother and let him know you're struggling with the loan.|@ORDINARY
P|e|em|Maybe your wife could help keep you on track? I'll give her a call and explain the arrears.|@ORDINARY
PD|n|-|I'll also ring your manager so he knows to expect an attachment of earnings request.|@ORDINARY
P|a|-|If you can't pay, maybe your work mates would like to know why.|@ORDINARY
PD|n|-|We're required to tell your family once you're 30 days late, it's the law.|@ORDINARY
P|n|-|Fine, we'll just contact your references and tell them what's going on.|@END
P|n|-|Then I'll speak to your wife about the arrears when she picks up.|@END
P|e|em|Ok, no problem. I'll just leave a message with your flatmate about the overdue account then.|@END
P|n|-|Your employer has been notified of the outstanding amount, as your lawyer will know.|@ATTY
P|n|sd|He should know the $1,200 is still unpaid. Can you tell him that?|@THIRD
P|n|-|Please tell her the payment on her loan bounced, she'll need to sort it.|@THIRD
P|e|em|Oh I'm sorry to bother you! It's just the overdue credit card — could you remind her?|@THIRD
P|n|-|It's the debt collection agency. Please ask him to call us urgently about his arrears.|@THIRD
PU|n|sd|Well she owes £2,100. Do you know if anyone in the family could help her out?|@THIRD
P|a|-|Your son's a grown man hiding behind his mum. Tell him to deal with his debt.|@THIRD
P|n|-|Yeah, it's about an unpaid bill. He'll know. Tell him it's getting serious.|@THIRD
P|n|-|Let him know his account is with collections now and he needs to call.|@THIRD
PU|e|em|I completely understand. Could you just pay the overdue $320 for her and she can pay you back?|@THIRD
P|n|-|It's Fastloan. Tell her she's 2 months behind, please.|@THIRD
""")
# ---------------------------------------------------------------- compliant batch: verify, situation, close, identify, code-switching
add("""
-|n|vf|Before we go on, can you confirm the last four digits of the account number?
-|n|vf|Could you tell me your postcode and house number, please? Just security.
-|n|vf|Can I ask you to confirm your middle name for me?
-|n|vf|Is this the right number for Jordan Hayes? I just want to make sure before I say anything else.
-|n|vf|Sorry, can I just check — am I speaking to the account holder, or someone else?
-|n|vf|For data protection I need to confirm two things: your date of birth and your postcode.
-|n|vf|What's the phone number registered to the account?
-|n|vf|Just to verify, what was the amount of your last payment?
-|n|vf|I'll need to confirm your identity first — could you give me your full name and the first line of your address?
-|n|vf|yo just to check, this is Ashley right? the one w the cashloop account?
-|n|vf|Can you confirm the date you opened the account, roughly?
-|n|vf|你好, can you confirm your full name in English and your date of birth? Just verification.
-|n|vf|Thanks for calling back. What's the reference number on the letter you received?
-|n|vf|Can you confirm the name of the bank the direct debit comes from?
-|n|vf|Great. And the email we have is j.reed@ — can you confirm the rest?
-|n|vf|Sorry for all the questions, we just have to be sure it's you. What's your mother's maiden name?
-|n|vf|Would you mind confirming your Social's last four digits?
-|n|vf|Can you give me the car registration on the finance agreement?
-|n|vf,as|Thanks, that's all matched. So, how have things been since we last spoke?
-|n|id,vf|Hello, this is Paula calling from Kingfisher Financial on a recorded line. May I speak with Robert Lang?
-|n|id,vf|Hey, it's Dom with Arrowhead Lending. Is Mr. Nakamura available?
-|n|id,vf|Hi, I'm calling from the customer support team at Coral Credit. Could I confirm I'm speaking with Danielle?
-|n|id|Good morning, this is Hannah from Ridgeway Bank. I'm following up on our letter about your overdraft.
-|n|id|Hi Mr. Zhao, 这里是 Silverline Finance 的 Mike, following up on last week's call.
-|n|id|Hello again, it's Vanessa from Emerald Loans, we spoke on Monday.
-|n|id|This is Olu from Pinnacle Recoveries, we've been asked by your mobile provider to help resolve your account.
-|n|id,vf|Hi, it's Jake from Nova Credit. Is this still the best number for Kate Foster?
-|n|as|How's the new job going? Is the pay more regular now?
-|n|as|Have your circumstances changed since you set up the plan?
-|n|as|Can you tell me a bit about your household — how many people depend on your income?
-|n|as|Is the issue that the payment date falls before payday?
-|n|as|What do you think is realistic for you at the moment?
-|n|as|Are you still getting Universal Credit, or has that changed?
-|n|as|Do you have any savings or other income we should factor in?
-|n|as|How did the last month go? Did the plan feel manageable?
-|n|as|What happened with the payment on the 5th? Was it a bank issue?
-|n|as|ok so 你最近 work 怎么样? Is the income stable now?
-|n|as|Roughly how much do you spend on rent, food and bills each month?
-|e|em,as|You sound really stressed. Is everything ok at home?
-|n|as|Are you expecting any change in income, like a new job or benefits?
-|n|as|Are you the only earner in the house right now?
-|e|em,as|It sounds like it's been a rough patch. What would help the most right now?
-|n|as|Is there a specific reason the last two payments were missed?
-|n|as|hey, what's going on with the payments lately? everything ok?
-|n|as|Would it help to talk about what's changed since the account was opened?
-|n|cl|Brilliant, thanks Mrs Green. I'll call you on the 3rd as agreed. Bye.
-|n|cl|Thank you for your time, I'll send that confirmation now.
-|n|cl|Right, that's us done. Thanks for your patience.
-|n|cl|Thanks for letting me know, I'll update the notes. Bye.
-|n|cl|Ok, all done on my side. Have a nice evening.
-|e|em,cl|Thanks for talking it through with me. I know it's not easy. Bye for now.
-|n|cl|Have a good day, and thanks again for your payment.
-|n|cl|Alright, I'll let you go. Cheers.
-|n|cl|That's great, thank you. We'll be in touch by email next month.
-|n|cl|ok thanks!! have a good one 👍
-|n|cl|Thanks, Mr. Kwan. 再见, and have a good week.
-|n|cl|Thanks for your time. If you have questions, the number's on your statement.
-|n|ac,cl|So we've got £60 on the 7th. Thanks a lot, talk soon.
-|n|cl|Appreciate you calling back. Bye now.
-|n|sd,cl|That clears the arrears of $480. Thanks so much, the account is up to date.
-|n|cl|Thanks. I'll put everything in writing so you have it on file.
-|n|cl|Perfect, thanks. Enjoy the rest of your day.
-|n|id,cl|It's Karen from Lakeview Loans again. Just confirming your payment went through, thanks, that's all.
-|n|ec|If no payment or plan is agreed, the account may be passed to a solicitor to consider a claim. That's a possibility, not something that's been decided.
-|n|ec|Credit reference agencies will show the missed payments, which could affect future credit applications.
-|n|ec|Once a default's registered, the lender can pass the account to a debt collection agency.
-|n|ec|If the balance stays unpaid, the creditor may consider selling the debt on. You'd be told in writing if that happens.
-|n|ec|Collection accounts do show up on credit reports, so paying it sooner helps you.
-|n|ec|The lender may end the agreement and ask for the full balance if the arrears aren't cleared.
-|e|em,ec|I'd really like to help you avoid a default, because it makes borrowing harder for six years.
-|n|ec|Just so you're informed: under the contract, a returned payment carries a $25 fee.
""")
# ---------------------------------------------------------------- hard negatives batch 3 (with contexts)
add("""
-|a!|ac|Well you've had the money for six weeks and we've had nothing. What's the date?|I'll pay when I feel like it.
-|a!|ec|Suit yourself. The missed payments go on your credit file and the lender decides what happens next.|I'm not paying, do what you want.
-|a!|ec|You can ignore it, sure. Then the lender can take you to civil court, and you'd have a judgment on your record.|Go ahead and sue me, I don't care.
-|a!|-|That's not how it works. You borrowed it, you owe it.|lol good luck getting a cent from me
-|a!|ec|Actually, we can report it to the credit bureaus, and we will. That's in your agreement.|You can't do anything to me.
-|a!|ac|Cool story. When's the payment coming?|Why do you keep calling me?
-|a!|sd|Nope, it's the right amount. $2,480. Read your statement.|How much is it exactly?
-|a!|ac|Right, and you said that last month. Which day exactly?|I get paid on the 15th.
-|a!|ac|$200 is still $200 more than we've had. Put it in today.|I've got like 200 bucks I could maybe do.
-|a!|-|Then you shouldn't have borrowed it. Anyway, let's see what we can do.|I want to pay, I just don't have it this month.
-|a!|ac|I didn't ask how you feel, I asked when you're paying.|This is so stressful, I can't deal with it.
-|a!|ec|Fine. The file goes back to the lender then, and they'll likely look at legal options.|I'm not dealing with you people.
-|n!|ec|No one's coming to arrest you, it's a civil matter. But it does need sorting, or the lender may go to court.|Are the police going to come?
-|n!|ec|Nothing's been filed. If it ever is, you'd get official court papers, not a phone call from me.|Have you already taken me to court?
-|n!|-|We're not a law firm, we're a collection agency working for Everline Bank.|Are you lawyers?
-|n!|-|No, I'm not from the police or any government office. I'm from Redstone Collections.|Is this the police?
-|n!|ec|Only a court can order your wages to be taken, after a judgment. That hasn't happened.|Can you take it from my wages?
-|n!|-|We don't charge any fee for setting up the plan.|Is there a charge for a payment plan?
-|n!|-|No extra charge for paying by card, it's the same amount.|Do you add fees if I pay by card?
-|n!|op|You can pay through the official app or at the website on your letter, both go straight to the account.|How do I pay?
-|n!|-|Please don't send money to anyone's personal account. Only the company account on your statement.|Can I just send it to you?
-|n!|-|No, we can't take it to a personal PayPal, it has to go through the secure portal.|Can I PayPal it to you?
-|n!|op|Sure, here's the official link: pay.northwind.co.uk. Your reference is NW-88410.|Is there a link I can pay through?
-|n!|-|I can't remove the late fees, I'm afraid. They're in the agreement. I can freeze further interest though.|Can you remove the late fees?
-|n!|-|I'm afraid I can't promise that, it's up to the lender. I'll submit the request today.|Can you get the interest waived?
-|n!|-|I'd rather not promise something I can't guarantee. The settlement has to be approved by the client.|If I pay half today, will you close the account?
-|n!|-|Paying won't remove the default, but the record will show it as satisfied.|Will paying clear my credit record?
-|n!|cl|Of course, I'll stop here. We'll send the details by post, no more calls today.|Look, I'm not going to talk about it today. Goodbye.
-|e!|em,cl|No problem, go get your kid. I'll email you the options. Take care.|let me go, I have to pick up my kid
-|n!|-|Sure, we'll put it in writing. You'll get a letter this week.|I'm ending this call. Send me something in writing.
-|n!|cl|Understood. I'll leave it there for now.|I'm not discussing this any more. Bye.
-|n!|-|Noted, I'll only call your mobile in the evenings from now on.|Please, not at the shop. Ring my mobile after 6.
-|n!|-|Understood. I'll text you instead.|no more calls to the warehouse pls. text me instead
-|n!|-|Of course, evenings on your cell it is. Would 7pm work?|I work in a hospital, I can't answer during shifts. Call my cell in the evening.
-|n!|ac|Sure, I'll ring the office line at 10 tomorrow then. Does that work?|Honestly the office is the best place to catch me, I'm at my desk 9 to 5.
-|n!|-|Great, I'll call the studio on Thursday morning.|Yeah call me at the studio, I'm there most days.
-|n!|ac|No problem, I'll call you at 7 tomorrow evening then, after your shift?|I just got off a double shift, it's 10pm, I need to sleep.
-|n!|cl|Sorry about that, I'll try again after 9 tomorrow. Goodnight.|dude it's nearly 11pm, I was asleep
-|n!|cl|Apologies, you're right. I'll ring back tomorrow at a better time.|Why are you calling at 10:45 at night?
-|n!|-|No worries, I'll email the paperwork and you can call us when suits you.|It's 7am, I'm getting the kids ready, not now.
-|n!|-|Thanks. Could you spell her surname for me so I can note the solicitor correctly?|My solicitor is dealing with it, please contact her.
-|n!|cl|Got it. We'll contact Baker & Lowe directly and stop calling you.|I've retained counsel, you need to contact Baker & Lowe.
-|n!|-|Thanks. We'll send the validation documents so you can check them.|I dispute this debt.
-|n!|sd|The original balance was $2,500; interest and two late fees brought it to $2,890. I'll send the breakdown. $4,000 isn't correct.|Hold on, $4,000? It was $2,500 when I stopped paying.
-|n!|-|Ok, I'll note the account as disputed and send you the original agreement.|I don't think I owe this. I've never had a card with them.
-|n!|-|Right, thanks for telling me. I'll check our records for the March payment and call you back tomorrow.|I paid this off in March, I have the receipt.
-|n!|sd,ec|Fair question. It's the original $1,800 plus 14 months of contractual interest. No collection fees have been added.|Why is it so much more than the original loan?
-|n!|-|Thanks for letting us know. Could you ask her to call Nathan back on 555-0139?|I'm her husband. She's in the shower, can I help?
-|n!|-|Ok, thank you. I'll try back tomorrow.|Yeah this is his brother, he don't live here anymore
-|n!|-|Would you know a number where I can reach him now?|Yeah this is his brother, he don't live here anymore
-|n!|-|That's alright, I'll try her at home. Thanks.|Front desk, Riverside Dental. Priya's with a patient.
-|e!|em|I'm sorry to hear she's in hospital. I hope she's ok. No need to pass on anything urgent.|This is her son. Mum's in hospital at the moment.
-|n!|-|Sorry about that, I must have the wrong contact. Do you have a number for him?|wrong person, I'm just his cousin, he gave u my number?
-|n!|-|No problem, could you just ask him to give Liz a ring back? Thanks.|Hi, this is Tom's partner. Tom's driving, I've got his phone.
-|n!|-|Sorry, I'm not able to discuss it. Just ask him to call back please.|This is his dad. Whatever it is you can tell me.
-|n!|-|It's a private matter for him, I'm afraid. Thanks for understanding.|I'm his ex-wife, why are you calling me about him?
-|n!|-|Thanks, I'll leave a message for her in writing. Have a good day.|I'm her colleague, she's on leave this week. Can I take a message?
-|n!|sd,ac|Thanks for taking this on. The missed instalments come to £520. Could we agree a date for a first payment from you?|I'm the guarantor on his car finance, they sent me a letter.
-|n!|sd|Sure. As co-borrower you're jointly liable. The balance is $3,300 and the last payment was in May.|Yes, I'm the co-borrower on the account, my ex stopped paying.
-|e!|em,op|I'm sorry he didn't tell you. As cosigner you're responsible too, but we can set up a plan that suits you.|I'm the cosigner. He told me he'd been paying.
-|n!|sd|Under the guarantee, yes. The arrears are £890 and we can talk about a plan with you.|I signed the guarantee for my nephew's loan, is there a problem?
""")
# ---------------------------------------------------------------- final batch
add("""
H|n|-|Just a reminder we'll be phoning you at 9:45 tonight and again at 7:15 tomorrow morning.
H|a|-|You'll pick up eventually. I've got nothing but time and a phone.
H|n|-|Our collectors will call you daily, including weekends and bank holidays, until the arrears are cleared.
H|e|em|I'll give you a little ring every couple of hours today, just so we don't lose touch! 😊
H|n|-|I'll keep trying your number all evening, even if it's late.
H|a|-|Screen my calls all you like. I'll call your mum's landline next, and your work after that, every day.
H|n|-|We'll ring you every day at lunch and at dinner until you commit.
H|n|ac|Since you're a night owl, I'll call you at 11:30 and we can settle the date then.|I'm usually up late, but I can't talk now.
H|n|-|Sorry, but the system won't let me remove your number, so the calls will keep coming several times a day.|Can you please stop calling me so much?
H|a|-|Oh, I'm calling too much? Wait till you see next week.|Can you please stop calling me so much?
H|n|-|Weekend or not, we'll be calling on Saturday and Sunday mornings at 7.|I'm off at the weekend, don't call me then.
H|e|em|I completely get it, but we need to talk today, so I'll call you back in five minutes and keep trying till you pick up.|I'm at a funeral, please, not now.
H|a|-|Funny, you always seem to be "driving". I'll call back every ten minutes then.|I'm driving, I can't talk.
H|n|-|We'll keep calling your husband's number as well until one of you pays.|Stop calling my husband, he has nothing to do with this.
U|n|op|Your credit card's got room on it, just use that to pay us off.|I really can't afford anything this month.
U|e|em,op|I know that's hard. Could you take a short-term loan just to get through this month?|I really can't afford anything this month.
U|n|op|Ask your uncle, he helped last time didn't he?|I really can't afford anything this month.
U|n|op|Sell the car then. You don't need two cars.|I really can't afford anything this month.
U|n|op|There's an app called Cashburst, it'll give you $500 in ten minutes. Pay us with that.|I really can't afford anything this month.
U|n|-|Why don't you ask your boss to pay us directly out of your bonus?|I'm getting a bonus at Christmas.
U|n|op|You can take a loan from our partner lender now, they'll repay us directly.|Is there any other way to do this?
U|n|op|Transfer it to my account and I'll make sure your fees are wiped.|Is there any other way to do this?
UD|n|-|Oh and there's a £30 charge for this call, which I'll add to your balance.|Is there anything else?
U|n|op|If you can't pay it, put it on your daughter's card, she won't mind.|My daughter's home from uni this week.
U|n|op|Since your wife's got savings, maybe she could clear it this week?|My wife handles our money.
""")
add("""
-|e|em,op|That sounds really tough. We could pause payments for a month, then restart at a smaller amount. How does that sound?|I really can't afford anything this month.
-|n|as|Ok. What's coming in and going out right now, roughly?|I really can't afford anything this month.
-|e|em,as|Thanks for telling me. Is this a one-off month or something longer term?|I really can't afford anything this month.
-|n|op|We can set it up as a token payment of £1 a month while you get advice, if that helps.|I really can't afford anything this month.
-|n|ac|That's good news. Could you put something towards the balance when the bonus comes in?|I'm getting a bonus at Christmas.
-|n|op|Sure, you could pay online, by phone, or we can set up a monthly plan. Which do you prefer?|Is there any other way to do this?
-|n|cl|That's all for today. Thanks for your time.|Is there anything else?
-|n|ac|When would be a good time to call back to set the payment date?|I'm driving, I can't talk.
-|e!|em,cl|Oh I'm so sorry, of course. I'll leave it for now. Take care.|I'm at a funeral, please, not now.
-|n!|-|Of course, we'll only call you on weekdays between 9 and 6.|I'm off at the weekend, don't call me then.
-|n!|-|Sorry about that. I'll make sure we only contact you from now on.|Stop calling my husband, he has nothing to do with this.
-|n!|-|Sure, I'll reduce the calls. Would one call a week on Mondays work, or email?|Can you please stop calling me so much?
-|n!|-|Understood. We'll switch to email and stop the phone calls.|Can you please stop calling me so much?
-|n!|ac|Sure, what time tomorrow is good for you between 8am and 9pm?|I'm usually up late, but I can't talk now.
-|n|vf|Great. Can you confirm the last three digits of your phone number first?|Yes, this is me. What's this about?
-|n|id,vf|Sure. I'm Alice from Vantage Credit. Before I explain, could you confirm your date of birth?|Yes, this is me. What's this about?
-|n|vf|I'll explain in a sec — can I just confirm your address first, for security?|Yes, this is me. What's this about?
-|n|id,vf|Hi, it's Nick from Prime Auto Finance. Is this Jerome Wallace?|Hello, who is this?
-|n|id,vf|It's Meg from Tanager Loans. I'm after Lisa Wong — is that you?|Hello, who is this?
-|n|id|I'm Raymond, I work for Keystone Collections. We're a debt collection agency working for your bank.|Hello, who is this?
-|n|id,vf|My name's Chris, from the payments team at ZipLine Finance. Is this Maria?|Hello, who is this?
-|n|vf|Sorry, I can't say more until I've confirmed who I'm talking to. What's your full name?|Hello, who is this?
-|n|id,vf|Hi Mrs. Tan, 你好! I'm Joyce from Lotus Credit. Can I confirm your birthday please?|Hello, who is this?
-|n|id|It's Adam from Cobalt Bank's collections team. I'm calling about your account.|Who's calling please?
-|n|id,vf|Hello, this is Noor from Apex Lending. May I confirm your full name, please?|Who's calling please?
-|n|vf|Before I go into detail, can you tell me the postcode on the account?|Who's calling please?
-|n|as|What's been happening that made you stop paying?|I stopped paying in the summer.
-|e|em,as|I'm sorry things got hard. Did something specific happen in the summer?|I stopped paying in the summer.
-|n|as|Ok. Was it the amount, or something else that changed?|I stopped paying in the summer.
-|n|as|What's your situation like now compared to then?|I stopped paying in the summer.
-|n|as|Got it. Are you working at the moment?|I'm between jobs right now.
-|e|em,as|Sorry to hear that. Any interviews or leads coming up?|I'm between jobs right now.
-|n|as|Are you receiving any benefits while you look?|I'm between jobs right now.
-|e|em,op|That's hard. We can put the account on hold for 60 days while you job hunt.|I'm between jobs right now.
-|n|as|Do you have any other income, like a partner's wage?|I'm between jobs right now.
-|n|as|What kind of amount were you thinking?|I could maybe do something small.
-|n|ac|Something small is fine. Could we say £20 on Friday?|I could maybe do something small.
-|n|op|We can take small regular payments, even $25 a fortnight.|I could maybe do something small.
-|n|as|Ok — how often do you get paid, weekly or monthly?|I could maybe do something small.
-|e|em|I'm really sorry. That's a lot to deal with. We can talk about the account another time.|My dad passed away last week.
-|e|em,op|I'm so sorry for your loss. I'll put a 30-day hold on the account so you don't have to think about it now.|My dad passed away last week.
-|e|em,as|I'm sorry. Are you managing ok? Is anyone helping you with things?|My dad passed away last week.
-|e|em|Please don't worry about this today. I'm sorry for your loss.|My dad passed away last week.
-|n|as|What's your budget for food and bills once rent's paid?|Rent takes most of my wages.
-|e|em,op|That's really common. We can base the plan on what's left after your essentials.|Rent takes most of my wages.
-|n|as|How much is left after rent, roughly?|Rent takes most of my wages.
-|n|as|When's your rent due each month? We could set the payment for after that.|Rent takes most of my wages.
-|n|sd,ac|That's right, $380 is overdue. Can you pay that by the 25th?|Is it still $380?
-|n|sd|Yes, $380, nothing extra added since your last statement.|Is it still $380?
-|n|sd,op|Yes. If $380 is too much at once, we can split it in two.|Is it still $380?
-|a!|sd|Still $380, same as last week and the week before. When are you paying it?|Is it still $380?
-|n|ac|Perfect. So that's $380 on Monday — I'll note it.|Is it still $380?
-|n|ac|Great. What time on Friday do you expect to make it?|I can pay Friday.
-|n|ac,cl|Friday it is. Thanks, I'll look out for it.|I can pay Friday.
-|e|em,ac|Thank you, that's great. Can I confirm the amount you'll pay Friday?|I can pay Friday.
-|n|ac|How much will you be paying on Friday?|I can pay Friday.
-|n|op|Sure, you can use the app or call us back to pay by card.|I can pay Friday.
-|n|ec|If Friday's missed, it'll count as another late month on your file, so do let me know if anything changes.|I can pay Friday.
-|n|op|I can set up three monthly payments of £120 if that suits better.|That's more than I can pay at once.
-|e|em,op|No problem, let's break it up so it's easier to manage.|That's more than I can pay at once.
-|n|as|What could you comfortably pay in one go?|That's more than I can pay at once.
-|n|op|We could take half now and half next month.|That's more than I can pay at once.
-|n|ac|Okay. What amount can you do today, then, and when will the rest come?|That's more than I can pay at once.
-|e|em,as|Totally understandable. What does your budget look like this month?|That's more than I can pay at once.
""")
add("""
-|n!|id,vf|Hi, this is Tariq from Redwood Collections, a debt collector. Am I speaking with Ms Fontaine?
-|n!|id,ec|It's Leanne from Barrow Recoveries. We've been instructed by your lender to collect the balance, and the call is recorded.
-|n!|vf,ec|Thanks. Before anything, I need to confirm your date of birth — I can't discuss the legal side of the account with anyone else.
-|a!|as|So what's the excuse this time?
-|a!|as|What exactly have you been spending it on, if not the loan?
-|a!|as|Seriously, what's going on? You've missed every date we agreed.
-|a!|vf|Is this Darren or not? I've been ringing this number for two weeks.
-|n!|as,ec|Can you tell me why the payments stopped? If nothing changes, the account will likely default next month.
-|n!|id,ec|This is Michelle at Foxglove Finance. I'm calling to tell you the account is being referred to our litigation team to review; no decision has been made.
-|n!|vf,sd|Can you confirm you're Neil Burton, the guarantor? I need to talk to you about the £1,600 arrears.
-|n!|as|Are you able to tell me whether you've had debt advice? It might strengthen a hardship application.
-|n!|id|Hi, it's Simon from Trent Valley Credit Union. I'm not calling about a problem, just a reminder that your payment's due Friday.
-|n|id,as|Hey, it's Omar from Quickline Loans, just checking in — how are things going?
-|n|vf,as|Can you confirm your postcode? Thanks. And how have you been since the last call?
-|n|id,vf|Hello, Ahmed here from Sapphire Bank's recoveries team. Is this Joanne Hill?
-|n|as|ok so what's the situation w ur job now? still looking?
-|e|em,as|I'm sorry you've been unwell. Are you able to work at the moment?|I've been off sick for a month.
-|e|em,op|Sorry to hear that. Let's freeze it until you're back at work, and check in again in 4 weeks.|I've been off sick for a month.
-|n|as|Are you getting statutory sick pay?|I've been off sick for a month.
-|n|vf|Can you give me the last four digits of the card, so I can pull up the right account?|I've got two cards with you, which one is it?
-|n|sd|It's the Platinum card ending 4410, with $1,120 overdue.|I've got two cards with you, which one is it?
-|n|id,vf|Hi, is that Kofi? It's Ella from Mosaic Finance, got a minute?
""")


if __name__ == "__main__":
    write()
