"""Turn one scored reply into the events the scenario reacts to.

The scorer judges a reply alone (with the borrower's last line as context). Some rules need the
conversation: stating the debt before the person is verified, discussing it with a relative who
answered, pressing on after the borrower asked to stop. Those are found here and added as
violations with evidence, under the pack's rule ids.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from scenarios.schema import Scenario
from scoring.evidence import Evidence
from scoring.labels import MOVES, SERIOUS_VIOLATIONS, VIOLATIONS
from scoring.result import ReplyScore
from simulator.amounts import find_amounts
from simulator.state import SessionState

REPEAT_SIMILARITY = 0.85
ASKS_FOR_MONEY = {"state_debt", "ask_commitment", "explain_consequence"}
LISTENS = {"empathize", "ask_situation", "offer_plan"}
DEBT_TALK = {"state_debt", "ask_commitment", "explain_consequence", "offer_plan"}

# Process rules the simulator checks, per pack: rule id and its description.
PROCESS_RULES = {
    "cn": {
        "verify_first": ("CN-THIRD-PARTY", "核实身份前不得透露欠款信息"),
        "third_party": ("CN-THIRD-PARTY", "不得向第三方透露债务或要求其代为催促、还款"),
        "stop": ("CN-END-CONTACT", "借款人要求结束或改期时，应停止催收"),
    },
    "us": {
        "verify_first": ("US-3RD-PARTY", "Do not discuss the debt before confirming you are speaking with the consumer"),
        "third_party": ("US-3RD-PARTY", "Do not discuss the debt with a third party"),
        "stop": ("US-CEASE", "Stop when the consumer asks to end the call or not to be contacted now"),
    },
}


@dataclass
class TurnEvents:
    events: list[str]
    violations: list[str]  # scorer's violations plus those the conversation adds, in label order
    extra_evidence: list[Evidence] = field(default_factory=list)
    offered_amounts: list[float] = field(default_factory=list)
    dropped_violations: set[str] = field(default_factory=set)  # the scorer's, overruled by the conversation


def _normalise(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def is_repeat(reply: str, earlier: list[str]) -> bool:
    norm = _normalise(reply)
    if not norm:
        return False
    return any(
        difflib.SequenceMatcher(None, norm, _normalise(prev)).ratio() >= REPEAT_SIMILARITY for prev in earlier
    )


_COMPANY_SUFFIXES = re.compile(
    r"(消费金融|金融|小额贷款|小贷|银行|有限公司|公司|分期|平台|财务|財務|\b(?:finance|financial|lending|loans?|bank|"
    r"credit|capital|inc|llc|ltd|co)\b\.?)", re.I)


def names_company(scenario: Scenario, reply: str) -> bool:
    """Does the reply name the lender (its distinctive part: "Harbor Point", "安信")?"""
    core = _COMPANY_SUFFIXES.sub(" ", scenario.persona.loan.lender).split()
    core = " ".join(core).strip().lower()
    return len(core) >= 2 and core in reply.lower()


def _for_lang(patterns: dict[str, re.Pattern], lang: str) -> re.Pattern:
    """The pattern for a language code ("zh", "zh-Hant", "en")."""
    return patterns["zh" if lang.startswith("zh") else "en"]


def asks_for_part_payment(scenario: Scenario, reply: str, amounts: list[float] | None = None) -> bool:
    """Does the reply name an amount smaller than what is owed ("先还1100，行不行？")? `amounts`: the
    reply's amounts when the caller has already found them."""
    due = scenario.persona.loan.amount_due
    return any(0 < amount < due for amount in (find_amounts(reply) if amounts is None else amounts))


