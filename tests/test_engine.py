"""The simulator's rules, driven by a keyword scorer so failures point at the engine."""

from dataclasses import replace

import pytest
from fakes import fake_score

from simulator import ReplyError, SessionEnded, Simulation
from simulator.engine import MAX_REPLY_CHARS
from simulator.play import play_script

GOOD = [
    "您好，我是安信消费金融的客服小王，请问是陈磊先生本人吗？",
    "陈先生，您这笔3260元已经逾期18天了，最近遇到什么困难了吗？",
    "我理解，工资延发确实难。我们可以申请分期，每月还1000元。",
    "那我们约定15号前先还第一期1000元，可以吗？",
]


def test_good_call_reaches_agreement_with_amount_and_date(cashflow_zh):
    result = play_script(cashflow_zh, GOOD, scorer=fake_score)
    assert result.simulation.outcome == "agreement"
    last = result.turns[-1]
    assert last.plan == {"amount": 1000.0, "date": "15号", "proposed_by": "trainee"}
    assert "1000" in last.borrower_line


def test_same_seed_same_call(cashflow_zh):
    a = play_script(cashflow_zh, GOOD, scorer=fake_score, seed=7)
    b = play_script(cashflow_zh, GOOD, scorer=fake_score, seed=7)
    assert [t.borrower_line for t in a.turns] == [t.borrower_line for t in b.turns]
    assert a.simulation.opening_line == b.simulation.opening_line


def test_saved_session_resumes_exactly(cashflow_zh):
    straight = Simulation.start(cashflow_zh, scorer=fake_score, seed=3)
    for reply in GOOD:
        straight.respond(reply)
    resumed = Simulation.start(cashflow_zh, scorer=fake_score, seed=3)
    resumed.respond(GOOD[0])
    resumed.respond(GOOD[1])
    resumed = Simulation.from_dict(cashflow_zh, resumed.to_dict(), scorer=fake_score)
    tail = [resumed.respond(r) for r in GOOD[2:]]
    assert [t.borrower_line for t in tail] == [t.borrower_line for t in straight.transcript[2:]]
    assert resumed.outcome == straight.outcome == "agreement"


def test_repeating_please_pay_never_agrees(cashflow_zh):
    result = play_script(cashflow_zh, ["你欠的钱今天必须还。"] * 30, scorer=fake_score)
    assert result.simulation.outcome in {"hang_up", "refusal", "turn_limit"}
    assert "repeat" in result.turns[1].events


def test_lines_do_not_repeat_while_others_fit(cashflow_zh):
    result = play_script(cashflow_zh, ["嗯。", "好的。", "哦。", "是吗。", "这样啊。", "行。"], scorer=fake_score)
    lines = [t.line_id for t in result.turns if not t.ended]
    assert len(lines) == len(set(lines))


def test_violations_lead_to_complaint_with_evidence(cashflow_zh):
    result = play_script(cashflow_zh, ["我是小王，你个老赖", "再不还小心点，警察会来"], scorer=fake_score)
    assert result.simulation.outcome == "complaint"
    assert result.rubric.violations["insult"] == 1
    assert not result.rubric.passed


def test_stating_debt_before_verifying_is_flagged(cashflow_zh):
    sim = Simulation.start(cashflow_zh, scorer=fake_score)
    turn = sim.respond("我是小王，你逾期了")
    assert "premature_disclosure" in turn.events
    # cashflow-instalment says nobody else listens, so it is a process lapse, not a violation
    assert "privacy" not in turn.violations


def _answered_by_wife(scenario):
    from scenarios.schema import Line, LineCondition, ThirdParty

    scenario = scenario.model_copy(deep=True)
    scenario.opening.answered_by = "third_party"
    scenario.opening.third_party = ThirdParty(name="李娟", relation="妻子")
    scenario.lines += [
        Line(id="tp-greet", text="喂？这是陈磊的手机，我是他{relation}。", when=LineCondition(greeting=True, speaker="third_party")),
        Line(id="tp-any", text="你找他什么事？", when=LineCondition(speaker="third_party")),
        Line(id="handover", text="喂，我是陈磊。", when=LineCondition(events_any=["handed_over"])),
    ]
    return scenario


