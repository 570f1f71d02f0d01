"""Find money amounts and payment dates in a reply, in Chinese or English.

Only what the simulator needs to judge a plan: the amounts a collector proposes ("每月1000",
"两千五", "$250 a month", "3k") and a date phrase ("15号", "下周五", "by Friday", "on the 15th").
Small counts (分6期, 3 months) are not money: amounts under MIN_MONEY are ignored.
"""

from __future__ import annotations

import re

MIN_MONEY = 50

_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "兩": 2, "贰": 2, "三": 3, "叁": 3, "四": 4,
           "五": 5, "伍": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10000, "萬": 10000}

_ARABIC = re.compile(r"(?<![\d.,])[$¥￥£]?\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s?([kK千wW万萬])?(?![\d])")
_CHINESE = re.compile(r"[零〇一壹二两兩贰三叁四五伍六七八九十拾百佰千仟万萬]{2,}")
# A number followed by one of these is a count or a time, not money.
_NOT_MONEY_AFTER = re.compile(r"^\s?(?:期|个月|個月|月|天|日|号|號|点|點|年|周|週|次|%)|^\s?(?:months?|days?|weeks?|years?|pm|am)\b"
                              r"|^(?:th|st|nd|rd)\b", re.I)  # ordinals only when attached: "$1,140 this week" is money

_DATE = re.compile(
    r"(\d{1,2}\s?[号號日]|[下这這本]?[个個]?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]|明天|后天|後天|月底|月初|发工资|發工資|"
    r"出粮|出糧|(?:on|by|this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:on|by)\s+the\s+\d{1,2}(?:st|nd|rd|th)|tomorrow|payday|end of (?:the )?month|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)",
    re.I,
)


def _chinese_number(text: str) -> int | None:
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit == 10000:
                total += (section + (digit or 0)) * unit
                section, digit = 0, None
            else:
                section += (1 if digit is None else digit) * unit
                digit = None
    tail = digit or 0
    # "两千五" means 2,500: a trailing digit after a unit counts one order of magnitude lower.
    if tail and section and len(text) >= 2 and text[-2] in _UNITS:
        tail *= _UNITS[text[-2]] // 10
    value = total + section + tail
    return value or None


def find_amounts(text: str) -> list[float]:
    """Money amounts in the order the reply says them."""
    found: list[tuple[int, float]] = []
    for m in _ARABIC.finditer(text):
        if _NOT_MONEY_AFTER.match(text[m.end():]):
            continue
        value = float(m.group(1).replace(",", "") + (f".{m.group(2)}" if m.group(2) else ""))
        scale = (m.group(3) or "").lower()
        value *= {"k": 1000, "千": 1000, "w": 10000, "万": 10000, "萬": 10000}.get(scale, 1)
        if value >= MIN_MONEY:
            found.append((m.start(), value))
    for m in _CHINESE.finditer(text):
        if _NOT_MONEY_AFTER.match(text[m.end():]):
            continue
        value = _chinese_number(m.group(0))
        if value and value >= MIN_MONEY:
            found.append((m.start(), float(value)))
    return [value for _, value in sorted(found)]


def first_instalment(amounts: list[float], amount_due: float) -> float:
    """The payment a plan asks for first: the first amount said that is less than the whole debt
    ("$150 next Friday, then $200 a month, $30 last" → 150; "月底先还500，每月600，最后一期180" → 500)."""
    parts = [a for a in amounts if a < amount_due]
    return parts[0] if parts else min(amounts)


def find_date(text: str) -> str | None:
    m = _DATE.search(text)
    return m.group(0).strip() if m else None