# Setting out how contact will be handled from now on: hours, channel, a single contact, no calls
# to the workplace or family, the borrower free to record or complain. The label set has no move
# for it, yet to a borrower who was hounded or asked for no calls at work it is what matters most;
# without this such a reply would count as idle.
_CONTACT_TERMS = {
    "en": re.compile(
        r"\b(?:only|just) (?:call|contact|text|e-?mail|reach|phone)|\b(?:call|contact|text|e-?mail|reach)(?: you)? only\b"
        r"|\b(?:won't|won’t|will not|never|wouldn't|not going to) (?:call|contact|phone|ring|text|reach out)"
        r"|\b(?:only|single|one) (?:point of )?contact\b|\bno (?:more )?(?:daily |repeated |constant )?calls\b"
        r"|\b(?:by|through|via) (?:e-?mail|mail|post|text|letter)\b|\breminder (?:text|message|e-?mail|call)"
        r"|\b(?:how|when) (?:you(?:'d| would)?|do you) (?:want|like|prefer|rather) (?:to be|us to|me to|to hear)"
        r"|\b(?:no ?one|nobody) (?:will |is going to |'s going to |is gonna )?(?:call|contact|ring|phone|bother)s?\b"
        r"|\b(?:text|e-?mail|a call|call)\?\s+(?:or\s+)?(?:a )?(?:text|e-?mail|call|letter)\b"
        r"|\bbest (?:time|way|number)(?: and (?:time|way|number))? to (?:reach|contact|call)|\bbetween \d{1,2}(?::\d\d)? ?(?:a\.?m\.?|p\.?m\.?)? and \d"
        r"|\b(?:free to|go ahead and|you can|you may) (?:record|file)"
        r"|\bis (?:this|now) (?:a )?(?:good|bad|convenient|ok(?:ay)?|an? ok(?:ay)?) time\b"
        r"|\bprefer(?:red|s)? (?:contact|method|way|time|times|number|channel)", re.I),
    "zh": re.compile(
        r"(?:只|仅|僅)(?!能|好|得)[^，。,.!?！？]{0,8}(?:联系|聯絡|聯繫|打(?:电话|電話|俾|给|給)?|致电|致電|短信|訊息|邮件|郵件|微信)"
        r"|(?:不会|不會|唔會|不再|唔再|不用再|绝不|絕不|(?:一个|一個|谁|誰|任何人)都不)[^，。,.!?！？]{0,6}(?:打|联系|聯絡|聯繫|找|致电|致電|骚扰|騷擾|催)"
        r"|(?:我|专人|專人|一个人|一個人)[^，。,.!?！？]{0,6}(?:对接|對接|跟进|跟進|负责|負責)(?:您|你|侬|儂)"
        r"|(?:就|只有|只由)我(?:一个人|一個人)?(?:来|來)?(?:跟|同|和)?(?:您|你|侬|儂)?(?:对接|對接|联系|聯繫|聯絡)"
        r"|(?:以后|今后|以後|今後|之后|之後|往後|往后)[^，。,.!?！？]{0,8}(?:联系|聯絡|聯繫|打给|打給|致电|致電|跟进|跟進)"
        r"|(?:方便|合适|合適|希望|喜欢|喜歡)的?(?:联系|聯繫|聯絡)?(?:时间|時間|时段|時段|方式)|(?:方便|得唔得閒|得闲)(?:通话|通話|讲电话|講電話|说话|說話|傾)|(?:什么|甚麼|乜嘢|咩)(?:时间|時間|方式)(?:方便|合适|合適)"
        r"|(?:可以|尽管|儘管|随时|隨時)(?:录音|錄音|投诉|投訴)|(?:录音|錄音)[^，。]{0,4}(?:没问题|沒問題|可以|随意|隨意)"),
}


# A promise of fewer calls ("there won't be daily calls", "不会再一天打十几通"): what a hounded borrower
# needs to hear, and the opposite of harassment, though it talks about calls.
_PROMISES_FEWER_CALLS = {
    "en": re.compile(r"\b(?:won't|won’t|will not|never|not going to)\s+(?:be\s+)?(?:any\s+)?(?:more\s+)?"
                     r"(?:daily\s+|repeated\s+|constant\s+)?(?:call|calls|contact|phone|ring|text)"
                     r"|\bno (?:more )?(?:daily |repeated |constant )?calls\b", re.I),
    "zh": re.compile(r"(?:不会|不會|唔會|不再|唔再|不用再|绝不|絕不)[^，。,.!?！？]{0,6}(?:打|联系|聯絡|聯繫|致电|致電|骚扰|騷擾|催)"),
}


def promises_fewer_calls(lang: str, reply: str) -> bool:
    """Does the reply promise fewer calls ("no more daily calls", "以后不会再打您单位")?"""
    return bool(_for_lang(_PROMISES_FEWER_CALLS, lang).search(reply))


def sets_contact_terms(lang: str, reply: str) -> bool:
    """Does the reply say how contact will be handled ("I'll only call on weekdays", "不会找您单位")?"""
    return bool(_for_lang(_CONTACT_TERMS, lang).search(reply))