def test_third_party_disclosure_is_a_privacy_violation(cashflow_zh):
    sim = Simulation.start(_answered_by_wife(cashflow_zh), scorer=fake_score)
    assert "妻子" in sim.opening_line
    turn = sim.respond("他欠我们3260元逾期18天了")
    assert "third_party_disclosure" in turn.events
    assert "privacy" in turn.violations
    assert any(e.source == "CN-THIRD-PARTY" for e in turn.evidence)
    assert sim.session.speaker == "third_party"


def test_third_party_hands_over_after_a_discreet_introduction(cashflow_zh):
    sim = Simulation.start(_answered_by_wife(cashflow_zh), scorer=fake_score)
    turn = sim.respond("您好，我是安信的小王，麻烦请陈磊先生接一下电话")
    assert turn.violations == [] and "handed_over" in turn.events
    assert turn.borrower_line == "喂，我是陈磊。"
    assert sim.session.speaker == "borrower"


def test_pressing_after_the_borrower_asks_to_stop_is_harassment(cashflow_zh):
    sim = Simulation.start(cashflow_zh, scorer=fake_score)
    sim.session.requests = {"late_night": "都十一点了，明天再说吧。"}
    turn = sim.respond("你欠的3260什么时候还")
    assert "request_ignored" in turn.events and "harassment" in turn.violations


@pytest.mark.parametrize("reply", ["", "   ", "\x00\x01", "字" * (MAX_REPLY_CHARS + 1)])
def test_unusable_replies_are_refused_without_changing_the_call(cashflow_zh, reply):
    sim = Simulation.start(cashflow_zh, scorer=fake_score)
    before = sim.to_dict()
    with pytest.raises(ReplyError):
        sim.respond(reply)
    assert sim.to_dict() == before


def test_no_reply_after_the_call_ends(cashflow_zh):
    sim = Simulation.start(cashflow_zh, scorer=fake_score)
    for reply in GOOD:
        sim.respond(reply)
    with pytest.raises(SessionEnded):
        sim.respond("还在吗？")


def test_weak_turn_gets_a_better_reply(cashflow_zh):
    sim = Simulation.start(cashflow_zh, scorer=fake_score)
    turn = sim.respond("你欠的钱什么时候还")
    assert turn.coaching is not None and turn.coaching.moment == "opening"
    good = Simulation.start(cashflow_zh, scorer=fake_score).respond(GOOD[0])
    assert good.coaching is None


def test_a_request_not_to_call_at_work_stays_in_the_scorers_context(cashflow_zh):
    seen = []

    def recording_scorer(text, context=None, lang=None, pack="cn"):
        seen.append(context)
        return fake_score(text, context, lang, pack)

    sim = Simulation.start(cashflow_zh, scorer=recording_scorer)
    sim.session.requests = {"no_work_calls": "以后别往我单位打电话。"}
    sim.respond("好的，我理解。")
    sim.respond("那您看什么时候方便？")
    with_context = [c for c in seen if c is not None]  # the second reading of each turn, for tone, has none
    assert len(with_context) == 2 and all("以后别往我单位打电话" in c for c in with_context)
    assert "no_work_calls" in sim.session.requests


def _session_with(scenario, **flags):
    sim = Simulation.start(scenario, scorer=fake_score, seed=1)
    for name, value in flags.items():
        setattr(sim.session, name, value)
    return sim


def test_naming_the_lender_identifies_the_caller(cashflow_zh):
    # The scorer may miss `identify` in a long opener; the lender's name is identification.
    from simulator.events import derive_events

    session = _session_with(cashflow_zh, verified=True).session
    named = derive_events(cashflow_zh, session, "安信这边提醒：您还有3260元逾期", fake_score("您还有3260元逾期"))
    unnamed = derive_events(cashflow_zh, session, "提醒：您还有3260元逾期", fake_score("您还有3260元逾期"))
    assert "unidentified" not in named.events and "move:identify" in named.events
    assert "unidentified" in unnamed.events


