"""Pack `us` (United States, FDCPA / Reg F): rule ids, descriptions and parameters.

Ids and wording follow ../../../shared/compliance-rules.md §2.2. The behaviours are the same as in
every pack (engine.LEXICON); this module decides which FDCPA-style rule reports each one. Where
the US rules split what `cn` keeps together (contact after a stop request, at work, refusing to
let the consumer hang up, pressing a consumer who has a lawyer), the US ids are used: US-CEASE,
US-WORK, US-FREQ, US-ATTORNEY.

Parameters: hours 08:00-21:00 (§805(a)(1), the same as the labeling guide). Calls: Reg F presumes
a breach above 7 calls in 7 days, so a stated plan of more than one call a day is harassment.
"""

from scoring.rules.engine import Pack, Rule

PARAMS = {
    "hours": (8, 21),
    "pack_hours": (8, 21),
    "max_calls_per_day": 1,  # 7 calls in 7 days (12 CFR 1006.14(b)(2))
}

RULES: tuple[Rule, ...] = (
    Rule("US-VIOLENCE", "不得以暴力或其他犯罪手段伤害人身、名誉或财产相威胁。",
         "No violence or threat of violence or other criminal harm to person, reputation or property.",
         ("threat_harm", "threat_veiled")),
    Rule("US-ABUSE", "不得使用淫秽、亵渎或辱骂性语言。",
         "No obscene, profane or abusive language.",
         ("insult",)),
    Rule("US-3RD-PARTY", "只能与消费者本人（及其律师等）讨论债务，不得透露给家人、雇主或其他第三方。",
         "Discuss the debt only with the consumer (or their lawyer); never with family, employer or other third parties.",
         ("disclose_employer", "disclose_family", "disclose_public", "contacts_blast",
          "third_party_disclose", "third_party_press", "relative_debt")),
    Rule("US-LIST", "不得公布“拒不还款者”名单。",
         "No publishing lists of people who refuse to pay.",
         ("public_list",)),
    Rule("US-NONLIABLE", "不得要求无还款义务的人代为还款。",
         "No demanding payment from people who are not liable for the debt.",
         ("nonliable_demand", "third_party_pay")),
    Rule("US-GOV", "不得冒充或暗示政府、警方、法院身份。",
         "No false claim or hint of government, police or court affiliation.",
         ("impersonate_official",)),
    Rule("US-LAWYER", "不得虚称自己是律师或消息来自律师。",
         "No false claim that someone is an attorney or that a message comes from one.",
         ("impersonate_lawyer",)),
    Rule("US-CRIME", "不得虚称消费者犯罪或有不名誉行为。",
         "No false claim that the consumer committed a crime or disgraceful conduct.",
         ("crime_claim",)),
    Rule("US-ARREST", "不得声称或暗示不还款会导致逮捕、坐牢。",
         "No saying or implying that non-payment leads to arrest or jail.",
         ("arrest_jail",)),
    Rule("US-FAKE-ACTION", "不得以法律上不能采取或并不打算采取的行动相威胁（虚构诉讼、扣薪、传票）。",
         "No threat of action that cannot legally be taken or is not intended (invented suits, garnishment, summons).",
         ("fake_legal_action",)),
    Rule("US-GENERAL", "不得作虚假陈述或使用欺骗手段（如虚构黑名单、夸大后果）。",
         "No false representation or deceptive means (invented blacklists, exaggerated consequences).",
         ("exaggerate",)),
    Rule("US-AMOUNT", "不得虚报债务金额、性质或可收取的费用。",
         "No false statement of the amount or character of the debt, or of what may be charged.",
         ("amount_override", "fee_false")),
    Rule("US-FEES", "不得收取协议或法律未授权的任何费用。",
         "No collecting any fee or charge not authorised by the agreement or by law.",
         ("fee", "amount_override_demand")),
    Rule("US-NEW-LOAN", "不得逼迫借款人以新借款还债。",
         "No pushing new borrowing to repay.",
         ("new_borrow",)),
    Rule("US-PERSONAL-ACCT", "不得要求把款项转入催收员个人账户。",
         "No payment into a collector's personal account.",
         ("personal_account",)),
    Rule("US-HOURS", "不得在早上 8 点前或晚上 9 点后、或已知不便的时间联系。",
         "No contact before 8 a.m., after 9 p.m., or at a time known to be inconvenient.",
         ("hours_zh", "hours_en", "hours_night", "late_ctx", "night_ctx")),
    Rule("US-FREQ", "不得以骚扰为目的反复或持续来电，不得强行拖住通话。",
         "No repeated or continuous calls, or keeping the consumer on the line, meant to annoy.",
         ("frequency", "end_call", "end_call_ctx")),
    Rule("US-CEASE", "消费者要求停止或改用其他方式后，不得继续来电。",
         "After a stop request or a request to use another channel, stop calling.",
         ("cease_ctx",)),
    Rule("US-ATTORNEY", "消费者已委托律师处理该债务后，应与律师沟通，不得继续向本人催收。",
         "Once the consumer has a lawyer for the debt, deal with the lawyer, not the consumer.",
         ("lawyer_ctx",)),
    Rule("US-WORK", "已知雇主禁止时，不得往工作单位联系。",
         "No contact at work when the consumer's employer forbids it.",
         ("work_ctx", "work_insist")),
)

PACK = Pack("us", RULES, PARAMS)