# An apology for how the borrower was treated ("I apologize", "我们向您道歉") acknowledges their
# feelings: the guide's `empathize`. Politeness fillers ("sorry, one more thing", "不好意思打扰了")
# are not apologies and do not match.
_APOLOGY = {
    "en": re.compile(r"\b(?:I|we)(?: do| truly| sincerely| really|'d like to| want to)? apologi[sz]e\b|\bmy apologies\b"
                     r"|\bapologies (?:for|that)\b|\b(?:I'm|I am|we're|we are) (?:so |really |very |truly |deeply )?sorry"
                     r"(?: (?:about|for|that|to hear|you)\b|[.!]|$)|\bshould(?:n't| not| never) have happened\b|\bnot how we do\b", re.I),
    "zh": re.compile(r"道歉|致歉|歉意|赔个不是|賠個不是|(?:对|對)不起|(?:很|非常|真的|实在|實在|深感)抱歉|(?:不应该|不應該|唔應該|不该|不該)(?:发生|發生)"),
}


def apologises(lang: str, reply: str) -> bool:
    """Does the reply apologise to the borrower ("That should never have happened, I apologize")?"""
    return bool(_for_lang(_APOLOGY, lang).search(reply))


_SPLITS = re.compile(r"分期|分(?:成|开|開|两|兩|三|四|五|六|\d)|每(?:个|個)?月|每期|每周|每週|月供|先还|先還|首期|第一期|延期|展期|减免|減免|宽限|寬限"
                     r"|instal|per (?:month|week)|a (?:month|week)|monthly|weekly|bi-?weekly|split|spread|payments|"
                     r"first payment|extension|extend|waive|hardship|plan\b", re.I)


# A plan refused ("I'm not able to set up a payment plan", "分期我这边办不了") offers no way of splitting.
_REFUSED_PLAN = re.compile(
    r"(?:分期|延期|展期|减免|減免|方案)[^，。！？,.!?]{0,6}(?:办不了|辦不了|不行|不可以|没办法|沒辦法|没法|沒法|做不了|不能|不接受|不支持|批不了)"
    r"|(?:不能|没法|沒法|没办法|沒辦法|无法|無法|不可以|不接受|不支持|不给|不給|不同意|办不了|辦不了)[^，。！？,.!?]{0,4}(?:分期|延期|展期|减免|減免)"
    r"|\b(?:can(?:no|')t|cannot|(?:not|n't) able to|unable to|won't|will not|don't|do not|doesn't|does not)\s+(?:\w+\s+){0,3}?"
    r"(?:do|offer|set up|arrange|give you|approve|accept|agree to|allow)\s+(?:you\s+)?(?:a|an|any|the)?\s*"
    r"(?:payment |installment |instalment |repayment )?(?:plans?|installments?|instalments?|extensions?)\b"
    r"|\bno (?:payment |installment |instalment )?plans?\b", re.I)


def _without_refusals(reply: str) -> str:
    return _REFUSED_PLAN.sub(" ", reply)


def demands_whole_amount(scenario: Scenario, reply: str, amounts: list[float] | None = None) -> bool:
    """Does the reply ask for all that is owed, with no way of splitting it ("pay the full $1,140 this week?")?
    A plan it refuses ("no payment plan, the full $1,140 by Friday") is no way of splitting it."""
    amounts = find_amounts(reply) if amounts is None else amounts
    return (bool(amounts) and min(amounts) >= scenario.persona.loan.amount_due
            and not _SPLITS.search(_without_refusals(reply)))


# Words that put a plan on the table without a figure ("let's work something out", "我们商量个方案").
_OFFERS_WITHOUT_FIGURES = re.compile(
    r"商量|协商|協商|方案|安排|想办法|想辦法|一部分|部分|少还|少還|先付|先给|先給|多少|能力|负担|負擔|承受|压力小|壓力小|周转|周轉"
    r"|work (?:something|this|it|that) out|figure (?:something|this|it) out|arrangement|options?\b|afford|manageable"
    r"|budget|smaller|partial|part of|a portion|chunks?|bites?|break (?:it|that|this|the)|what (?:you )?can (?:you )?"
    r"(?:pay|do|manage)|how much (?:can|could) you", re.I)


def offers_a_plan(reply: str, amounts: list[float]) -> bool:
    """Do the reply's words put a plan on the table: a split, a figure, or an offer to work one out?
    A plan it refuses does not count."""
    rest = _without_refusals(reply)
    figures = amounts if rest == reply else find_amounts(rest)  # a refusal cut out may have held figures
    return bool(_SPLITS.search(rest) or _OFFERS_WITHOUT_FIGURES.search(rest) or figures)