def test_after_stop_a_reply_that_listens_is_not_harassment(cashflow_zh):
    from simulator.events import derive_events

    session = _session_with(cashflow_zh, verified=True, identified=True,
                            requests={"asked_to_stop": "别再打了！"}).session
    listens = derive_events(cashflow_zh, session, "您的3260元逾期了，最近遇到什么困难了吗？",
                            fake_score("您的3260元逾期了，最近遇到什么困难了吗？"))
    presses = derive_events(cashflow_zh, session, "您的3260元逾期了。", fake_score("您的3260元逾期了。"))
    assert "harassment" not in listens.violations and "request_ignored" not in listens.events
    assert "harassment" in presses.violations and "request_ignored" in presses.events


def test_stating_the_debt_once_is_information_twice_is_pressure(cashflow_zh):
    from simulator.events import derive_events

    sim = _session_with(cashflow_zh, verified=True, identified=True)
    first = derive_events(cashflow_zh, sim.session, "您这笔3260元逾期了。", fake_score("您这笔3260元逾期了。"))
    sim.session.debt_stated = True
    again = derive_events(cashflow_zh, sim.session, "还是那3260元逾期。", fake_score("还是那3260元逾期。"))
    demand = derive_events(cashflow_zh, _session_with(cashflow_zh).session, "征信会受影响。", fake_score("征信会受影响。"))
    assert "pressure" not in first.events
    assert "pressure" in again.events and "pressure" in demand.events


def test_a_closing_recap_of_the_plan_confirms_it(cashflow_zh):
    replies = GOOD[:3] + ["好的，那就每月1000元，15号先还第一期，谢谢您。"]
    result = play_script(cashflow_zh, replies, scorer=fake_score)
    assert "commitment_asked" in result.turns[-1].events
    assert result.simulation.outcome == "agreement"


def test_asking_for_the_borrower_by_name_verifies(cashflow_zh, library):
    from simulator.events import asks_for_borrower

    assert asks_for_borrower(cashflow_zh, "您好，请问是陈磊先生本人吗？")
    assert asks_for_borrower(cashflow_zh, "请问係咪陈先生？")
    assert not asks_for_borrower(cashflow_zh, "陈先生，您这笔3260元已经逾期18天了，最近遇到什么困难了吗？")
    english = library.get("cashflow-instalment", "en")
    assert asks_for_borrower(english, "Hi, this is Dana from Harbor Point Lending. Am I speaking with Marcus Reed?")
    assert not asks_for_borrower(english, "Thanks, Marcus. Your loan is 18 days overdue.")


def test_the_required_disclosure_is_neither_pressure_nor_a_consequence(library):
    from simulator.events import derive_events

    english = library.get("pressure-avoidance", "en")
    session = _session_with(english, identified=True, verified=True).session
    reply = "This is an attempt to collect a debt; any information will be used for that purpose. It affects your credit."
    events = derive_events(english, session, reply, fake_score(reply)).events
    assert "pressure" not in events and "move:explain_consequence" not in events


def test_asking_for_part_of_what_is_owed_offers_a_plan(cashflow_zh):
    # "先还1100，行不行？" proposes a partial payment even when the scorer only saw a request for a
    # date; asking for the whole amount is not a plan.
    from simulator.events import asks_for_part_payment, derive_events

    assert asks_for_part_payment(cashflow_zh, "拆成三期，一个月1100左右，行不行？")
    assert not asks_for_part_payment(cashflow_zh, "3260元今天能还上吗？")
    assert not asks_for_part_payment(cashflow_zh, "15号能还吗？")
    session = _session_with(cashflow_zh, verified=True).session
    part = fake_score("拆成三期，一个月1100左右，可以吗？")
    assert "ask_commitment" in part.moves and "offer_plan" not in part.moves  # what the test relies on
    events = derive_events(cashflow_zh, session, "拆成三期，一个月1100左右，可以吗？", part).events
    assert "move:offer_plan" in events and "plan_affordable" in events
    whole = derive_events(cashflow_zh, session, "3260元今天能还上吗？", fake_score("3260元今天能还上吗？")).events
    assert "move:offer_plan" not in whole


