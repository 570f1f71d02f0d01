"""UI strings in Chinese and English. `t(key, lang, **values)`."""

from __future__ import annotations

from scoring.labels import DISPLAY_NAMES

STRINGS: dict[str, dict[str, str]] = {
    "app_title": {"zh": "催收合规练习", "en": "Collection practice"},
    "language": {"zh": "界面语言", "en": "Language"},
    "practice": {"zh": "练习", "en": "Practice"},
    "choose_scenario": {"zh": "选择场景", "en": "Choose a scenario"},
    "difficulty": {"zh": "难度", "en": "Difficulty"},
    "persona": {"zh": "借款人信息", "en": "Borrower"},
    "age": {"zh": "年龄", "en": "Age"},
    "occupation": {"zh": "职业", "en": "Occupation"},
    "product": {"zh": "产品", "en": "Product"},
    "lender": {"zh": "机构", "en": "Lender"},
    "principal": {"zh": "本金", "en": "Principal"},
    "amount_due": {"zh": "应还金额", "en": "Amount due"},
    "overdue_days": {"zh": "逾期天数", "en": "Days overdue"},
    "briefing": {"zh": "任务说明", "en": "Briefing"},
    "start": {"zh": "开始通话", "en": "Start the call"},
    "restart": {"zh": "换个场景 / 重新开始", "en": "New call"},
    "your_reply": {"zh": "输入你的回复…", "en": "Type your reply…"},
    "borrower": {"zh": "借款人", "en": "Borrower"},
    "you": {"zh": "你", "en": "You"},
    "feedback": {"zh": "本轮评估", "en": "Feedback on this reply"},
    "violations": {"zh": "违规", "en": "Violations"},
    "no_violation": {"zh": "未发现违规", "en": "No violation found"},
    "tone": {"zh": "语气", "en": "Tone"},
    "moves": {"zh": "沟通动作", "en": "Moves"},
    "better_reply": {"zh": "更好的说法", "en": "A better reply"},
    "why": {"zh": "原因", "en": "Why"},
    "outcome": {"zh": "结果", "en": "Outcome"},
    "score": {"zh": "得分", "en": "Score"},
    "passed": {"zh": "通过", "en": "Passed"},
    "not_passed": {"zh": "未通过", "en": "Not passed"},
    "improve": {"zh": "改进建议", "en": "What to do better"},
    "call_ended": {"zh": "通话已结束", "en": "The call has ended"},
    "scenario_errors": {"zh": "部分场景文件有错误，已跳过：", "en": "Some scenario files have errors and were skipped:"},
    "no_scenarios": {"zh": "没有可用的场景。", "en": "No scenarios are available."},
    "kept_reply": {"zh": "你的回复没有丢失，可以复制后重试：", "en": "Your reply was kept; copy it and try again:"},
    "saved_session": {"zh": "会话编号", "en": "Session"},
    "mode": {"zh": "模式", "en": "Mode"},
    "exam": {"zh": "考试", "en": "Exam"},
}
# Label names come from scoring.labels (one table); outcomes are the UI's own words.
LABELS = {
    "zh": {**DISPLAY_NAMES["zh"], "agreement": "达成还款约定", "partial_agreement": "部分承诺", "refusal": "拒绝还款",
           "hang_up": "挂断电话", "complaint": "投诉", "turn_limit": "超出轮数", "unfinished": "未结束"},
    "en": {**DISPLAY_NAMES["en"], "agreement": "agreement", "partial_agreement": "partial agreement",
           "refusal": "refusal", "hang_up": "hung up", "complaint": "complaint", "turn_limit": "turn limit",
           "unfinished": "unfinished"},
}

from ui.i18n_authoring import AUTHORING_STRINGS  # noqa: E402  the authoring page's strings (issue 5)

STRINGS.update(AUTHORING_STRINGS)

from ui.i18n_progress import PROGRESS_STRINGS  # noqa: E402  sign-in, boards, certification (issue 6)

STRINGS.update(PROGRESS_STRINGS)

from ui.i18n_production import PRODUCTION_STRINGS  # noqa: E402  the database being down (issue 7)

STRINGS.update(PRODUCTION_STRINGS)


def t(key: str, lang: str, **values) -> str:
    text = STRINGS[key]["zh" if lang == "zh" else "en"]
    return text.format(**values) if values else text


def label(name: str, lang: str) -> str:
    return LABELS["zh" if lang == "zh" else "en"].get(name, name)