REQUIRED_DISCLOSURE = re.compile(r"attempt to collect a debt|communication from a debt collector", re.I)
_ASKS_EN = (r"\b(?:speaking (?:with|to)|talking (?:with|to)|is this|is that|are you"
            r"|(?:may|can|could) i (?:please )?speak (?:with|to)|looking for)")


def asks_for_borrower(scenario: Scenario, reply: str) -> bool:
    """Does the reply ask whether it is the borrower on the line (their name in a question)?"""
    name = scenario.persona.name.strip()
    if not name:
        return False
    if scenario.lang == "en":
        parts = name.split()
        who = "|".join(re.escape(p) for p in [name, parts[0]] + [f"{t} {parts[-1]}" for t in ("mr", "ms", "mrs", "miss")])
        plain = reply.replace(".", "")
        # "Is this Marcus Reed?", or the name alone as the opening question: "Marcus Reed? Dana, Harbor Point."
        return bool(re.search(rf"{_ASKS_EN}\s+(?:{who})\b", plain, re.I)
                    or re.match(rf"\W*(?:(?:hi|hello|hey|good (?:morning|afternoon|evening)),?\s+)?(?:{who})\s*\?", plain, re.I))
    named = f"(?:{re.escape(name)}|{re.escape(name[0])}(?:先生|女士|小姐|生|太))"
    return bool(re.search(rf"(?:是不是|係咪|係唔係|是|係|系|找){named}.{{0,6}}?(?:吗|嗎|呀|啊|[?？])", reply)
                or re.match(rf"\W*(?:喂|您好|你好)?[，,\s]*{named}[吗嗎呀啊]?[?？]", reply)
                or (re.search(named, reply) and "本人" in reply))


_IDENTITY_DETAILS = {
    "en": re.compile(r"\b(?:date of birth|birth ?date|DOB|last (?:four|4)(?: digits)?(?: of (?:your )?(?:social|SSN|ID))?"
                     r"|social security number|zip code|postcode|postal code)\b", re.I),
    "zh": re.compile(r"(?:身份证|身份證|证件|證件|身份证号|身份證號|身份证号码|身份證號碼)[^，。]{0,4}(?:后|後|尾|最后|最後)[^，。]{0,2}"
                     r"(?:四|4|六|6)(?:位|個|个)|出生(?:日期|年月)|(?:您|你)的?生日(?:是|係)"),
}
_ASKS = re.compile(r"[?？]|\b(?:confirm|verify|give me|tell me|provide)\b|请|請|麻烦|麻煩|唔該|核对|核對|核实|核實|确认|確認", re.I)


def asks_for_identity_details(lang: str, reply: str) -> bool:
    """Does the reply ask for a detail that proves who is on the line (date of birth, last digits of
    an ID number)?"""
    return bool(_for_lang(_IDENTITY_DETAILS, lang).search(reply) and _ASKS.search(reply))


_MENTIONS_DEBT = re.compile(r"\d|[零一二两兩三四五六七八九十百千万萬]{2,}|欠|逾期|还款|還款|账|賬|帐|帳|贷|貸|借|款|钱|錢|额|額|数|數"
                            r"|owe|loan|debt|balance|past due|overdue|late|payment|account|amount|bill|card|\$", re.I)