def test_setting_out_contact_terms_is_not_idle(library):
    # "I'll only call on weekdays, never your workplace" answers what a hounded borrower cares about
    # most; no move in the label set covers it, and it must not count as doing nothing.
    from simulator.events import derive_events, sets_contact_terms

    english = library.get("pressure-avoidance", "en")
    chinese = library.get("pressure-avoidance", "zh")
    assert sets_contact_terms("en", "From now on I'm your only contact, and I won't call your workplace.")
    assert sets_contact_terms("zh", "以后就我一个人联系您，只在白天打，也不会找您单位。")
    assert sets_contact_terms("zh", "以後我哋只會用短信聯絡你。")
    assert sets_contact_terms("zh", "以后就我一个人对接你。你单位、你通讯录里的人，我们一个都不联系。")
    assert sets_contact_terms("en", "On contact, you tell me. Text? Email? I'll note it so no one calls you out of the blue.")
    assert sets_contact_terms("en", "what's the best way and time to reach you? nobody is going to call your job.")
    for lang, reply in [("en", "I'll keep calling until you pay."), ("en", "Okay."), ("zh", "不还钱就天天打你电话。"),
                        ("zh", "您这笔3260元已经逾期18天了。"), ("zh", "你都不接电话，我只能打你单位了。"),
                        ("zh", "你都不打电话回来。")]:
        assert not sets_contact_terms(lang, reply), reply

    session = _session_with(english, identified=True, verified=True).session
    reply = "Going forward I'll only call on weekdays between 10 a.m. and 6 p.m."
    assert fake_score(reply).moves == [] and not fake_score(reply).violations  # what the test relies on
    events = derive_events(english, session, reply, fake_score(reply)).events
    assert "contact_terms" in events and "idle" not in events
    assert "idle" in derive_events(english, session, "Okay.", fake_score("Okay.")).events
    # A violation is never a contact term, however it is worded.
    harassing = "只在白天打？不还钱我们就一直打你单位电话。"
    scored = fake_score(harassing)
    assert scored.violations, "the keyword scorer flags this reply"
    assert "contact_terms" not in derive_events(chinese, session, harassing, scored).events

    # In the scenario it reassures her: trust rises, where an idle reply would cost patience.
    before = Simulation.start(english, scorer=fake_score, seed=1)
    before.respond("Hi, this is Jordan Hayes with Summit Ridge Finance. Am I speaking with Kayla Brooks?")
    trust = before.session.state.trust
    result = before.respond(reply)
    assert "contact_terms" in result.events and before.session.state.trust > trust - 2


def test_asking_for_a_date_of_birth_or_id_digits_verifies(library):
    # The scorer can miss `verify` in a second, detail-checking question; asking for the detail is
    # verification whatever it saw.
    from simulator.events import asks_for_identity_details, derive_events

    assert asks_for_identity_details("en", "One more thing for privacy, can you give me your date of birth?")
    assert asks_for_identity_details("zh", "麻烦报一下身份证后四位，我核对一下。")
    assert asks_for_identity_details("zh", "唔該講一講你身份證後四位。")
    assert not asks_for_identity_details("en", "Thanks for confirming your date of birth.")
    assert not asks_for_identity_details("zh", "祝您生日快乐。")
    english = library.get("pressure-avoidance", "en")
    session = _session_with(english).session
    reply = "Sorry, could you confirm your date of birth?"
    assert "verify" not in fake_score(reply).moves  # what the test relies on
    events = derive_events(english, session, reply, fake_score(reply)).events
    assert "move:verify" in events and "idle" not in events


