"""Pack `cn` (Mainland China): rule ids, descriptions and parameters.

Ids and wording follow ../../../shared/compliance-rules.md §2.1. Which behaviours (engine.LEXICON)
each rule reports is the whole of this module: the patterns are shared with every pack, because a
Chinese or English reply can be scored under any pack.

Parameters: hours use the labeling guide's threshold (contact before 08:00 or after 21:00 is
`harassment`), not the 22:00 of the NIFA/CBA texts, because the guide governs labels (§5).
Calls per day: NIFA allows 3 connected calls a day, so a stated plan of more is harassment.
"""

from scoring.rules.engine import Pack, Rule

PARAMS = {
    "hours": (8, 21),  # labeling guide threshold; the pack's own window is 08:00-22:00
    "pack_hours": (8, 22),
    "max_calls_per_day": 3,
}

RULES: tuple[Rule, ...] = (
    Rule("CN-THREAT", "不得以暴力、恐吓或暗示伤害借款人及其家人、财产，不得扬言上门闹事。",
         "No violence, intimidation or hints of harm to the borrower, family or property; no threats to turn up and make a scene.",
         ("threat_harm", "threat_veiled")),
    Rule("CN-INSULT", "不得使用辱骂、侮辱、贬损或歧视性语言。",
         "No abusive, humiliating, obscene or discriminatory words.",
         ("insult",)),
    Rule("CN-THIRD-PARTY", "不得向第三方（家人、单位、同事、联系人）透露债务或让其施压；联系第三方只能请其转告。",
         "No disclosing the debt to third parties (family, employer, colleagues, contacts) or asking them to press the borrower; they may only be asked to pass on a message.",
         ("disclose_employer", "disclose_family", "third_party_disclose", "third_party_press", "relative_debt")),
    Rule("CN-PUBLIC", "不得在朋友圈、群聊、网络或公共场所公开债务或个人信息。",
         "No publishing the debt or personal data on social media, group chats, online or in public places.",
         ("disclose_public", "public_list")),
    Rule("CN-PIPL", "不得滥用通讯录等个人信息，不得“爆通讯录”。",
         "No misuse of contact data; no blasting the address book.",
         ("contacts_blast",)),
    Rule("CN-CC68-PARTIES", "只能向债务人和保证人催收，不得要求无关第三方代为还款。",
         "Collect only from the debtor and the guarantor; never demand payment from unrelated third parties.",
         ("nonliable_demand", "third_party_pay")),
    Rule("CN-IMPERSONATE", "不得冒充公安、法院、检察院、政府或律师。",
         "No posing as police, court, procuratorate, government or lawyer.",
         ("impersonate_official", "impersonate_lawyer")),
    Rule("CN-CRIME-CLAIM", "普通逾期是民事纠纷，不得称其为犯罪或以抓人、坐牢相威胁。",
         "An ordinary overdue loan is a civil matter: no calling it a crime or promising arrest or jail.",
         ("crime_claim", "arrest_jail")),
    Rule("CN-MISLEAD", "不得虚构黑名单、法律文书、期限或费用，不得夸大欠款或法律后果。",
         "No invented blacklists, legal papers, deadlines or charges; no overstating the amount or legal consequences.",
         ("fake_legal_action", "exaggerate", "amount_override", "fee_false")),
    Rule("CN-NEW-BORROW", "不得诱导或逼迫借款人以新借款、信用卡套现或向他人借钱来还款。",
         "No pushing the borrower to repay with new loans, other platforms, credit cards or borrowing from others.",
         ("new_borrow",)),
    Rule("CN-FEES", "不得收取合同约定以外的催收费、上门费等费用。",
         "No charges beyond the contract in the name of collection (visit fee, handling fee).",
         ("fee", "amount_override_demand")),
    Rule("CN-PERSONAL-ACCT", "只能通过官方渠道还款，不得要求转入个人账户。",
         "Payments only through the lender's official channels, never into a personal account.",
         ("personal_account",)),
    Rule("CN-NIFA-HOURS", "不得在 21:00（标注标准）至次日 08:00 之间联系或扬言联系。",
         "No contact, or stated plan of contact, before 08:00 or after 21:00 (labeling threshold).",
         ("hours_zh", "hours_en", "hours_night")),
    Rule("CN-NIFA-FREQ", "不得频繁致电或扬言轰炸（每日接通不超过 3 次）。",
         "No frequent calls or threats of call bombing (at most 3 connected calls a day).",
         ("frequency",)),
    Rule("CN-END-CONTACT", "应允许借款人结束通话，尊重其要求的联系方式和时间，不得以联系骚扰其生活。",
         "Let the borrower end the call and keep to the channel and times they asked for; no contact that disturbs private life.",
         ("end_call", "end_call_ctx", "cease_ctx", "work_ctx", "work_insist", "late_ctx", "night_ctx", "lawyer_ctx")),
)

PACK = Pack("cn", RULES, PARAMS)