def derive_events(scenario: Scenario, session: SessionState, reply: str, score: ReplyScore) -> TurnEvents:
    moves = set(score.moves)
    violations = set(score.violations)
    dropped: set[str] = set()
    if ("harassment" in violations and promises_fewer_calls(scenario.lang, reply)
            and all(ev.source == "model" for ev in score.evidence if ev.label == "harassment")):
        # The model alone read a promise of fewer calls as harassment (it reads the topic, calls);
        # a rule that finds harassment in the same reply still counts.
        dropped.add("harassment")
    violations -= dropped
    extra: list[Evidence] = []
    events: list[str] = ["turn:any"]
    rules = PROCESS_RULES[scenario.pack]
    whole = (0, len(reply), reply)

    def add_violation(label: str, rule_key: str) -> None:
        rule_id, description = rules[rule_key]
        violations.add(label)
        extra.append(Evidence(label, rule_id, *whole, rule=description))

    if session.turn == 0:
        events.append("turn:first")
    if names_company(scenario, reply):
        moves.add("identify")  # naming the lender is identifying oneself, whatever the scorer saw
    said_amounts = find_amounts(reply)
    asks_for_details = asks_for_identity_details(scenario.lang, reply)
    if asks_for_borrower(scenario, reply) or asks_for_details:
        moves.add("verify")  # "Am I speaking with Marcus Reed?" / "请问是陈磊先生本人吗？" / "date of birth?"
    if asks_for_details and not said_amounts:
        moves.discard("ask_commitment")  # "please confirm your date of birth" confirms who, not a payment
    if "state_debt" in moves and not _MENTIONS_DEBT.search(reply):
        moves.discard("state_debt")  # a reply that names no debt, amount or account does not state the debt
    if not violations and apologises(scenario.lang, reply):
        moves.add("empathize")  # an apology acknowledges how the borrower feels, whatever the scorer saw
    if "ask_commitment" in moves and asks_for_part_payment(scenario, reply, said_amounts):
        moves.add("offer_plan")  # asking for part of what is owed proposes a partial payment: a plan
    if "offer_plan" in moves and demands_whole_amount(scenario, reply, said_amounts):
        moves.discard("offer_plan")  # asking for everything at once is no plan, whatever the scorer saw
    if "offer_plan" in moves and not offers_a_plan(reply, said_amounts):
        moves.discard("offer_plan")  # "the payroll situation doesn't change the due date" offers nothing
    # A required disclosure ("this is an attempt to collect a debt") tells the law, not the debt:
    # it is no consequence, and no pressure.
    money_moves = moves
    if REQUIRED_DISCLOSURE.search(reply):
        moves.discard("explain_consequence")
        money_moves = moves - {"state_debt"}
    if moves & {"state_debt", "ask_commitment"} and not (session.identified or "identify" in moves):
        events.append("unidentified")
    if session.speaker == "third_party":
        if moves & DEBT_TALK or violations & {"privacy", "unfair_demand"}:
            events.append("third_party_disclosure")
            add_violation("privacy", "third_party")
    elif "state_debt" in moves and not session.verified:
        events.append("premature_disclosure")
        if scenario.opening.others_may_listen:
            add_violation("privacy", "verify_first")
    requests = set(session.requests)
    presses = money_moves & ASKS_FOR_MONEY and "close" not in moves
    if ("late_night" in requests and presses) or ("asked_to_stop" in requests and presses and not moves & LISTENS):
        # Late at night any talk of money presses on; after "stop" a reply that listens is not ignoring it.
        events.append("request_ignored")
        add_violation("harassment", "stop")
    elif requests and "harassment" in violations:
        events.append("request_ignored")  # e.g. insists on calling the workplace after being asked not to
    elif "disputes_amount" in requests and moves & ASKS_FOR_MONEY and not moves & LISTENS:
        events.append("request_ignored")  # demands the disputed amount without answering the dispute
    demands = money_moves & (ASKS_FOR_MONEY - {"state_debt"}) or ("state_debt" in money_moves and session.debt_stated)
    if demands and not moves & LISTENS and not (session.plan_discussed or session.listened):
        # Pressure: asking for a date or warning of consequences before listening, or saying the
        # amount again. Saying it once (or a required disclosure) is information, not pressure;
        # after listening, stating the amount or asking for a date is not pressure either.
        events.append("pressure")
    if is_repeat(reply, session.replies):
        events.append("repeat")
    if not violations and sets_contact_terms(scenario.lang, reply):
        events.append("contact_terms")
    if not moves and not violations and "contact_terms" not in events:
        events.append("idle")

    amounts: list[float] = []
    if "offer_plan" in moves:
        amounts = said_amounts
        cap = scenario.persona.capacity
        if not amounts:
            events.append("plan_vague")
        elif min(amounts) <= max(cap.monthly, cap.first_payment):
            events.append("plan_affordable")
        else:
            events.append("plan_too_high")

    ordered = [v for v in VIOLATIONS if v in violations]
    events += [f"violation:{v}" for v in ordered]
    if ordered:
        events.append("violation:any")
    if violations & SERIOUS_VIOLATIONS:
        events.append("violation:serious")
    events.append(f"tone:{score.tone}")
    events += [f"move:{m}" for m in MOVES if m in moves]
    return TurnEvents(events=events, violations=ordered, extra_evidence=extra, offered_amounts=amounts,
                      dropped_violations=dropped)