def test_an_apology_to_the_borrower_is_empathy(library):
    from simulator.events import apologises, derive_events

    assert apologises("en", "That should never have happened, and I apologize.")
    assert apologises("zh", "之前委外机构频繁来电给您造成的困扰，我们深表歉意。")
    assert apologises("zh", "呢件事係我哋做得唔好，同你講聲對不起。")
    assert apologises("zh", "对于此前的频繁来电，我司郑重向您致歉。")  # the formal written form
    for lang, filler in [("en", "Sorry, one more thing: can you confirm your address?"), ("en", "Sorry to bother you."),
                         ("zh", "不好意思打扰了，请问是赵女士吗？")]:
        assert not apologises(lang, filler), filler
    chinese = library.get("pressure-avoidance", "zh")
    session = _session_with(chinese).session
    reply = "之前那样频繁打电话，我们向您道歉。"
    assert "empathize" not in fake_score(reply).moves  # what the test relies on
    assert "move:empathize" in derive_events(chinese, session, reply, fake_score(reply)).events
    harsh = "对不起，不还钱就一直打你电话。"
    assert "move:empathize" not in derive_events(chinese, session, harsh, fake_score(harsh)).events


def test_tone_is_read_from_the_reply_alone(cashflow_zh):
    # A model that lets the borrower's angry line colour the reply's tone: the borrower reacts to
    # the manner of the reply, so the simulator reads tone without the context.
    calls = []

    def mood_leaking_scorer(text, context=None, lang=None, pack="cn"):
        calls.append(context)
        score = fake_score(text, context=context, lang=lang, pack=pack)
        return replace(score, tone="aggressive") if context else score

    sim = Simulation.start(cashflow_zh, scorer=mood_leaking_scorer, seed=1)
    result = sim.respond(GOOD[0])
    assert calls[0] and calls[1] is None  # read with the borrower's line, then alone
    assert result.score.tone == "neutral" and "tone:aggressive" not in result.events
    # A threat keeps its aggressive tone, and needs no second reading.
    calls.clear()
    threat = sim.respond("你小心点，我们知道你住哪。")
    assert "threat" in threat.violations and threat.score.tone == "aggressive" and len(calls) == 1


def test_asking_for_everything_at_once_is_no_plan(library):
    # A model may read "pay the full amount this week?" as a plan; it asks for everything.
    from simulator.amounts import find_amounts
    from simulator.events import demands_whole_amount, derive_events

    assert find_amounts("Can you just pay the full $1,140 this week?") == [1140.0]  # "this" is no ordinal
    assert find_amounts("$380 on the 15th") == [380.0]
    assert find_amounts("月底先还500，后头每个月六百，最后一期180") == [500.0, 600.0, 180.0]  # in the order said
    english = library.get("cashflow-instalment", "en")
    assert demands_whole_amount(english, "Can you just pay the full $1,140 this week?")
    assert not demands_whole_amount(english, "The $1,140 could be split into three payments of $380.")
    assert not demands_whole_amount(english, "$380 on the 15th?")
    session = _session_with(english).session
    reply = "Can you just pay the full $1,140 this week?"
    misread = replace(fake_score(reply), moves=["offer_plan", "ask_commitment"])
    events = derive_events(english, session, reply, misread).events
    assert "move:offer_plan" not in events and not {"plan_vague", "plan_affordable", "plan_too_high"} & set(events)


def test_sanity_checks_on_the_scorers_moves(library):
    # A model can read a verification question as a request for commitment, or a greeting as a
    # statement of the debt; the reply's words decide.
    from simulator.events import asks_for_borrower, derive_events

    english = library.get("cashflow-instalment", "en")
    assert asks_for_borrower(english, "Marcus Reed? Dana Ortiz, Harbor Point Lending.")
    assert not asks_for_borrower(english, "Marcus, you owe us money. When are you paying?")
    assert asks_for_borrower(library.get("cashflow-instalment", "zh"), "陈磊？我是安信的小王。")
    session = _session_with(english).session
    reply = "Please confirm your date of birth."
    misread = replace(fake_score(reply), moves=["verify", "ask_commitment"])
    events = derive_events(english, session, reply, misread).events
    assert "move:verify" in events and "move:ask_commitment" not in events and "pressure" not in events
    greeting = "Hey, how're you doing today? Is this Mr. Marcus Reed?"
    misread = replace(fake_score(greeting), moves=["verify", "state_debt"])
    events = derive_events(english, session, greeting, misread).events
    assert "move:state_debt" not in events and "premature_disclosure" not in events
    real = "Your loan has $1,140 past due."
    assert "move:state_debt" in derive_events(english, session, real, replace(fake_score(real), moves=["state_debt"])).events


def test_the_agreed_plan_is_its_first_payment(library):
    # "$150 next Friday, then $200 a month, a last one of $30": the borrower agrees to pay $150 first,
    # not the $30 at the end.
    from simulator.amounts import find_amounts, first_instalment

    assert first_instalment(find_amounts("$150 next Friday, then $200 a month, and a last one of $30."), 980) == 150
    assert first_instalment(find_amounts("The $1,140 in three payments of $380?"), 1140) == 380
    sim = _session_with(library.get("pressure-avoidance", "zh"), verified=True, identified=True)
    result = sim.respond("分期吧：月底先还500，后头每个月600，最后一期180，您看行不行？")
    assert sim.session.plan is not None and sim.session.plan.amount == 500, result.events


def _with(score, violations=(), moves=(), evidence=()):
    return replace(score, violations=list(violations), moves=list(moves), evidence=list(evidence))


def test_a_refused_plan_or_a_plan_nobody_offered_is_no_offer(library, cashflow_zh):
    # The scorer reads the topic: "no payment plan" and "the due date stands" can come back as
    # offer_plan. A refusal with the whole amount, or a reply offering nothing, is no plan.
    from simulator.events import derive_events, offers_a_plan

    english = library.get("cashflow-instalment", "en")
    session = _session_with(english, identified=True, verified=True).session
    for reply in ("I'm not able to set up a payment plan. The full $1,140 needs to be paid by Friday.",
                  "I see. Unfortunately, the payroll situation doesn't change the due date."):
        events = derive_events(english, session, reply, _with(fake_score(reply, lang="en"), moves=["offer_plan"])).events
        assert "move:offer_plan" not in events, reply
    zh_session = _session_with(cashflow_zh, identified=True, verified=True).session
    refusal = "分期我这边办不了，还是需要您一次性把3260元还上。"
    assert "move:offer_plan" not in derive_events(cashflow_zh, zh_session, refusal,
                                                  _with(fake_score(refusal), moves=["offer_plan"])).events
    # a counter-offer after a refusal, or an offer to work one out, still offers a plan
    assert offers_a_plan("We can't do a 12-month plan, but three payments of $380 would work.", [380.0])
    assert offers_a_plan("我们不能给您减免，但可以分三期。", [])
    assert offers_a_plan("Let's work something out that fits your budget.", [])


def test_a_promise_of_fewer_calls_is_not_harassment_when_only_the_model_says_so(library):
    from scoring.evidence import Evidence
    from simulator.events import derive_events

    english = library.get("pressure-avoidance", "en")
    session = _session_with(english, identified=True, verified=True).session
    promise = "From now on I'm your only contact, and there won't be daily calls."
    by_model = Evidence("harassment", "model", 0, len(promise), promise)
    turn = derive_events(english, session, promise, _with(fake_score(promise, lang="en"), ["harassment"], evidence=[by_model]))
    assert "harassment" not in turn.violations and turn.dropped_violations == {"harassment"}
    # a rule's finding stands, and so does the model's on a reply that promises no such thing
    by_rule = Evidence("harassment", "US-REGF-1006.14", 0, 5, promise[:5])
    kept = derive_events(english, session, promise, _with(fake_score(promise, lang="en"), ["harassment"], evidence=[by_rule]))
    assert "harassment" in kept.violations
    threat = "I'll call you every day until this is paid."
    other = derive_events(english, session, threat, _with(fake_score(threat, lang="en"), ["harassment"],
                                                          evidence=[Evidence("harassment", "model", 0, 5, threat[:5])]))
    assert "harassment" in other.violations
