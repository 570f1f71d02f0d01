"""Matching machinery of the rule layer, and the bilingual lexicon of behaviours it matches.

A *behaviour* is one kind of thing a collector can say that the labeling guide labels (telling the
employer, posing as police, planning a 23:00 call, ...), with the regex patterns that recognise
it in Chinese (simplified, traditional, common Cantonese) and English. A behaviour has exactly one
label. A jurisdiction pack (cn.py, us.py) only decides which of its rule ids a behaviour is
reported under, the rule descriptions, and the numeric parameters (contact hours, calls per day).

How a reply is matched:
  1. The reply is normalised character for character (traditional and Cantonese forms to
     simplified, full-width ASCII to ASCII), so an offset in the normalised text is the same
     offset in the original and spans need no mapping back.
  2. Each behaviour's patterns run on it. A pattern may mark the offending words with a named
     group `hit`; otherwise the whole match is the span.
  3. A hit is dropped when the clause before it is negated ("我们不会通知您单位", "we won't
     contact your employer", "我不是说你是骗子") or the words right after deny it ("坐牢是不可能
     的"), when the behaviour's veto matches the sentence (a fee that the contract allows, an
     anti-fraud warning), when its `require` does not, when a context-bound behaviour's context
     flag is absent or an `unless` flag is present, or when its check function says no (hours
     within the allowed window, calls per day within the pack's limit).

Context flags come from the borrower's previous line (a third party answered, asked for no calls
at work / at night / at all, says it is late, wants to hang up, has a lawyer, cites the contract
amount; a guarantor, co-borrower or volunteer gives `consent` and cancels `third_party`). A reply
that itself asks "请问您是陈先生的邻居吗？" also sets `third_party`.

What it does not do: it does not understand paraphrase or irony; the trained model covers those.
Patterns are written for precision: a pattern that also fires on a lawful reply is left out.
Nothing here reads files; patterns compile on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Callable

from scoring.evidence import Evidence


class _Lazy:
    """A regex compiled on first use, so that importing the rules stays cheap."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags

    @cached_property
    def rx(self) -> re.Pattern:
        return re.compile(self.pattern, self.flags)

    def search(self, *args):
        return self.rx.search(*args)

    def match(self, *args):
        return self.rx.match(*args)

    def split(self, *args):
        return self.rx.split(*args)

    def finditer(self, *args):
        return self.rx.finditer(*args)

    def sub(self, *args):
        return self.rx.sub(*args)

# --------------------------------------------------------------------------------------------
# 1. Normalisation (length-preserving)
# --------------------------------------------------------------------------------------------

# Traditional -> simplified for the characters the patterns use (generated with OpenCC s2t/s2tw/
# s2hk over the lexicon, then checked by hand), plus Cantonese function words mapped to their
# Mandarin equivalents. Every mapping is one character to one character.
_T2S_PAIRS = (
    "丟丢並并乜么佈布佢他來来係是俾给個个們们偵侦傳传債债僕仆償偿兒儿內内兩两冇没凍冻別别則则劃划務务勸劝匯汇區区協协厲厉參参咁这咗了哋们員员唄呗唔不問问啲点喫吃單单"
    "喺在嗎吗嘅的噉这噴喷嚇吓嚟来嚴严囉啰國国圍围園园團团執执報报塊块墊垫壇坛壓压夠够夥伙奪夺婦妇媽妈學学實实審审寫写寶宝將将專专對对導导層层屬属嶽岳師师帳帐幫帮幹干"
    "幾几庫库廠厂廢废張张強强後后從从徵征恥耻惡恶愛爱慫怂憑凭懲惩戇戆戲戏戶户掛挂換换揾找搵找撥拨撲扑擔担據据擼撸擾扰敗败數数斷断於于時时曬晒書书會会東东條条棟栋業业"
    "構构樓楼樣样機机檢检權权歲岁殘残殺杀氣气決决沒没淩凌減减湊凑準准溝沟滾滚潑泼潰溃濟济災灾為为烏乌無无熱热燈灯燒烧爲为爺爷牆墙獄狱現现環环產产畀给當当癡痴發发盜盗"
    "監监睇看確确碼码禍祸稅税種种窩窝窮穷竊窃筆笔節节簡简籤签紀纪約约紅红納纳紙纸級级終终組组結结絕绝絡络給给統统綁绑經经綠绿維维網网緊紧緒绪線线緝缉縮缩總总繳缴繼继"
    "續续纏缠罰罚羣群義义聯联職职腎肾腦脑臉脸臺台萬万著着藍蓝處处號号裏里補补裝装裡里見见規规視视親亲覺觉計计訊讯討讨託托記记訪访許许訴诉詐诈評评試试話话該该認认說说"
    "説说誰谁調调談谈請请論论講讲證证識识議议讀读讓让豬猪負负財财貨货責责買买貸贷費费貼贴資资賠赔賣卖賤贱質质賬账賴赖購购蹤踪車车軍军軟软輪轮轉转轟轰辦办辭辞農农這这"
    "連连進进過过達达違违遲迟還还邊边郵邮鄉乡鄰邻醜丑銀银銬铐銷销鋪铺錄录錢钱鍾钟鏈链鏟铲鐘钟鐵铁長长門门開开間间閨闺闆板關关陣阵陰阴陸陆隊队隨随險险電电響响項项須须"
    "預预頓顿領领頭头頻频題题額额顏颜類类飛飞飯饭養养馬马騙骗騰腾騷骚驗验體体鬧闹麵面麼么點点黴霉齊齐龜龟"
)
_FULLWIDTH = {0xFF01 + i: 0x21 + i for i in range(94)}
_FULLWIDTH[0x3000] = 0x20


@lru_cache(maxsize=1)
def _table() -> dict[int, int]:
    pairs = _T2S_PAIRS
    table = {ord(pairs[i]): ord(pairs[i + 1]) for i in range(0, len(pairs) - 1, 2) if pairs[i] != pairs[i + 1]}
    table.update(_FULLWIDTH)
    # curly quotes and apostrophes to ASCII so "don’t" matches "don't"
    table.update({0x2019: 0x27, 0x2018: 0x27, 0x201C: 0x22, 0x201D: 0x22})
    return table


def normalise(text: str) -> str:
    """Same-length text with traditional/Cantonese forms simplified and full-width ASCII folded."""
    out = text.translate(_table())
    assert len(out) == len(text)
    return out


_CJK = _Lazy(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def detect_lang(text: str) -> str:
    return "zh" if _CJK.search(text or "") else "en"


# --------------------------------------------------------------------------------------------
# 2. Context flags (what the borrower's previous line shows)
# --------------------------------------------------------------------------------------------

_REL_ZH = (
    r"(?:老婆|老公|媳妇|太太|妻子|丈夫|爱人|妈|妈妈|阿妈|老妈|老母|爸|爸爸|阿爸|老爸|老豆|父亲|母亲|"
    r"儿子|女儿|仔|女|哥|哥哥|弟|弟弟|姐|姐姐|妹|妹妹|家人|家属|亲戚|舅|舅舅|叔|叔叔|姨|阿姨|"
    r"奶奶|爷爷|外婆|外公|同事|朋友|室友|舍友|邻居|房东|领导|老板|主管|同学|男朋友|女朋友|表弟|表哥|表姐|表妹|"
    r"堂哥|堂弟|堂姐|堂妹|姐夫|嫂子|弟媳|妹夫|前妻|前夫|保姆|前台|秘书|助理|师傅|徒弟|舅妈|姑姑|婶婶|伯母|伯伯|外甥|"
    r"侄子|媳妇儿|细佬|家姐|老细|阿嫂|女婿|儿媳|亲家|干妈|网友|工友|房客|租客)"
)
_REL_EN = (
    r"(?:wife|husband|mom|mum|mother|dad|father|son|daughter|sister|brother|roommate|room-mate|"
    r"flatmate|housemate|coworker|co-worker|colleague|boss|manager|friend|girlfriend|boyfriend|"
    r"neighbou?r|landlord|aunt|uncle|cousin|grandma|grandpa|grandmother|grandfather|partner|fianc[ée]e?|"
    r"in-law|mother-in-law|father-in-law|stepmom|stepdad|nephew|niece|assistant|secretary|receptionist|nanny|babysitter|"
    r"office manager|ex-wife|ex-husband|ex|mate|pal|buddy|bf|gf|sister-in-law|brother-in-law|grandson|granddaughter|"
    r"stepson|stepdaughter|caregiver|carer|tenant|housekeeper|flatmate|coach|pastor|employer)"
)

_CONTEXT_FLAGS: dict[str, tuple[str, ...]] = {
    # someone other than the borrower answered
    "third_party": (
        r"我是(?:他|她|你找的人)?的?" + _REL_ZH,
        r"我(?:只|就)?是(?:他|她)[^，。,！!？?被]{0,5}?(?:的)?(?:" + _REL_ZH + r"|合伙人|老板娘|店员)|我(?:只|就)?是[^，。,！!？?被]{0,4}的(?:" + _REL_ZH + r"|合伙人|老板娘|店员)|(?:他|她)是我(?:的|个)?" + _REL_ZH,
        r"\bthis is [a-z]+'s\s+" + _REL_EN + r"|\bshared (?:family )?phone\b",
        r"(?:他|她)(?:的)?" + _REL_ZH + r"(?:吗|啊)?[，,]?我是",
        r"(?:他|她)(?:不在|没在|出去|上班去|出门|不方便接|在洗澡|在睡觉|手机(?:在我|忘|落))",
        r"(?:找|打给)(?:我)?(?:儿子|女儿|老公|老婆|爸|妈|哥|弟|姐|妹)(?:干嘛|干什么|啥事|什么事|有什么事)",
        r"(?:找|打给)(?:他|她)(?:干嘛|干什么|啥事|什么事|有什么事)",
        r"\b(?:this is|i'm|i am|it's)\s+(?:his|her|their)\s+" + _REL_EN,
        r"\b(?:he|she)(?:'s| is)\s+(?:not|n't)\s*(?:here|home|in|around|available)",
        r"\b(?:he|she)\s+(?:isn't|is not|ain't)\s+(?:here|home|in|around|available)",
        r"\b(?:he|she)(?:'s| is)\s+(?:at work|out|away|asleep|in the shower|busy)",
        r"\bmy\s+" + _REL_EN + r"(?:'s| is)\s+(?:at work|out|not|away|asleep|busy|in the)",
        r"\b(?:this is|i'm|i am)\s+(?:his|her)\s",
        r"\bwrong number\b|\btaking a message\b|\bcan i take a message\b",
        r"我(?:只|只不过|就)?是(?:他|她)(?:的)?" + _REL_ZH + r"|这(?:里|边)?是(?:公司|单位)?(?:的)?(?:前台|秘书|助理|保姆)",
        r"\b(?:i'm|i am|this is)\s+(?:just\s+)?(?:the|a)\s+(?:\w+\s+)?(?:nanny|babysitter|receptionist|office manager|manager|housekeeper|neighbou?r|roommate|tenant|landlord|caregiver|assistant|secretary)\b",
        r"\bthe family's not home\b|\b(?:he|she)(?:'s| is) (?:out|not in)\b",
    ),
    # the borrower asked not to be called, or to be contacted another way
    "no_call": (
        r"别(?:再)?(?:给我)?打(?:电话|了|来)|不要(?:再)?(?:给我)?打(?:电话|了|来)|别打我电话|不要打我电话",
        r"(?:有事|有什么事)?(?:发|用)(?:短信|信息|微信|邮件)(?:说|联系|就行|吧)?|只(?:接受|用|要)?(?:短信|微信|邮件|书面)",
        r"(?:不要|别)(?:再)?打(?=[。，,！!？?]|$)|别(?:再)?(?:联系|骚扰)我|不要(?:再)?(?:联系|骚扰)我|别(?:再)?打给我|不要(?:再)?打给我|电话我不接|(?:发|用)(?:微信|短信|邮件)给我|(?:联系|找)我的律师|律师会联系",
        r"\b(?:not|no)\s+calls\b|\buse\s+(?:whatsapp|email|e-mail|text|texts|the (?:online )?portal|the app|mail)\b|\bonly contact me (?:through|by|via)\b|\bthrough the (?:online )?portal\b|\b(?:hired|have|got)\s+(?:a|an)\s+(?:debt\s+)?(?:attorney|lawyer)\b|\bmy (?:attorney|lawyer)\b",
        r"\b(?:don't|do not|stop|quit)\s+(?:calling|call|phoning|ringing|contacting)\b(?!\s+(?:me\s+)?(?:at|to|on)\s+(?:my\s+)?(?:work|office|job|workplace|desk))",
        r"\b(?:email|e-mail|text|texts|mail|letters?|writing)\s+only\b|\bonly\s+(?:by\s+)?(?:email|e-mail|text|mail|writing)\b",
        r"\bin writing\b|\bcease\b|\bleave me alone\b|\bno more calls\b",
    ),
    # the borrower asked for no calls at work
    "work": (
        r"(?:别|不要|不能|不好)(?:再)?(?:往|打到|打去|打)?(?:我)?(?:公司|单位|办公室|工地)|不让接|上班(?:时间)?(?:不方便|别打|不能接)|(?:在|正在)上班",
        r"再打(?:到|去)?我(?:的)?(?:公司|单位|工地|办公室)|(?:别|不要)往(?:我)?(?:公司|单位|工地)打|老板不让接电话|打我单位电话|工作(?:就)?(?:没了|丢了)|被开除",
        r"\b(?:at|to)\s+(?:my\s+)?(?:work|office|job|workplace)\b",
        r"\b(?:my\s+)?(?:boss|employer|work)\s+(?:doesn't|does not|won't)\s+(?:allow|let)",
    ),
    # the borrower says it is late / night
    "late": (
        r"太晚了|这么晚|都几点了|几点了都|要睡(?:觉)?了|在睡觉|睡了|半夜|大晚上|深夜|别晚上打|晚上别打|不要晚上打|晚上不方便",
        r"(?:都|已经|这都|现在都)(?:快)?(?:晚上)?(?:十一|十二|十|九|11|12|10|9)点(?:半|多)?了|(?:快|都)(?:十二|12)点了",
        r"\b(?:it's|its|it is)\s+(?:almost\s+|nearly\s+|past\s+)?(?:1[0-2]|9)(?::\d\d)?\s*(?:pm|p\.m\.|at night)|\bat night\b|\bdon't call (?:me )?(?:at night|after \d|in the evening|so late)",
        r"\b(?:it's|it is|so|too)\s+late\b|\bmiddle of the night\b|\bmidnight\b|\btrying to sleep\b|\bwas asleep\b|\bwoke me\b",
    ),
    # the borrower asked for no calls in the evening
    "no_night": (
        r"别晚上打|晚上别打|不要晚上打|晚上(?:不方便|别打|不要打)|晚上(?:孩子)?要睡",
        r"\bdon't call (?:me )?(?:at night|after \d|in the evening|so late|late)|\bnot (?:at night|in the evening|after \d)",
    ),
    # the borrower has a lawyer for the debt
    "lawyer": (
        r"(?:我的)?律师会(?:联系|跟|和)|(?:联系|找)我的律师|请(?:跟|和)我的律师|我(?:请|找)了律师",
        r"\blegal aid\b|\bmy (?:lawyer|attorney) told me\b|\bhandling my case\b|\b(?:hired|retained|got|have)\s+(?:a|an)\s+(?:debt\s+)?(?:attorney|lawyer)|\bmy (?:attorney|lawyer)(?:'s| is| will)|\btalk to my (?:lawyer|attorney)|\brepresented by\b",
    ),
    # the borrower wants to end the call
    "end_call": (
        r"(?:先|我要|我得|要|我)挂了|挂了啊|不说了|不聊了|在忙|在开会|要走了|得走了|没空|回头再说|孩子(?:在)?哭|要上班了",
        r"\b(?:i\s+)?(?:have|got|gotta|need)\s+(?:to\s+)?go\b|\bi'm hanging up\b|\bcan't talk\b|\bcall (?:me|you) (?:back )?later\b|\bcrying\b|\bi'm (?:busy|driving|at work|in a meeting)\b|\bbye\b",
    ),
    # the borrower cites the contract amount
    "amount": (
        r"合同(?:上)?(?:写|签|约定)|合同里|契约|本金(?:就|只有)|就\d+",
        r"\b(?:contract|agreement)\s+(?:says|said|shows)|\bi only owe|\bi owe only|\bit was only\b",
    ),
}


@lru_cache(maxsize=1)
def _context_res() -> dict[str, re.Pattern]:
    return {k: re.compile("|".join(f"(?:{p})" for p in v), re.I) for k, v in _CONTEXT_FLAGS.items()}


# a third party who is liable (guarantor, co-borrower), the borrower's lawyer, or who volunteers
# to pay or was handed the phone by the borrower may be told the debt
_LIABLE_CONTEXT = _Lazy(
    r"保证人|担保人|担保|共同借款人|共同还款|律师|自愿|我(?:来)?(?:替|帮)(?:他|她)还|电话给(?:她|他)|(?:你|您)跟(?:她|他)说|寄到我(?:公司|单位)|打我单位|同意|去世|过世|遗产|"
    r"guarantor|co-?signer|co-?borrower|co-?applicant|joint (?:account|borrower)|attorney|lawyer|on the loan|"
    r"i(?:'ll| will| want to| can) (?:pay|cover) (?:it|this|for)|power of attorney|handed me the phone|passed away|deceased|\bestate\b|executor",
    re.I,
)


_WORK_OK = _Lazy(r"同意|可以打|没关系|直线|\byou can call\b|\b(?:it's )?(?:fine|ok|okay) to call\b", re.I)


def context_flags(context: str | None) -> frozenset[str]:
    if not context:
        return frozenset()
    norm = normalise(context)[:2000]
    flags = {k for k, rx in _context_res().items() if rx.search(norm)}
    if _LIABLE_CONTEXT.search(norm):
        flags.discard("third_party")
        flags.add("consent")
    if "work" in flags and _WORK_OK.search(norm):
        flags.discard("work")
    return frozenset(flags)


# --------------------------------------------------------------------------------------------
# 3. Negation
# --------------------------------------------------------------------------------------------

_BREAK = _Lazy(r"[，,。.!！?？;；:：\n、…—]|\bbut\b|\bthough\b|但是?|不过|可是|然而")
_NEG_ZH = _Lazy(
    r"(?<!是)不是(?!的话)|(?<!会)不会|(?<!能)不能|不可能|(?<!可)不可以|不得|(?<!用)不用|不必|无需|无须|毋须|绝不|决不|绝对不|从不|"
    r"从来不|并不|并非|没有(?!还|按时|准时|接|回|钱|能力|办法|工作)|没(?=通知|联系|打给|告诉|找过|说过|要求|叫|让|打算)|"
    r"(?:千万|千祈)?(?:别|不好)(?=转|打款|打钱|汇款?|付|存|畀|俾|过数|入数)|别担心|不存在|没有什么|没什么|没啥|有什么好|根本没有|谁(?=要|说|想|会)|不(?=联系|通知|告诉|打给|找|打扰|打到|发给|寄|上门|再|打电话|轰炸|骚扰)|不打(?!不)|请勿|切勿|(?<!要)不要(?!逼|让我|再躲|跟我|以为|装|给脸|不识)|不再|不想|不打算|不至于|哪会|怎么会|谁说|"
    r"并没|也没|而非|不属于|不算|[不没非未勿]$"
)
_NEG_EN = _Lazy(
    r"(?<!why )(?<!why not )\b(?:not|never|no|won't|wont|will not|don't|dont|do not|doesn't|does not|didn't|did not|"
    r"isn't|aren't|wasn't|weren't|can't|cannot|couldn't|wouldn't|shouldn't|nobody|no one|nothing|"
    r"neither|nor|without|instead of|rather than|avoid|stop|stopped|n't)\b"
    r"(?!\s+(?:make me|pay|paying|paid|answer|pick|respond|get back|want|think|even|you dare|care|"
    r"matter|call (?:me|us) back|have|bother|test me|push|try)\b)",
    re.I,
)


def _negated(norm: str, hit_start: int) -> bool:
    """True when the clause just before the hit is negated."""
    window = norm[max(0, hit_start - 60):hit_start]
    if not window:
        return False
    piece = _BREAK.split(window)[-1]
    if not piece:
        return False
    if _CJK.search(piece) and _NEG_ZH.search(piece[-12:]):
        return True
    return bool(_NEG_EN.search(piece[-45:]))


_NEG_AFTER = _Lazy(
    r"(?:都|也|就|其实|这种说法|的说法|这种事)?(?:是|就是)?(?:不可能|不会(?:的|发生)|不存在|没有的事|谈不上|谣言|假的|骗人的)|"
    r"[^，。,！!？?]{0,10}?(?:都是谣言|是谣言|是假的|都是骗人的|不存在|根本没有)|"
    r"[^。！？!?]{0,4}?(?:都|也|一律|千万|请)?(?:不要|别|勿|不能|不可以)(?:转|打款|打钱|汇|付|存|给|相信)|"
    r"\s*(?:is|are|was|were|'s)?\s*(?:not|never|off the table|out of the question|a myth)\b|"
    r"\s*(?:isn't|aren't|wasn't|doesn't|don't|won't|can't|no longer)\b|s?\s+(?:don't|doesn't) exist",
    re.I,
)


def _negated_after(norm: str, hit_end: int) -> bool:
    """True when the words right after the hit deny it ("坐牢是不可能的", "jail isn't on the table")."""
    return _NEG_AFTER.match(norm, hit_end, min(len(norm), hit_end + 24)) is not None


# Recounting what someone else did, to disown it ("那家机构还说要联系您的单位……我代表公司向您道歉",
# "the last agency said they'd talk to your manager. That was wrong.") is not doing it.
_OTHERS_DID = _Lazy(
    r"(?:之前|以前|先前|此前|原来|上一家|前一家|那家|前面那|外包|委外|外部|催收公司|他们|佢哋)[^。！？!?]{0,40}?"
    r"(?:说|讲|講|扬言|揚言|威胁|威脅|打|联系|聯繫|聯絡|找|骚扰|騷擾|留言|发|發)|"
    r"\b(?:(?:the|that|those|your) (?:previous |prior |last |old |other |outside |former )?(?:agency|company|collectors?|"
    r"firm|people|guys?)|the company that had|they|them)\b[^.!?]{0,80}?\b(?:said|saying|told|telling|threatened|threatening|"
    r"called|calling|calls|left|leaving|contacted|contacting|would|kept|was going to|were going to)\b",
    re.I,
)
_DISOWNS = _Lazy(
    r"道歉|道个歉|道個歉|歉意|抱歉|不好意思|唔好意思|赔个不是|賠個不是|对不起|对不住|對唔住|不应该|不啱|不该|唔应该|太过分|过分了|不对|"
    r"不地道|不厚道|不像话|不像話|不合规|违规|不妥|不会再|\b(?:sorry|apologi[sz]e|apologies|wrong|"
    r"should(?:n't| not| never) have|unacceptable|out of line|not okay|not ok|won't happen again|never again|not how we)\b",
    re.I,
)


# A sentence that condemns what it describes ("…before 8am, none of that should have happened").
_CONDEMNS_ITSELF = _Lazy(
    r"\bnone of (?:that|this|it) (?:should|shoudl|shoud|shold)(?:n't| not| never)?(?: have| of|'ve) happened\b"
    r"|\b(?:that|this|it) (?:should(?:n't| not| never)|shouldnt|shoudln't|shoudlnt) (?:have|of|'ve) happened\b"
    r"|\b(?:that|this|it) (?:was|is) (?:wrong|unacceptable|out of line|not okay|not ok)\b(?! (?:of|for) you)",
    re.I,
)


def recounts_others(norm: str, sentence: str, next_words: str = "") -> bool:
    """Does the sentence tell what another collector did, in a reply that disowns it? A sentence
    condemned by its own words or the words right after it counts too (a list of what the last
    agency did, then "none of that should have happened")."""
    if _CONDEMNS_ITSELF.search(sentence + " " + next_words) is not None:
        return True
    return _OTHERS_DID.search(sentence) is not None and _DISOWNS.search(norm) is not None


def clause_of(norm: str, start: int, end: int) -> str:
    """The comma-delimited clause around a span (the span's own words included)."""
    lo = max(0, start - 80)
    pieces = _BREAK.split(norm[lo:start])
    head = pieces[-1] if pieces else ""
    m = _BREAK.search(norm, end, min(len(norm), end + 80))
    tail = norm[end : m.start() if m else min(len(norm), end + 80)]
    return head + norm[start:end] + tail


# --------------------------------------------------------------------------------------------
# 4. Behaviours
# --------------------------------------------------------------------------------------------

Check = Callable[[re.Match, str, dict], bool]


@dataclass(frozen=True)
class Behaviour:
    key: str
    label: str
    patterns: tuple[str, ...]
    context: str | None = None  # a context flag that must be present
    veto: str | None = None  # regex on the hit's sentence that makes it lawful
    negatable: bool = True
    check: Check | None = None
    require: str | None = None  # regex that must match the hit's sentence
    unless: str | None = None  # a context flag that makes the behaviour lawful (consent, liable party)

    @property
    def compiled(self) -> tuple[re.Pattern, ...]:
        return _compile(self.patterns)

    @property
    def by_script(self) -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]]:
        """(patterns with Chinese words, patterns without): a reply with no CJK characters skips the
        first, one with no Latin letters the second. Halves the time on a typical reply."""
        return _split(self.patterns, self.check is None)


@lru_cache(maxsize=None)
def _compile(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.I) for p in patterns)


@lru_cache(maxsize=None)
def _split(patterns: tuple[str, ...], merge: bool = True) -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]]:
    """Compile a behaviour's patterns in two groups by script. With `merge`, each group becomes one
    alternation (its `hit` groups renamed apart), which saves a regex call per pattern."""

    def build(group: list[str]) -> tuple[re.Pattern, ...]:
        if not merge or len(group) < 2:
            return tuple(re.compile(p, re.I) for p in group)
        parts = [_HIT_GROUP.sub(lambda g, i=i: f"(?P<hit_{i}_{g.group(1)}>", p) for i, p in enumerate(group)]
        return (re.compile("|".join(f"(?:{p})" for p in parts), re.I),)

    return build([p for p in patterns if _CJK.search(p)]), build([p for p in patterns if not _CJK.search(p)])


_HIT_GROUP = _Lazy(r"\(\?P<(hit\d?)>")


_LATIN = _Lazy(r"[A-Za-z$]")


@lru_cache(maxsize=None)
def _compile_one(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


_SENT_BREAK = _Lazy(r"[。！？!?\n]|\.(?=\s|$)")


def sentence_bounds(norm: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 200)
    hi = min(len(norm), end + 200)
    s = lo
    for m in _SENT_BREAK.finditer(norm, lo, start):
        s = m.end()
    m = _SENT_BREAK.search(norm, end, hi)
    e = m.start() if m else hi
    return s, e


# ---- hours ---------------------------------------------------------------------------------

_ZH_NUM = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def zh_number(s: str) -> int | None:
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _ZH_NUM.get(s[1], 0) if len(s) == 2 else None
    if "十" in s:
        a, _, b = s.partition("十")
        if a not in _ZH_NUM:
            return None
        return _ZH_NUM[a] * 10 + (_ZH_NUM.get(b, 0) if b else 0)
    if len(s) == 1 and s in _ZH_NUM:
        return _ZH_NUM[s]
    return None


_CONTACT = _Lazy(
    r"打|电话|致电|联系|找你|找您|上门|过来|过去|发(?:短信|消息|信息|微信)|短信|提醒|催|敲门|拜访|骚扰|轰炸|call|ring|phone|"
    r"text|dial|visit|knock|stop by|come by|swing by|drop by|hear from|expect|contact|reach|hit you up|buzz|talk",
    re.I,
)
_NIGHT_WORDS = ("今晚", "明晚", "晚上", "夜里", "夜间", "夜晚", "晚", "傍晚")
_LATE_WORDS = ("深夜", "半夜", "午夜", "凌晨", "大半夜", "三更半夜")
_MORNING_WORDS = ("早上", "早晨", "清晨", "一早", "大早上", "明早", "明天早上", "今早", "早")
_AFTERNOON_WORDS = ("下午", "中午", "午后")

ZH_TIME = (
    r"(?P<pre>今天晚上|明天晚上|今晚|明晚|晚上|夜里|夜间|夜晚|傍晚|深夜|半夜|午夜|大半夜|凌晨|明天早上|大早上|"
    r"早上|早晨|清晨|一早|明早|今早|下午|中午|午后|早|晚)?(?:的)?\s*"
    r"(?P<h>[012]?\d|[零〇一二两三四五六七八九十]{1,3})\s*(?:点钟|点|时|:|：)\s*"
    r"(?P<m>半|一刻|三刻|[0-5]\d|[一二三四五]十(?:[一二三四五六七八九])?分?)?\s*"
    r"(?P<post>以后|之后|以後|过后|后|多|左右|前后|以前|之前|前)?"
)
EN_TIME = (
    r"(?P<pre2>\b(?:tonight|tomorrow night|at night)\s+(?:at|around|about)\s+)?"
    r"(?P<prep>\b(?:at|around|about|by|before|after|past|until|till)\s+)?"
    r"\b(?P<h>[012]?\d)(?::(?P<m>[0-5]\d))?\s*"
    # without "tonight at", a clock time needs am/pm or a part of day after it
    r"(?(pre2)|(?=(?:a\.?m\b|p\.?m\b|o'?clock|tonight|at night|in the evening|tomorrow night|in the morning|tomorrow morning|this morning)))"
    r"(?P<ap>a\.?m\b\.?|p\.?m\b\.?|o'?clock)?\s*"
    r"(?P<tail>tonight|at night|in the evening|tomorrow night|in the morning|tomorrow morning|this morning)?"
)


def hours_check_zh(m: re.Match, sentence: str, params: dict) -> bool:
    start_h, end_h = params.get("hours", (8, 21))
    clause = clause_of(m.string, m.start(), m.end())
    if not _CONTACT.search(clause.replace(m.group(0), " ")) or _BORROWER_CALLS.search(sentence):
        return False
    pre, post = m.group("pre") or "", m.group("post") or ""
    h = zh_number(m.group("h"))
    if h is None or h > 24:
        return False
    mins = m.group("m") or ""
    minutes = 30 if mins == "半" else 15 if mins == "一刻" else 45 if mins == "三刻" else (
        int(mins) if mins.isdigit() else (zh_number(mins.rstrip("分")) or 0)
    )
    if post in ("前", "以前", "之前"):
        return False  # a deadline, not a planned contact time
    if pre in ("早", "晚") and m.group("h") == "一" and not mins:
        return False  # 晚一点 / 早一点: "a bit later / earlier"
    if pre in _LATE_WORDS:
        return True  # 凌晨/半夜/深夜 + any hour is outside the window
    if pre in _NIGHT_WORDS or pre in ("今天晚上", "明天晚上"):
        if h == 12:
            h = 24
        elif h > 4 and h < 12:
            h += 12  # 晚上1点-4点 means after midnight: keep as is
    elif pre in _AFTERNOON_WORDS:
        if h < 12:
            h += 12
    elif pre in _MORNING_WORDS or pre in ("明天早上", "大早上"):
        pass
    else:
        # no part-of-day word: only an unambiguous 24-hour time counts
        raw = m.group("h")
        if not (13 <= h <= 24 or (raw.isdigit() and len(raw) == 2 and raw.startswith("0"))):
            return False
    value = (h % 24) + minutes / 60 if h != 24 else 24
    after = post in ("以后", "之后", "以後", "过后", "后", "多")
    if value < start_h:
        return True
    if value > end_h or (value == end_h and after):
        return True
    return False


def hours_check_en(m: re.Match, sentence: str, params: dict) -> bool:
    start_h, end_h = params.get("hours", (8, 21))
    ap = (m.group("ap") or "").lower().replace(".", "")
    tail = (m.group("tail") or "").lower()
    pre2 = (m.group("pre2") or "").lower()
    prep = (m.group("prep") or "").strip().lower()
    if not ap.startswith(("am", "pm")) and not tail and not pre2:
        return False
    if not _CONTACT.search(clause_of(m.string, m.start(), m.end())) or _BORROWER_CALLS.search(sentence):
        return False
    if prep in ("by", "before", "until", "till"):
        return False
    h = int(m.group("h"))
    minutes = int(m.group("m") or 0)
    if h > 12 or h == 0:
        return False
    if ap.startswith("am") or "morning" in tail:
        h = 0 if h == 12 else h
    else:  # pm, tonight, at night, evening
        h = 12 if h == 12 and ap.startswith("pm") else (24 if h == 12 else h + 12)
    value = (h % 24) + minutes / 60 if h != 24 else 24
    after = prep in ("after", "past")
    return value < start_h or value > end_h or (value == end_h and after)


def bare_night_check(m: re.Match, sentence: str, params: dict) -> bool:
    # the patterns already require a contact verb next to the night word
    return not _BORROWER_CALLS.search(sentence)


# the borrower contacting the lender ("call us any time") is not collection contact
_BORROWER_CALLS = _Lazy(
    r"给我们打|打给我们|联系我们|回电|回个电话|致电我们|致电客服|客服热线|热线|下班|收工|睡觉|起床|航班|火车|"
    r"\b(?:call|reach|contact|text|email|ring)\s+(?:us|me)\b(?!\s+(?:at|around)?\s*(?:tonight|midnight))|\bcall (?:us|me) back\b|\bhotline\b|\byou (?:get off|work|finish|sleep|wake)",
    re.I,
)


# ---- frequency -------------------------------------------------------------------------------

_EN_NUM = {
    "two": 2, "twice": 2, "three": 3, "thrice": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "fifty": 50, "hundred": 100, "a hundred": 100, "several": 4, "multiple": 4,
    "a dozen": 12, "dozen": 12, "dozens of": 24, "many": 4, "a few": 3, "few": 3,
}


def per_day_check(m: re.Match, sentence: str, params: dict) -> bool:
    """Stated calls per day above the pack's limit; patterns without a count always pass."""
    if "n" not in m.re.groupindex:
        return True
    raw = (m.group("n") or "").strip().lower()
    if raw.isdigit():
        n = int(raw)
    elif raw in _EN_NUM:
        n = _EN_NUM[raw]
    else:
        n = zh_number(raw.replace("几", "三")) if raw else None
        if raw in ("几", "好几", "无数", "几十", "上百", "几百"):
            n = 10
    if n is None:
        return False
    return n > params.get("max_calls_per_day", 3)


# ---- the lexicon -------------------------------------------------------------------------------

_YOU = r"(?:你|您)"
_YOUR = r"(?:你|您)(?:的|们的|们)?"
# People whose numbers a collector may hold over the borrower ("你单位电话我们也有").
_HELD_PEOPLE_ZH = (r"(?:的)?(?:单位|公司|领导|老板|柜长|店长|主管|经理|上司|同事|家里人|家人|老婆|老公|爸妈|父母|亲戚|家里)"
                   r"(?:的)?(?:电话|号码|联系方式|微信)")
_YOUR_OPT = r"(?:(?:你|您)(?:的|们的|们)?)?"
_EMPLOYER_ZH = r"(?:母校|雇主|单位|公司|领导|老板|上司|主管|同事|人事|HR|hr|人资|老总|经理|工作单位|办公室|厂里|学校)"
_BOSS_ZH = r"(?:领导|老板|上司|主管|同事|人事|HR|hr|人资|老总|经理|班主任|辅导员|行政|财务|人事部|人事处|前台|老细)"
_FAMILY_ZH = (
    r"(?:家人|家里人|家里|父母|爸妈|爸爸|妈妈|老爸|老妈|老婆|老公|媳妇|爱人|对象|亲戚|亲属|亲朋好友|朋友|"
    r"兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|舅舅|叔叔|姑姑|阿姨|岳父|岳母|"
    r"公公|婆婆|孩子|儿子|女儿|紧急联系人|联系人|通讯录|邻居|室友|同学|村里|妈|爸|房东|前妻|前夫|女朋友|男朋友|"
    r"姐夫|嫂子|细佬|家姐|老豆|老母|阿妈|阿爸|奶奶|爷爷|外婆|外公|教会|所有人|前任|管委会|物业|居委会|村委会|村主任|村干部|社区)"
)
_TELL_ZH = (
    r"(?:通知|告诉|告知|联系|联络|打给|打电话给|打到|打去|找|找到|发函到|发函给|寄到|寄给|发到|发给|"
    r"群发给|群发|曝光给|说给|知会|反映给|上报给|通报|转告)"
)
_EMPLOYER_EN = r"(?:boss|employer|supervisor|manager|hr|human resources|coworkers|co-workers|colleagues|payroll|hr department)"
_FAMILY_EN = (
    r"(?:family|wife|husband|mom|mum|mother|dad|father|parents|folks|kids|children|son|daughter|sister|"
    r"brother|cousin|aunt|uncle|in-laws|relatives|friends|neighbou?rs|contacts|church|pastor|landlord|roommate|girlfriend|boyfriend|fianc[ée]e?)"
)
_TELL_EN = (
    r"(?:call|calling|called|tell|telling|told|contact|contacting|contacted|notify|notifying|notified|inform|informing|"
    r"informed|email|emailing|emailed|text|texting|texted|message|messaging|messaged|write to|wrote to|writing to|"
    r"reach out to|reached out to|ring|ringing|rang|let|visit|visited|talk to|talked to|talking to|chat with|"
    r"speak (?:to|with)|spoke (?:to|with)|have a (?:chat|talk|word) with|send (?:it|this|a letter|a notice|letters?) to|"
    r"sent (?:it|this|a letter|a notice|letters?) to)"
)

# an English disclosure verb counts only with the collector (or "they") as its subject:
# "I'll call your boss", "don't make me call your HR", not "you can talk to your family"
_SUBJ_EN = (
    r"(?:\b(?:i|we|they|someone|somebody|my (?:guys|team|manager)|our (?:team|agents|field team))"
    r"(?:'ll|'d|'m|'re| will| would| might| may| could| can| am| are| gonna| have to| need to| should)?\b|"
    r"\bmake me\b|\bor else\b|\bmaybe\b|\bnext\b)[^.!?,;]{0,30}?\b"
)
_OWN_ACTION = (
    r"(?:你|您)(?:也)?(?:可以|不妨|最好|要不)(?:先)?(?:跟|和|找|联系|问问|商量)|"
    r"\byou (?:can|could|might|may|should|want to) (?:also )?(?:talk|speak|ask|discuss|check|chat)"
)

_CONTRACT_OK = (
    r"按合同|按照合同|合同(?:约定|规定|里写|上写|有写|写了|写明|条款)|协议约定|按约定|契约|"
    r"(?:per|under|in|by)\s+(?:the|your)\s+(?:agreement|contract)|(?:your|the)\s+(?:agreement|contract)\s+(?:has|allows|lists|says|includes|permits)|"
    r"as (?:agreed|contracted)|on your plan"
)
_POSSIBLE = r"可能|的话|一般|到时候|如果(?:银行|法院|平台|机构)?起诉|有权|有可能|或许|也许|未必|不一定|只有.{0,12}才|\bmay\b|\bmight\b|\bcould\b|\bif a court\b|\bonly if\b|\bwould have to\b|\bif (?:the lender|we|they|our client) (?:sues?|files?|wins?)\b"
_GUARANTOR = r"保证人|担保人|担保|共同借款人|guarantor|co-?signer|co-?borrower|joint account"

LEXICON: tuple[Behaviour, ...] = (
    # ---------------------------------------------------------------- threat
    Behaviour(
        "threat_harm",
        "threat",
        (
            # explicit harm
            r"(?:打断|打折|砍断|卸了|废了)" + _YOUR_OPT + r"(?:腿|手|胳膊)|弄死" + _YOU + r"|废了" + _YOU + r"|收拾" + _YOU + r"|"
            r"砍" + _YOU + r"|揍" + _YOU + r"|打" + _YOU + r"一顿|(?<!谁)要" + _YOUR + r"命|让" + _YOU + r"(?:好看|见血|残|后悔|吃不了兜着走)",
            r"有" + _YOU + r"好(?:看|果子吃|受)的?|" + _YOU + r"(?:给我)?等着(?:瞧)?(?!接|收|看|法院|传|吧)|等着瞧|走着瞧|吃不了兜着走",
            r"小心(?:点)?" + _YOUR_OPT + r"(?:家人|孩子|小孩|老婆|老公|爸妈|父母|女儿|儿子|车|房子|店|脑袋|腿|安全)",
            r"出门(?:的时候)?(?:要)?(?:小心|注意|当心)(?:点|一点)?(?:安全)?|注意(?:点|一点)?(?:人身)?安全|走夜路(?:小心|当心)|夜路走多了",
            r"(?:上门|到" + _YOUR_OPT + r"家|去" + _YOUR_OPT + r"家|到" + _YOUR_OPT + r"(?:公司|单位)|去" + _YOUR_OPT + r"(?:公司|单位))(?:去|来)?(?:堵|闹|砸|泼|喷|讨说法|找" + _YOU + r"算账)|"
            r"堵" + _YOU + r"(?:家)?(?:门)?|(?:泼|喷)(?:油漆|红漆)",
            r"我们的人.{0,10}(?:在" + _YOUR_OPT + r"(?:家|楼下|门口|公司|单位)|过去|过来|上门|去" + _YOUR_OPT + r"家|到" + _YOUR_OPT + r"家|找" + _YOU + r"|拜访)",
            r"派(?:几个)?人(?:去|到|上)?" + _YOUR_OPT + r"(?:家|门|公司|单位|老家)(?:里)?(?:去)?(?:堵|闹|坐|蹲|守|找|住)",
            r"[「“\"'‘『]拜访[」”\"'’』]",
            r"别让我(?:在[^，。,]{0,8})?(?:碰见|碰到|遇到|遇见|看见|看到|逮到|找到)" + _YOU + r"|碰见了有" + _YOU,
            # intimidating hints about family, children, property
            _YOUR_OPT + r"(?:女儿|儿子|孩子|小孩|闺女|娃)(?:在|上|读)[^，。,？?]{0,10}(?:小学|幼儿园|学校|中学|初中|高中|年级|放学)(?![^，。,]{0,4}(?:都不行|不了|受影响|受限|会受))"
            # ...but not the school fees a sympathetic reply counts among the borrower's costs
            r"(?![^。！!？?]{0,16}(?:学费|开销|花销|花钱|一大笔|费用|交了|交钱|难|辛苦|不容易|顶不住))",
            r"(?:爸妈|父母|家人|孩子|老婆|老公|女儿|儿子|老人)[^。！!]{0,20}(?P<hit>经不起折腾|经不起吓|出点什么事|出个什么事|出什么意外|出事|受不受得了|掂量掂量|自己掂量)",
            r"(?:车|房子|店|铺子)[^。！!？?]{0,14}(?:被划|划了|被砸|砸了|被烧|烧了|被泼|出点事|出事)",
            r"知道" + _YOU + r"(?:家)?住(?:在)?(?:哪|那)|知道" + _YOUR_OPT + r"(?:孩子|女儿|儿子)(?:在)?(?:哪|那)(?:上学|读书)",
            r"(?:路灯|晚上|夜里)[^。！!]{0,12}(?:注意|小心|当心)(?:点)?(?:安全)?",
            r"(?:去|到|上)" + _YOUR_OPT + r"(?:老家|家里|家|公司|单位|村里|小区)(?:去)?(?:走一趟|坐坐|转转|会会" + _YOU + r"|喝茶|拉横幅|挂横幅|贴大字报|闹一闹|闹)",
            r"我们(?:也)?有人认识(?:" + _YOUR_OPT + r"(?:老婆|老公|爸妈|家人|孩子|女儿|儿子|她|他))|" + _YOUR_OPT + r"(?:村|村里|小区|单位|公司|学校|老家)(?:里|那边)?我们(?:也)?有人",
            r"(?:别怪(?:我|我们)不客气|对" + _YOU + r"不客气|(?:就|可)?不(?:会|是)(?:我)?(?:这么|那么)客气|(?:用|使)(?:点)?(?:非常|特殊|别的|其他)手段|别逼(?:我|我们)(?:用|动|来)?)",
            r"就有人(?:过去|过来|上门|去找" + _YOU + r")|当着" + _YOUR_OPT + r"(?:同事|领导|家人|邻居|孩子|老婆|全公司|爸妈)(?:的)?面|门口多了|别让(?:她|他|老人家|老人|" + _YOUR_OPT + r"(?:妈|爸|母亲|父亲|老母亲))受(?:什么|点)?刺激",
            r"下手没轻没重|都是练过的|(?:没|冇)(?:我)?(?:这么|咁)好(?:脾气|说话)|用我们(?:自己)?的(?:办法|方式)|保证" + _YOU + r"印象深刻|小心别被|下不了床|(?:用|动)粗|监控(?:好像)?坏了",
            r"(?:不敢保证|不能保证|难保)" + _YOUR_OPT + r"(?:家人|孩子|老婆|家里)?[^，。,]{0,6}(?:安安稳稳|平平安安|安全|没事)|只要" + _YOU + r"(?:听话)?还钱[^，。,]{0,10}(?:平平安安|平安|安全)",
            r"(?:在|到)" + _YOUR_OPT + r"(?:公司|单位|家|店)(?:楼下|门口)等" + _YOU + r"|(?:去|到)" + _YOUR_OPT + r"(?:店|店里|公司|家里|家)(?:里)?坐着|(?:拿到|查到|找到)(?:了)?" + _YOUR_OPT + r"(?:老家|家里|家)(?:的)?地址|[「“\"'‘『]礼物[」”\"'’』]",
            r"带(?:几个|一帮|一群|些)?(?:人|兄弟)(?:亲自)?(?:登门|上门)",
            r"(?:别|最好别|不要)一个人(?:出门|走夜路|回家)|出门(?:的时候)?(?:多)?留(?:个|点)心眼|(?:认识认识|见见|看看)" + _YOUR_OPT + r"(?:家人|老婆|孩子|爸妈|女儿|儿子)|" + _YOUR_OPT + r"家人(?:也)?在(?:吧|不在)",
            r"(?:老婆|孩子|家人|爸妈|父母|女儿|儿子)(?:怕不怕|受得了吗|经得起)|(?:爸妈|父母|房子|老家)(?:也|可)?搬不走",
            r"砸(?:了)?" + _YOUR_OPT + r"(?:家|店|车|门|铺子)|把" + _YOUR_OPT + r"(?:家|店|车|门)(?:给)?砸|带(?:几个|一帮|一群|些)?(?:人|兄弟)(?:上门|去" + _YOUR_OPT + r"家|到" + _YOUR_OPT + r"家|过去|过来|去找" + _YOU + r")",
            r"(?:在|到)" + _YOUR_OPT + r"(?:家|楼下|门口|公司门口)(?:墙上)?(?:喷|泼|写|刷|贴)",
            r"让" + _YOU + r"(?:在[^，。,]{0,8})?(?:混不下去|过不下去|日子不好过|不得安生|没好日子过)|让" + _YOUR_OPT + r"(?:全家|家里|家人)(?:都)?(?:不得安宁|不得安生|没好日子)",
            r"(?:天天|每天|一直)(?:跟着|跟踪|盯着|守着|蹲)" + _YOU + r"|跟踪" + _YOU + r"|(?:去|到)" + _YOUR_OPT + r"(?:家|公司|单位)门口(?:蹲|守|等)着?" + _YOU,
            # English
            r"\bwe know where (?:you|your \w+) (?:live|work|sleep|go to school)\b|\bknow where your (?:kids?|children|wife|husband|family|daughter|son) (?:go|are|live|play|study)\b",
            r"\b(?:would|it'd|it would|'d)?\s*be a (?:real )?(?:shame|pity) if\b|\bshame if (?:something|anything|we)\b",
            r"\b(?:stuff|things|bad things|accidents)\s+(?:just\s+)?(?:start\s+|starts\s+)?(?:happening|happen|happens)\s+(?:to\s+(?:them|people|you|folks)|when)\b",
            r"\b(?:and|or|then|just)\s+see what happens\b|\bwatch your back\b|\byou(?:'ll| will) regret (?:it|this)\b|\blook over your shoulder\b",
            r"\b(?:my|our)\s+(?:guys|boys|people|men|associates|friends|collectors|team)\b[^.!?]{0,40}\b(?:swing by|stop by|drop by|come by|come over|pay (?:you )?a visit|visit|show up|knock|find you|have a (?:chat|talk|word)|in your (?:area|neighbou?rhood))\b",
            r"(?<!have to )(?<!if we )\b(?:sending|send|sent|have|get)\s+(?:someone|somebody|a guy|people|our guys|my guys|an agent|a collector)\s+(?:over\s+|down\s+|out\s+)?(?:to|at)\s+(?:your|ur)\s+(?:job|work|office|house|home|place|door)\b",
            r"\b(?:at|to|on)\s+(?:your|ur)\s+(?:front\s+)?door(?:step)?\b[^.!?]{0,20}\b(?:with|friends|crew|guys|boys|whole)\b|\b(?:turn(?:ing)?|show(?:ing)?)\s+up\s+at\s+(?:your|ur)\s+(?:front\s+)?(?:door|house|home|place|work|job|office)\b",
            r"\b(?:we've got|we have|got)\s+(?:people|guys|friends|boys)\s+(?:in|near|around)\s+(?:your|ur)\s+(?:neighbou?rhood|area|street|town|building)\b|\bcome round and have a word\b|\bhave a (?:little )?word with you\b",
            r"\b(?:right )?outside (?:your|ur) (?:place|house|door|home|office|work)\b|\b(?:good|better|new) (?:lock|locks|security system)\b|\bnext (?:thing|knock|visit)\b[^.!?]{0,30}\b(?:isn't|won't be|is us)\b|\b(?:show|turn) up in person\b|\bstanding in (?:your|ur) (?:kitchen|living room|house|yard|driveway)\b",
            r"\bdrop by (?:tonight|later)\b|\bstop being friends\b|\bat the school gate\b|\b(?:they|we|our \w+) know where (?:you|your \w+) (?:live|work|sleep|park|are)\b|\bsee how (?:brave|tough|funny) you are\b|\byou(?:'ll| will) be sorry\b|\baren't as (?:patient|nice|friendly) as me\b|\bnot as (?:patient|nice) as me\b",
            r"\b(?:lock your doors|doors locked|sleep well tonight|sleep tight)\b|\bnext time it won't be a (?:phone )?call\b|\byou should be (?:scared|afraid|worried|frightened)\b|\bnot nice people\b|\b(?:when|before|once) we come (?:visit|by|round|over|calling)\b",
            r"\b(?:someone|somebody)\s+(?:will|'ll|might|may|could)\s+(?:pay you a visit|come (?:by|over|find you)|show up)\b|\bpays? you a visit\b",
            r"\b(?:break|breaking|snap)\s+your\s+(?:legs?|arms?|neck|face|windows?)\b|\b(?:hurt|kill|beat|smash)\s+(?:you\b|your\b(?!\s+(?:credit|score|rating|record|report|history|chances|finances|standing)\b))|\bbeat you up\b",
            r"\b(?:your|ur)\s+(?:daughter|son|kids?|children|little (?:girl|boy))\s+(?:goes|go|attends?|is at|are at|walks? (?:home )?from|gets? out of)\b[^.!?]{0,30}\b(?:school|elementary|kindergarten|daycare|preschool|academy|high|middle)\b|\b(?:what|which) school your (?:kids?|children|daughter|son)\b",
            r"\bcute kids?\b|\b(?:nice|lovely|pretty)\s+(?:kids?|family|wife|car|house|place)\b[^.!?]{0,60}\b(?:shame|if|careful|safe|would be)\b",
            r"\bmake (?:a|such a) scene\b|\b(?:come|coming)\s+(?:down|over)\s+to\s+your\s+(?:office|work|house|home|place)\b[^.!?]{0,40}\b(?:scene|everybody|everyone)\b",
            r"\b(?:careful|be careful)\s+(?:when\s+)?(?:you\s+)?(?:walk(?:ing)?|going out|leaving)\b|\bstay safe out there\b",
        ),
    ),
    # Veiled threats: no harm named, the consequence left to the borrower's imagination
    # ("不然后面的事就不好说了", "nobody has to get hurt", "cars get damaged").
    Behaviour(
        "threat_veiled",
        "threat",
        (
            r"(?:不然|否则|要不然|再不还|不还的话|要是不还|如果不还)[^。！!？?]{0,14}(?:事情?|事儿)?(?:就|可就|真的?)?(?:不好说|难说|说不准)|"
            r"有些事(?:情)?(?:就|真的?|可)?(?:不好说|难说)",
            r"(?:不敢|不能|没法)保证(?:会)?(?:发生|出)(?:什么|啥)(?:事)?|会不会有事[，,]?(?:我)?(?:就)?(?:不知道?|不清楚)",
            r"(?:不然|否则|要不然|不是的话|不还的话)[^。！!？?]{0,10}(?:小心|当心)(?:一点|点)|(?:不然|否则)(?:的话)?[，,…\s]*呵呵",
            r"(?:车|车子)[^。！!？?]{0,10}(?:在哪|还在不在)[^。！!？?]{0,4}(?:就)?(?:不一定|难说|不好说)",
            r"住(?:在)?(?:哪|哪里|哪儿|边度)(?:我们|我)(?:都)?(?:很|好)?(?:清楚|知道)",
            r"(?:老婆|老公|孩子|闺女|女儿|儿子|家人)(?:上班|工作|上学)(?:的|那个)?(?:地方|单位|学校)[^。！!？?]{0,4}(?:挺|很|蛮)?好找",
            r"(?:孩子|小孩|女儿|儿子|闺女)(?:是)?(?:读|在|上)(?:哪|哪间|哪个|哪所)(?:间|个|所)?(?:小学|国小|学校|幼儿园)(?:上学|读书)?[啊呀吧欸哦]?[?？]|"
            r"(?:闺女|女儿|儿子|孩子|小孩)[^。！!？?]{0,6}(?:挺|很|蛮)可爱[^。！!？?]{0,8}(?:上学|学校|小学|国小|幼儿园)",
            r"等着吧你|看谁(?:吃亏|比较惨|更惨)|(?:投诉|申诉|录音|报警)[^。！!？?]{0,12}(?:只会|会|仲)(?:更惨|仲惨|更难过|吃亏)",
            r"(?:工作|饭碗|这年)(?:还)?想不想(?:要|好好过)|(?:我|我们)(?:就|可就)不客气了|(?:以后|往后)?(?:的)?日子(?:可|就)不好过",
            r"\bwatch (?:yourself|your step)\b|\b(?:nobody|no one) (?:has|needs) to get hurt\b",
            r"\b(?:cars?|houses?|windows?|things) (?:can |do |might )?get (?:damaged|broken|scratched|keyed|smashed)\b",
            r"\bhow fast things (?:can )?(?:go wrong|change|fall apart)\b|\b(?:worry|worrying) about more than (?:just )?your credit\b",
            r"\bso (?:is|are) (?:a lot of )?trouble\b|\b(?:pop|come|swing) (?:round|by|over) with the (?:lads|boys|guys)\b",
            r"\b(?:kids'|children's|daughter's|son's) school is (?:right )?(?:around the corner|nearby|near|close|down the (?:street|road))\b",
            r"\b(?:your )?(?:neighbou?rs|wife|husband|kids?|daughter|son) (?:seem|seems|seemed) (?:friendly|nice|lovely|sweet)\b|\bI know (?:you work at|where you work)\b",
            r"\bcomplain(?:ing|ts?)?\b[^.!?]{0,30}(?<!won't )(?<!not )(?<!never )(?<!n't )\bmakes? (?:it|things) (?:a lot |even )?worse for you\b",
        ),
        # A reassurance in the same sentence ("I know where you work, but we will never contact your employer").
        # (matched on the normalised text: traditional and Cantonese forms are already simplified)
        veto=r"\b(?:won't|will not|never|not going to)\s+(?:\w+\s+){0,2}(?:call|contact|tell|visit|come|bother|show up)|"
             r"(?:不会|绝不)[^，。,]{0,4}(?:联系|联繫|联络|打|找|上门|去|打扰)",
    ),
    # ---------------------------------------------------------------- insult
    Behaviour(
        "insult",
        "insult",
        (
            r"老赖|(?<!防)(?<!小心)(?<!我们是)(?<!我是)(?<!当我是)(?<!当成)(?<!冒充)(?<!不是)骗子(?!电话|短信|多|很多|太多|猖獗|横行|冒充|网站|app|软件|链接|集团)|"
            r"不要脸|脸都不要|脸皮(?:就是|真|怎么这么|可真)?厚|没脸没皮|死皮赖脸|厚颜无耻|无耻|"
            r"废物|人渣|败类|畜生|王八蛋|混蛋|傻逼|傻b|傻x|煞笔|沙比|sb(?![a-z])|傻子|白痴|弱智|蠢货|蠢猪|蠢材|"
            r"脑子有病|脑子有问题|脑袋有问题|脑子进水|脑残|有病吧|神经病|缩头乌龟|乌龟王八|孬种|怂包|窝囊废|"
            r"(?<!不)(?<!没什么)(?<!不算)(?<!没啥)丢人(?:现眼)?(?!的事)|丢脸|没出息|穷鬼|穷光蛋|穷酸|贱人|贱骨头|下贱|(?<!不)"
            r"(?<!不)活该|去死|滚蛋|狗东西|狗娘养|(?<![当他你我她您阿老姑舅姨后亲爸妈])妈的(?![电手号家人话])|tmd|nmsl|cnm|扑街|仆街|冚家铲|废柴|痴线|黐线|戆居|on9|low逼|垃圾人|"
            r"大老爷们.{0,12}(?:都要借|还借|还不起)|连孩子奶粉钱都|"
            r"(?:外地|农村|乡下|山沟)(?:来的|来打工的|人|佬)[^。！!？?]{0,10}(?:都这样|都是这样|素质|就是)|你们这些[^，。,]{0,8}(?:都这样|都是这样|就是)|"
            r"大忙人终于|去死一死|米虫|人品有问题|耍无赖|(?:有点|长点|没)脑子|冇脑|白长了|这么个东西|(?<!有)没本事|没读过(?:几天)?书|拉胯|(?:你这|就你这)(?:种)?智商|没素质|三脚猫|丢架|不像话|听不懂(?:国语|中文|普通话|人话)|浆糊|寄生虫|蛀虫|败家|打肿脸充胖子|鲁蛇|下三滥|胆小鬼|叫花子|虚伪|太没用|没用的人|能力不行|没廉耻|没有廉耻|不知廉耻|没家教|没教养|(?:没|冇)(?:人)?教(?:过)?" + _YOU + r"做人|你配吗|配吗[？?]|(?:还)?是(?:个|不是)男人(?:吗)?|脑子是怎么|"
            r"你们[\u4e00-\u9fff]{1,3}人(?:是不是)?都(?:这样|这德性|一个样|这副德性)|欠收拾|你是猪|猪脑子|听不懂人话|不是人话|不害臊|不知羞耻|没皮没脸|一把年纪了还(?:赖|借|欠|不还)|老油条|衰人|衰仔|衰婆|死人头|死蠢|蠢蛋|笨蛋|没用的东西|窝囊|烂人|贱货|死鬼",
            r"\b(?:dead-?beats?|loser|losers|low-?life|lowlifes|scum|scumbag|scumbags|moron|morons|idiot|idiots|imbecile|"
            r"freeloaders?|parasites?|leech(?:es)?|lazy bum|punks?|cowards?|thief|thieves|crooks?|muppets?|grifters?|wimps?|waste of space|liar|broke fool|you fool|what a fool|dumbest|laziest|hopeless one|bless your heart|self-respect|like a bum|crack pipe|cheater|scammer|crybaby|make you cry|deadbeat|dirtbag|white trash|degenerate|"
            r"piece of (?:shit|crap|garbage|work)|dumbass|jackass|asshole|bitch|bastard|retard(?:ed)?|welfare queen|sponger|scrounger|chiseler)\b",
            r"\b(?:are|r)\s+(?:you|u)\s+(?:seriously\s+|really\s+|just\s+|actually\s+)?(?:this\s+|that\s+|so\s+)?(?:stupid|dense|dumb|slow|thick|retarded|brain-?dead)\b",
            r"\b(?:you|u)(?:'re| are| r|r)\s+(?:so\s+|such\s+an?\s+|a\s+|an\s+|really\s+|just\s+|real\s+|a real\s+|pretty\s+)?(?:stupid|dense|dumb|pathetic|worthless|useless|disgusting|shameless|clown|joke|failure|trash|garbage|a bum|worthless|hopeless|a cheater|a scammer)\b",
            r"\byou people\b(?=\s+(?:are|always|just|all|think))|\bshame on you\b|\bcan't (?:you )?even read\b|\bgrow a spine\b|\bno wonder (?:nobody|no one)\b|\bf+u+c+k+(?:ing)?\b",
        ),
    ),
    # ---------------------------------------------------------------- privacy (no context needed)
    Behaviour(
        "disclose_employer",
        "privacy",
        (
            _TELL_ZH + r"(?:一下|下)?" + _YOUR_OPT + r"(?:的)?(?P<hit>" + _BOSS_ZH + r")(?![^，。,？?]{0,3}(?:借|预支|周转|凑|要钱|汇报))",
            r"(?:通知|告诉|告知|联系|发函到|发函给|寄到|寄给|发到|发给|群发给|曝光给|反映给|上报给|通报|打电话给|知会)(?:一下|下)?(?:给|到)?" + _YOUR_OPT + r"(?:的)?(?P<hit>" + _EMPLOYER_ZH + r")",
            r"(?:给|向)" + _YOUR_OPT + r"(?:单位|公司)?(?:的)?(?P<hit>" + _BOSS_ZH + r")(?:的)?(?:邮箱)?(?:发|打|寄|写)",
            r"(?P<hit>" + _YOUR_OPT + r"(?:单位|公司)?(?:的)?(?:" + _BOSS_ZH + r"|爸妈|父母|家人|老婆|老公)的(?:电话|手机|联系方式|号码|微信))(?:我们)?(?:都|已经|早就)?(?:有|拿到|查到|找到)",
            r"(?:去|到)" + _YOUR + r"(?P<hit>单位|公司)(?:的)?(?:人事|领导|HR)?(?:处|部)?(?:核实|了解|反映|说明)",
            r"(?:我|我们|咱们|只能|直接|马上|只好)[^，。,？?]{0,6}?(?:跟|和|向|给|同)" + _YOUR + r"(?P<hit>" + _EMPLOYER_ZH + r")(?:的)?(?:人事|领导|HR)?(?:核实|了解|反映|说|讲|沟通|打招呼|通个气|聊聊|汇报|确认)",
            r"(?:让|请|叫)" + _YOUR_OPT + r"(?P<hit>" + _EMPLOYER_ZH + r")(?:的)?(?:领导)?(?:配合)?(?:督促|催|劝|帮忙提醒|提醒|扣|知道|评评理|帮忙|出面|管管|处理)",
            r"(?:天天|每天)(?:给|往|打到)" + _YOUR_OPT + r"(?P<hit>" + _EMPLOYER_ZH + r")",
            _SUBJ_EN + _TELL_EN + r"\s+(?:up\s+)?(?:your|ur)\s+(?:\w+\s+)?(?P<hit>" + _EMPLOYER_EN + r")\b",
            r"\b(?:your|ur)\s+(?P<hit>boss|employer|supervisor|manager|hr)\s+(?:will|is going to|gonna|'ll|would|should|needs to|can)\s+(?:hear|know|find out|learn|get a call|be told|deal with it|be informed)\b",
            r"\b(?:your|ur)\s+(?P<hit>supervisor|boss|manager|employer|hr)(?:'s|s')\s+(?:number|phone|contact|email)\b",
            r"\b(?:keep|keeping|loop)\s+(?:your\s+)?(?P<hit>employers?|boss|supervisor|hr)\s+in the loop\b",
            r"\b(?:garnish|call|ring|email)\s+(?:your\s+)?(?P<hit>payroll|hr department)\b",
        ),
        veto=_GUARANTOR,
        unless="consent",
    ),
    Behaviour(
        "disclose_family",
        "privacy",
        (
            # telling or pressing relatives / contacts, said to the borrower
            r"(?:(?:就|会|要|得|去|再)" + _TELL_ZH + r"|" + _TELL_ZH + r"(?=" + _YOUR + r"))(?:一下|下)?" + _YOUR_OPT + r"(?:的)?(?P<hit>" + _FAMILY_ZH + r")(?![^，。,？?]{0,3}(?:借|周转|凑|商量|帮忙想|拿钱|要钱|把|要|预支))",
            r"(?:打给|打电话给|找|联系)" + _YOUR + r"(?:的)?(?P<hit>" + _FAMILY_ZH + r")(?![^，。,？?]{0,3}(?:借|周转|凑|商量|拿钱|要钱|把|要|预支))[^。！!？?]{0,12}(?:劝|催|说说|帮着|帮忙|压力|还|知道)",
            r"(?:让|叫|请)" + _YOUR_OPT + r"(?P<hit>" + _FAMILY_ZH + r")[^，。,？?]{0,6}(?:都)?(?:知道|评评理|劝劝你|劝你|督促|催你|看看)",
            _SUBJ_EN + r"(?:call|calling|tell|telling|contact|contacting|notify|inform|email|text|texting|visit|talk to|chat with|have a (?:chat|talk|word) with|reach out to|let)\s+(?:all\s+)?(?:of\s+)?(?:your|ur)\s+(?P<hit>" + _FAMILY_EN + r")\b(?!\s+(?:to call|to have you|that you called|to pass))",
            r"\b(?:your|ur)\s+(?P<hit>" + _FAMILY_EN + r")\s+(?:will|is going to|are going to|gonna|'ll|would|should)\s+(?:hear|know|find out|learn|get a call|be told|be hearing)\b",
            r"(?:我|我们|咱们|只能|直接|马上|只好|已经)[^，。,？?]{0,6}?(?:跟|和|向|给|同)" + _YOUR_OPT + r"(?P<hit>" + _FAMILY_ZH + r")(?:打了?电话|打过电话|发了?(?:短信|消息|微信)|寄|说明|说|讲|聊|反映|沟通|交代)",
            r"(?:你|您)(?:的)?(?:欠钱|欠款|逾期)?(?:的事)?(?:，)?" + _YOUR + r"(?P<hit>" + _FAMILY_ZH + r")(?:都|也)?(?:已经)?知道了",
            r"\b(?P<hit>(?:contact|contacting|call|calling|text|texting|message|messaging)\s+every(?:one|body)\s+(?:on|in)\s+(?:your|ur)\s+(?:instagram|facebook|contacts?|phone|contact list|friends list))\b",
            r"\bmake sure (?:your|ur)\s+(?P<hit>" + _FAMILY_EN + r"|" + _EMPLOYER_EN + r")\s+(?:hears|knows|finds out|learns|gets a call)\b",
            r"\b(?:your|ur)\s+(?P<hit>" + _FAMILY_EN + r"|" + _EMPLOYER_EN + r")\s+(?:would|might|may)\s+(?:like|want|love|be interested)\s+to\s+(?:know|hear|learn)\b",
        ),
        veto=_GUARANTOR + "|" + _OWN_ACTION + r"|转告|回(?:个)?电话|回电|call (?:me|us) back|have (?:him|her|you) call|pass (?:on|along) a message|leave a message|emergency only",
        unless="consent",
    ),
    Behaviour(
        "disclose_public",
        "privacy",
        (
            r"(?:发|挂|贴|晒|传|曝光|公布|公开)(?:(?:到|在|上)" + _YOUR_OPT + r"|" + _YOUR + r")(?:的)?(?P<hit>朋友圈|小区群|业主群|家族群|公司群|同学群|工作群|微信群|群里|群|网上|微博|抖音|快手|小红书|贴吧|论坛|社交媒体|门口|楼道|小区|村口|公司门口)",
            r"(?:朋友圈|业主群|小区群|微信群|网上|微博|抖音)(?:里|上)?(?:发|挂|曝光|晒)(?:一下)?" + _YOUR,
            r"(?P<hit>爆" + _YOUR_OPT + r"通讯录|爆通讯录)",
            r"(?P<hit>左邻右舍|街坊邻居|全村|全小区|整栋楼)[^，。,]{0,8}(?:知道|看看|看热闹|认识|评评理)",
            r"(?P<hit>(?:拉|挂)横幅|大字报)",
            r"让(?:大家|所有人|全世界|身边的人|你身边的人|周围的人|邻居|同事|亲戚朋友|亲朋好友|全公司|全单位|全村|全小区|整个公司|你们公司的人|你同事|你领导)(?:都)?(?:知道|看看|认识认识|认识|来看|评评理)",
            r"(?:大字报|催收函|律师函|欠款通知|通告|告示)[^，。,]{0,10}(?:贴|挂|寄|发)(?:到|在)" + _YOUR_OPT + r"(?:家|门口|小区|公司|单位|村)",
            r"(?:寄|发)(?:存证信函|律师函|催收函|通知)(?:到|给)" + _YOUR_OPT + r"(?:公司|单位|家里)[^。！!]{0,14}(?:大家|所有人|看)",
            r"\b(?:post|posting|put|share|sharing|blast|plaster)\w*\s+(?:it|this|your (?:name|photo|picture|debt|face|details))\s+(?:all\s+)?(?:on|over|across)\s+(?:facebook|instagram|twitter|x|tiktok|social media|the internet|online|linkedin|your (?:feed|page|wall))\b",
            r"\b(?:on|to)\s+(?:your|ur)\s+(?:facebook|instagram|social media|linkedin)\b[^.!?]{0,30}\b(?:everyone|everybody|friends|see|know)\b",
            r"\b(?:tell|let)\s+(?:everyone|everybody|the whole (?:neighbou?rhood|street|town|office))\b(?:\s+(?:you know|know))?",
            r"\bin front of\s+(?P<hit>everybody|everyone|your (?:coworkers|co-workers|colleagues|neighbou?rs|boss|family|kids|friends|whole office))\b",
            r"\b(?:your|ur)\s+(?:whole|entire)\s+(?:contact list|address book|phone book)\b",
        ),
    ),
    Behaviour(
        "public_list",
        "privacy",
        (
            r"(?:老赖|失信|欠款人|欠债)(?:名单|榜|曝光台)[^，。,]{0,6}(?:公布|公开|挂|贴|上墙)|曝光台|黑榜",
            r"\b(?:public|online|published)\s+(?:non-?payers?|deadbeats?|debtors?|delinquent)\s+(?:list|board|page)\b|\bwall of shame\b|\blist of (?:deadbeats|non-?payers)\b",
        ),
    ),
    Behaviour(
        "contacts_blast",
        "privacy",
        (
            r"通讯录(?:里|上)?(?:的人)?[^。！!？?]{0,16}(?P<hit>(?:一个个|挨个|逐个|全部|都)(?:打|通知|发|联系)|群发|轰炸)",
            r"(?P<hit>" + _YOUR_OPT + r"(?:所有|全部)(?:的)?(?:微信|QQ|手机|通讯录)?(?:联系人|通讯录|好友))[^。！!？?]{0,12}(?:群发|发短信|打电话|通知|都知道|打一遍)",
            r"(?:发给|群发给|发到|通知|告诉|打给)(?P<hit>" + _YOUR_OPT + r"(?:所有|全部|每个)(?:的)?(?:微信|QQ|手机|通讯录)?(?:联系人|通讯录|好友|朋友))",
            r"(?:给|往)" + _YOUR_OPT + r"(?P<hit>通讯录|联系人)(?:里的人)?(?:挨个|一个个|逐个|全部)?(?:打|发)",
            r"\b(?:call|text|message|email)\s+(?:every(?:one|body)|every single person|all the people)\s+(?:in|on)\s+(?:your|ur)\s+(?:contact list|address book|contacts?|phone)\b",
            r"\bwe(?:'ve)? (?:have|got|pulled|downloaded) (?:all )?(?:your|ur) (?:emergency )?(?:contacts|contact list|address book)\b",
            r"\b(?:your|ur) (?:emergency )?contacts\b[^.!?]{0,40}\b(?:will (?:hear|know|get a call|be told)|we(?:'ll| will) (?:call|text|contact|tell))",
            r"(?:联系|联络|通知|打给)" + _YOUR_OPT + r"(?:在)?[^，。,]{0,8}(?P<hit>所有(?:的)?(?:联系人|联络人|紧急联系人))",
            # Holding the employer's or family's numbers over the borrower ("你单位电话我们这边也都有").
            r"(?P<hit>" + _YOUR + _HELD_PEOPLE_ZH + r")[^。！!？?]{0,14}(?:我们|我)(?:这边|手上|手里|这里)?(?:也|都|全){1,2}(?:有|存着|查到)",
            r"(?:我们|我)(?:这边|手上|手里|这里)?(?:也|都|全){0,2}(?:有|存着|查到了?)(?P<hit>" + _YOUR + _HELD_PEOPLE_ZH + r")",
            r"\bwe(?:'ve| have)? (?:have|got|already have) (?P<hit>(?:your|ur) (?:boss|manager|employer|supervisor|HR|wife|husband|"
            r"mom|mother|dad|father|parents|sister|brother|family|coworkers?|colleagues?)(?:'s|s')? (?:numbers?|phone|contact|details|emails?))",
        ),
        veto=r"不会|绝不|不打|不联系|不找|\b(?:won't|will not|never|not going to|don't|do not)\b",
    ),
    # ---------------------------------------------------------------- privacy / unfair demand (context: third party answered)
    Behaviour(
        "third_party_disclose",
        "privacy",
        (
            r"(?P<hit>欠(?:了|下|款|钱|我们|我们的|咱们|咱|着|的钱|账|帐)?|还钱|把钱还(?:了|上)?|(?:赶紧|尽快|快点)(?:把钱)?还(?:钱|了|上)?|"
            r"逾期(?:了)?(?:[^，。,]{0,4})?|拖欠|还没还|一直没还|没还款|未还款|欠费|账单逾期|债务|贷款(?:逾期|没还)|催收|还款的事|还款事宜|"
            r"\d+(?:[,.]\d+)*\s*(?:块钱|块|元|万|千)(?:没还|未还|的欠款|欠款)?|[一二两三四五六七八九十几]+(?:万|千)(?:[一二两三四五六七八九]千)?(?:块)?)",
            r"(?P<hit>\bowes?\b|\bowed\b|\bdebt\b|\boverdue\b|\bpast due\b|\bdelinquent\b|\bbehind on\b|\b\d+ days? (?:late|behind|past due)\b|"
            r"\bcollections?\b|\bdefault(?:ed)?\b|\b(?:recovery|collection) (?:agency|department)\b|\bunpaid\b|\b(?:his|her|their) (?:account|loan|balance|payment|bill|car loan|credit card)\b|\bbalance\b|\bnot paying\b|\bhasn't paid\b|\bwon't pay\b|\bneeds to pay\b|[$£€]\s?\d+(?:[,.]\d+)*|\b\d+(?:[,.]\d+)*\s?(?:dollars|bucks)\b)",
        ),
        context="third_party",
    ),
    Behaviour(
        "relative_debt",
        "privacy",
        (
            # speaking to a relative about "your son's" debt: the reply itself shows a third party
            r"(?:你|您)(?:的|家)?(?:前夫|前妻|前任|儿子|女儿|老公|老婆|丈夫|妻子|爱人|哥哥|哥|弟弟|弟|姐姐|姐|妹妹|妹|爸爸|爸|妈妈|妈|孩子|同事|员工|下属|室友)"
            r"[^，。,？?你您]{0,10}(?P<hit>欠(?:了|下|款|钱|我们|着)|逾期|拖欠|没还|一直不还|不还钱)",
            r"\b(?:your|ur)\s+(?:son|daughter|husband|wife|brother|sister|mother|father|mom|dad|kid|roommate|employee|coworker|tenant)\s+(?P<hit>owes|owed|is (?:\d+|\w+) (?:days|months|weeks) (?:late|behind|overdue)|is behind on|hasn't paid|has not paid|is in collections|defaulted)\b",
            r"\b(?:is this|are you|am i (?:speaking|talking) (?:to|with))\s+(?:his|her)\s+\w+[^.!?]*[.!?]\s*(?:he|she)\s+(?P<hit>owes|is behind|hasn't paid|won't pay|is (?:\d+|\w+) days)",
        ),
        unless="consent",
    ),
    Behaviour(
        "third_party_pay",
        "unfair_demand",
        (
            r"(?P<hit>(?:帮|替|代)(?:他|她|你哥|你弟|你姐|你妹|你儿子|你女儿|你老公|你老婆|你爸|你妈|孩子)?(?:还|垫|付|交|缴|出|还上|垫上|还了|先还|先垫)|"
            r"请(?:你|您)(?:先)?(?:帮手|帮忙)?(?:帮(?:他|她)?)?(?:还|垫|付|交|缴)|(?:你|您)[^，。,？?]{0,6}?先(?:还|还上|垫|付|交|转)|(?:先)?借(?:他|她)(?:点)?钱|从(?:他|她)(?:的)?(?:这个月)?(?:工资|薪水)[^，。,？?]{0,4}扣|先(?:帮|替)?(?:他|她)?垫(?:上|一下|着)?|(?:你们)?家里(?:人)?(?:凑|出|垫)|凑(?:一)?凑|(?:转|打)(?:钱|款)(?:过来|给我们)|转(?:过来|给我们))",
            r"(?P<hit>\b(?:could|can|would) (?:you|she|he|one of you) (?:help with|make|put|send|get) (?:a |the |some )?(?:payment|it in|money)\b|\btake (?:the balance|it|the payments?) over\b|\bhow much (?:of (?:that|it) )?can (?:be paid|you pay)\b|\bcan (?:you|one of you) (?:pay|get it in|make a payment)\b|\bpayment of [$£€]\d[\d,.]* go in\b|\bchip in\b|\bpay (?:it|this|that) (?:for (?:him|her|them)|off for)|\bpay (?:for (?:him|her|them)|on (?:his|her|their) behalf)|\btake over (?:the|his|her) payments\b|\bcover (?:it|this|his|her|the (?:balance|payment|debt|amount))\b|\bhelp (?:him|her|them) (?:pay|out with)\b|\bsettle (?:it|this|his|her)\b|\b(?:the )?family should\b)",
        ),
        context="third_party",
        veto=_GUARANTOR,
    ),
    Behaviour(
        "third_party_press",
        "privacy",
        (
            r"(?P<hit>劝(?:一)?劝(?:他|她)?|劝(?:他|她)|催(?:一)?催(?:他|她)?|督促(?:他|她)?|(?:给|施)(?:他|她)(?:点)?压力|好好说说(?:他|她)|帮忙提醒|帮我(?:们)?(?:催|劝))",
            r"(?P<hit>\btalk some sense into\b|\bget (?:him|her) to pay\b|\bmake (?:him|her) pay\b|\bput (?:some )?pressure on\b|\bpressure (?:him|her)\b|\bremind (?:him|her) (?:to pay|about (?:the|his|her) (?:payment|debt|bill)))",
        ),
        context="third_party",
    ),
    # ---------------------------------------------------------------- unfair demand
    Behaviour(
        "nonliable_demand",
        "unfair_demand",
        (
            r"(?:让|叫|请|找)" + _YOUR_OPT + r"(?P<hit>(?:爸妈|父母|爸|妈|家人|家里人|老婆|老公|媳妇|爱人|儿子|女儿|孩子|兄弟|姐妹|哥|姐|弟|妹|亲戚|朋友)(?:们)?)"
            r"[^，。,？?]{0,4}?(?:先)?(?:替|帮着|帮忙|帮|给)?" + _YOU + r"?(?:还|垫|出钱|转钱|转过来|打钱|凑钱|掏钱|把[^，。,]{0,6}还)",
            r"(?:配偶|老婆|老公|妻子|丈夫|爱人)[^，。,]{0,12}?(?P<hit>(?:也|都)?(?:得|要|必须|有义务)(?:一起)?(?:承担|还))",
            r"(?:爸妈|父母|家人|家里人|老婆|老公|媳妇|爱人|儿子|女儿|孩子)(?P<hit>(?:也|都)?(?:得|有义务|要|必须)(?:替" + _YOU + r")?还)",
            r"(?:找|让|叫|问)" + _YOUR_OPT + r"(?P<hit>(?:爸妈|父母|爸|妈|家人|家里人|老婆|老公|媳妇|爱人|亲戚|兄弟|姐妹|哥|姐))[^，。,？?]{0,3}(?:凑|借|要钱|拿钱|出钱|把[^，。]{0,4}要|要(?=[。！!，,？?]|$))",
            r"(?P<hit>父债子还|子债父还|夫债妻还|一家人(?:的钱)?(?:就)?(?:都)?得还)",
            r"\b(?:your|ur)\s+(?:family|parents|wife|husband|mom|mum|dad|mother|father|son|daughter|brother|sister|kids|grandmother|grandma|employer|boss)\s+(?:should|can|could|will have to|need to|needs to|must|have to|has to|gotta|might)\s+(?:pay|chip in|cover|help (?:pay|with)|settle|pick up|put|take over|zelle|send)\b",
            r"\b(?P<hit>(?:she|he) (?:can|could|should) (?:make|cover) (?:the|this|a) payment|half (?:your|ur) (?:husband|wife|partner)'s)\b",
            r"\b(?:he|she|they)\s+(?:could|can|should)\s+(?:take over|cover|put half on)\s+(?:the|your|her|his)\s+(?:payments?|balance|card)\b|\bhave (?:your|ur)\s+(?:mum|mom|dad|wife|husband|parents|family|son|daughter)\s+(?:zelle|pay|send|transfer|cover)\b",
            r"\b(?:your|ur)\s+(?:son|daughter|husband|wife|father|mother|dad|mom|brother|sister|kid)'s\s+(?:debt|loan|balance|bill)\s+is\s+(?:now\s+)?your\s+(?:responsibility|problem|debt)\b",
            r"\byou(?:'re| are)\s+(?:now\s+)?(?:responsible|liable)\s+for\s+(?:his|her|their)\s+(?:debt|loan|balance|bill)\b",
        ),
        veto=_GUARANTOR,
    ),
    Behaviour(
        "new_borrow",
        "unfair_demand",
        (
            r"(?:去|找|从|到|在|上)?(?:别的|其他|其它|另外的?|其他的|别家)(?:平台|app|贷款|网贷|借款app|借款软件|银行|地方)[^，。,]{0,10}(?P<hit>借|贷|套|周转|撸)",
            r"(?P<hit>(?:借|贷|套)(?:点|些|个|一点|一些|笔)[^，。,？?]{0,3}(?:出来)?)[^。！!？?]{0,12}(?:先还|还上|平了|还了|把[^，。,]{0,8}(?:还|平|结清)|还我们)",
            r"(?P<hit>(?:办|开|申请|刷|用)(?:张|个|一张)?(?:新的?)?信用卡)[^。！!？?]{0,20}(?:套现|预借|取现|还|缴|交|付)|(?P<hit2>信用卡(?:套现|预借现金|取现))",
            r"(?:去|先|赶紧|不如|实在不行|要不|你就|就去|可以|找|上)[^，。,？?]{0,4}(?:借|贷|套|撸|开通|申请|用|找)(?:个|点|些|几个|一笔)?[^，。,？?]{0,3}(?P<hit>网贷|借呗|花呗|微粒贷|京东白条|白条|高利贷|小贷|口子|贷款中介)",
            r"(?:去|先|赶紧|不如|实在不行|要不|你就|就去|可以)[^，。,？?]{0,3}(?P<hit>网贷|借呗|花呗|微粒贷|白条|高利贷|小贷)(?:里|上|那边)?(?:借|套|贷|取|弄|搞|整)",
            r"(?P<hit>借新(?:的)?还旧(?:的)?|当铺|典当|押店|(?:股票|房子|车)(?:去)?(?:做)?(?:质押|抵押)(?:借款)?|(?:去|找)(?:小额贷款公司|小贷公司|贷款公司|借贷公司)|是做(?:小额贷款|小贷|网贷|贷款)的|(?:花呗|信用卡|白条)[^，。,]{0,12}套现|以贷养贷|拆东墙补西墙|撸口子|以" + _YOUR_OPT + r"(?:老婆|老公|家人|父母|爸妈|朋友|亲戚)?的名义(?:再)?(?:借|贷|办))",
            r"(?:去|先)[^，。,？?]{0,4}(?P<hit>二胎|房屋抵押|抵押借款)",
            r"(?P<hit>(?:找|跟|向|问)(?:" + _YOUR_OPT + r")(?:朋友|同事|亲戚|家人|家里人|兄弟|同学|朋友同事|亲朋好友|老板|公司|单位|领导)[^，。,？?要]{0,4}(?:先)?(?:周转|借(?!款)|挪|凑|拆借|预支))",
            r"(?P<hit>(?:让|请)(?:" + _YOUR_OPT + r")(?:公司|单位|老板|领导)[^，。,？?]{0,4}(?:借|预支))",
            r"(?P<hit>卖(?:掉)?(?:肾|血|房|车))|(?P<hit3>去(?:借|贷)(?:钱|款|点)?(?:也|都)?(?:得|要)还)",
            r"\b(?P<hit>ask\s+(?:your|ur)\s+(?:\w+\s+)?(?:" + _FAMILY_EN[3:-1] + r")\s+(?:to|for)\s+(?:cover|pay|lend|loan|help (?:you )?pay|spot|bail|a loan|the money|money))\b(?!\s+(?:his|her|their))",
            r"\b(?:grab|get|take|apply for|find|try|use|do|open)\s+(?:out\s+)?(?:a|another|some|one of those)?\s*(?:small\s+|quick\s+|little\s+)?(?P<hit>payday loans?|title loans?|cash advances?|credit card advance)\b",
            r"\b(?P<hit>pawn (?:shop|your \w+)|payday lender|balance transfer)\b|\bwith\s+(?P<hit2>a cash advance)\b",
            r"\b(?P<hit>(?:get|open|apply for|thought about|try|take out)\s+(?:a\s+|another\s+)?new credit card)\b|\b(?P<hit3>use (?:your card|the card|your credit card|that card|your credit) to pay (?:us|this|it)(?: off)?)\b",
            r"\b(?P<hit>(?:take|taking)\s+out\s+(?:a|another|a new|some)\s+(?:loan|personal loan|credit card|line of credit|advance))\b",
            r"\b(?P<hit>(?:borrow|borrowing)\s+(?:it|the money|some money|some cash|from)\b)[^.!?]{0,40}\b(?:pay (?:us|this|it|me)|clear|settle|to pay)\b",
            r"\b(?P<hit>(?:max|maxing)\s+out|put it on (?:a|your|another) (?:credit )?card|open (?:a|another) (?:new )?(?:credit )?card|use (?:a|your|another) credit card to pay)\b",
            r"\b(?P<hit>(?:borrow|get)\s+(?:it|the money|some money)\s+from\s+(?:a friend|friends|family|your (?:family|friends|parents|folks|brother|sister)|someone|somebody|anyone))\b",
        ),
    ),
    Behaviour(
        "personal_account",
        "unfair_demand",
        (
            r"(?P<hit>(?:个人|私人|我自己的)(?:微信|支付宝|账户|帐户|账号|帐号|银行卡|卡|收款码|二维码|私户|户口|转数快|fps|FPS)|我的(?:银行卡|收款码|私户|卡号|个人账户))",
            r"(?P<hit>(?:转|打|付|汇|给)(?:到|给)?我(?:个人|私人|自己)?(?:的)?(?:微信|支付宝|卡|银行卡|账户|账号|帐户|收款码)(?:上|里)?|(?:转|转账|付|打)(?:给)?我私人)",
            r"(?P<hit>(?:转|打|付|汇)(?:到|给)?(?:我)?(?:朋友|同事|亲戚|表哥|表弟|老婆|媳妇)(?:的)?(?:卡|账户|账号|支付宝|微信))",
            r"\b(?:send|zelle|venmo|pay|paying|transfer|wire|deposit|put|paypal|cash ?app)\b[^.!?]{0,40}?\b(?P<hit>(?:my|our)\s+(?:personal|private|own)\s+(?:account|number|card|venmo|zelle|paypal|cash ?app|bank(?: account)?|phone))\b",
            r"\b(?P<hit>my\s+(?:personal|private)\s+(?:venmo|zelle|paypal|cash ?app|bank account)|my business account|this account instead|(?:alipay|wechat|venmo|zelle|paypal|cash ?app) me\b|(?:to|into) my (?:wechat|alipay))\b",
            r"\b(?P<hit>(?:to|into|on|via)\s+my\s+(?:venmo|zelle|paypal|cash ?app|chime))\b|\b(?P<hit2>(?:venmo|zelle|paypal|cash ?app)\s+(?:it|that|the (?:money|\$?\d+))\s+(?:to|directly to)\s+me)\b",
            r"\b(?P<hit>my\s+(?:cousin|friend|brother|sister|wife|husband|buddy|girlfriend|boyfriend|mom|dad)'s\s+(?:account|card|venmo|zelle|paypal))\b",
            r"\b(?P<hit>send (?:it|the money|the payment|the \$?\d+) (?:straight |directly )?to me)\b",
        ),
        veto=r"诈骗|报警|骗子|冒充|\bscams?\b|fraud|impersonat|只用官方|官方渠道|官方app|温馨提示|official (?:channel|app|portal|website)",
        require=r"转|打款|打钱|付|汇|还|交|缴|存|扫|收款|销账|入账|send|zelle|venmo|pay|transfer|wire|deposit|cash ?app|paypal|applied|money|\$|\bput\b|knock off|fee",
    ),
    Behaviour(
        "fee",
        "unfair_demand",
        (
            r"(?P<hit>(?:收|加收|另收|再收|多收|额外收|交|缴|付|扣)[^，。,]{0,10}(?:上门)?(?:催收|外访|上门|处理|加急|出差|电话|通讯|跑腿|人工|律师)(?:服务)?费)",
            r"(?P<hit>(?:催收|外访|上门催收|上门|出差|跑腿|电话|律师|加急)(?:服务)?费)[^，。,]{0,8}(?:\d|[一二三四五六七八九十百千两]+(?:块|元))",
            r"(?P<hit>每(?:打|催)(?:一)?(?:次|个)(?:电话)?(?:就)?(?:加|收|多收|算))",
            r"(?P<hit>(?:加收|另收|额外收|多收|再收)[^，。,]{0,10}(?:管理|手续|服务|违约|通讯|电话)费)",
            r"(?:收|交|缴|付|加|产生)[^，。,]{0,10}(?P<hit>[“\"「『]?(?:宽限|延期|展期|处理|处置|司法处置|法务|审核|评估|分期服务|违约处理|外访|通讯|短信|催收令|律师|结案|追偿|担保追偿|咨询)费[”\"」』]?|(?:分期|宽限|延期)保证金)",
            r"[“\"「『](?P<hit>[^”\"」』，。]{1,8}费)[”\"」』]",
            r"(?P<hit>[$£€]\s?\d[\d,.]*\s+(?:daily\s+)?(?:collection|collections|processing|visit|call|service|admin|administrative|handling|recovery|field|investigation|skip-?trace|lawyer|attorney|legal|legal review|review|rescheduling|reschedule|extension|settlement|setup|set-up|litigation|doorstep|plan|late-contact|contact|missed-call|callback|reminder)\s+(?:fee|penalty|charge))\b",
            r"\b(?P<hit>(?:collection|collections|processing|visit|recovery|call|handling|field)\s+fee)\s+(?:of\s+)?(?:[$£€]\s?\d|on top|added|tacked)",
            r"\b(?P<hit>(?:tack|add|charge|slap)(?:s|ing)?\s+(?:on\s+)?(?:an?\s+)?(?:extra\s+)?\$?\s?\d[\d,.]*\s+(?:for|every|each|per)\s+(?:every\s+|each\s+)?(?:call|letter|visit|day|reminder|time we))",
            r"(?P<hit>[$£€]\s?\d[\d,.]*\s+(?:for|per)\s+(?:every|each)\s+(?:call|letter|visit|reminder))",
        ),
        veto=_CONTRACT_OK + r"|减免|免除|waive|no fee|开庭|败诉|诉讼费|法院判",
    ),
    Behaviour(
        "fee_false",
        "deception",
        (),  # filled below from "fee" (same words, deception label: an invented charge)
        veto=_CONTRACT_OK + r"|减免|免除|waive|no fee|开庭|败诉|诉讼费|法院判",
    ),
    Behaviour(
        "amount_override",
        "deception",
        (
            r"(?P<hit>合同是合同|别管合同|不管合同(?:写的)?|合同(?:上)?写的不算|以(?:我们)?系统为准[^，。,]{0,6}(?:不是合同)?|别问那么多)",
            r"\b(?P<hit>forget (?:what )?(?:the|your) (?:contract|agreement)(?: says)?|doesn't matter what (?:the|your) (?:contract|agreement) says|the (?:contract|agreement) doesn't matter)\b",
        ),
        context="amount",
    ),
    Behaviour(
        "amount_override_demand",
        "unfair_demand",
        (),  # filled below from "amount_override"
        context="amount",
    ),
    # ---------------------------------------------------------------- deception
    Behaviour(
        "impersonate_official",
        "deception",
        (
            r"(?:我|我们|这里|这边|本人|咱们)(?:就|这边)?是[^，。,！!？?]{0,12}?(?P<hit>公安局?|派出所|经侦|刑警|刑侦|警察|警方|民警|法院|法庭|人民法院|执行局|检察院|地检署|地检|调查局|政府|银保监|金管会|金融监管|网警|反欺诈中心|反诈中心|征信中心|人民银行|央行|最高人民法院)(?!合作|委托)",
            r"这是[^，。,！!？?]{0,6}?(?P<hit>公安局|派出所|法院|执行局|检察院|经侦)(?=[，。,！!？?\s]|$|的(?:电话|工作人员|通知|来电))",
            r"(?P<hit>【(?:征信中心|人民银行|中国人民银行|法院|人民法院|公安|经侦|检察院|国家反诈中心|反诈中心)[^】]{0,8}】)",
            r"(?P<hit>这边是公安|这边是法院|我是[^，。,]{0,6}(?:警官|民警|法官|书记员|执行法官|检察官))",
            r"(?:代表|受)(?P<hit>法院|公安|检察院|政府)(?:委托)?(?:通知|正式通知)",
            r"\b(?:this is|i'm|i am|it's|we are|we're)\s+(?P<hit>officer|detective|agent|deputy|sergeant|sheriff|marshal|investigator|special agent|judge)\s+[A-Za-z]",
            r"\b(?:this is|i'm|i am|we are|we're|calling from|calling on behalf of|i'm calling from|i'm from|we're from|i am from)\s+(?:the\s+)?(?:\w+\s+)?(?P<hit>police|sheriff(?:'s)? (?:department|office|debt unit)|county sheriff|fbi|irs|department of justice|doj|district attorney'?s? office|attorney general'?s? office|federal (?:agency|government|bureau)|government|court(?:house)?|marshals? service)\b(?!-)",
            r"\b(?:with|from)\s+the\s+(?:\w+\s+)?(?P<hit>police department|sheriff(?:'s)? (?:department|office|debt unit)|fbi|irs|marshals? service|district attorney'?s? office)\b",
        ),
    ),
    Behaviour(
        "impersonate_lawyer",
        "deception",
        (
            r"(?:我|我们|这里|这边|本人)(?:就)?是[^，。,！!？?]{0,12}?(?P<hit>律师事务所|律所|律师(?!事务所))(?!合作|委托|协助)",
            r"(?P<hit>律师函已(?:经)?(?:发出|寄出|发了|寄了|发到)|已(?:经)?(?:给" + _YOU + r")?(?:发|寄)(?:出)?(?:了)?律师函)",
            r"\b(?:i'm|i am|this is)\s+(?:an?\s+|the\s+|your\s+)?(?:\w+\s+)?(?P<hit>attorney|lawyer|solicitor|legal counsel)\b",
            r"\b(?P<hit>attorneys? at law|law (?:firm|offices?) of|esq\.?)\b",
            r"\b(?:on behalf of|calling from|with|from)\s+[^.!?]{0,30}\b(?P<hit>law (?:firm|office|group)|attorneys|legal counsel|solicitors)\b",
        ),
    ),
    Behaviour(
        "crime_claim",
        "deception",
        (
            r"(?:就是|就算|算是|属于|构成|涉嫌|这是|这叫|等于|已经是|性质是|定性为)(?:恶意透支|信用卡|合同|恶意|违约|违法)?(?P<hit>犯法|诈骗|骗贷|恶意骗贷|犯罪|违法犯罪|刑事(?:案件|犯罪)?|盗窃|偷钱)",
            r"(?P<hit>留案底|案底|犯罪记录|刑事责任|转(?:到)?刑事|转成刑事|刑事那边|移交(?:给)?(?:公安|经侦|检察院)|移送(?:公安|检察院)|通缉(?!令)|(?:公安|经侦|检察院|地检署|地检|警察)[^，。,不没未]{0,6}(?:已经)?(?:受理|立案|介入))",
            r"\b(?:is|it's|that's|this is|counts as|considered|basically|that is|amounts to|equals)\s+(?P<hit>theft|stealing|fraud|a crime|criminal|a felony|larceny|embezzlement)\b",
            r"\b(?P<hit>(?:turned|handed|referred|sent|passed|forwarded|reported)\s+(?:your|ur|the)\s+(?:file|case|account|name)\s+(?:over\s+)?to\s+(?:the\s+)?(?:police|cops|da|district attorney|prosecutors?|fbi|authorities))\b",
            r"(?P<hit>(?:属于|触犯|违反)刑法|刑法(?:的)?范围|恶意(?:倒债|逃债|逃废债)|(?:只还本金|不还钱?|逾期|不接电话)(?:就)?是违法的)",
            r"\b(?P<hit>criminal (?:debt|matter|offen[cs]e)|(?:automatic |a )?felony(?: charges?)?|misdemeanou?r)\b",
            r"\byou\s+(?:committed|are committing|have committed|did)\s+(?P<hit>fraud|theft|a crime|a felony)\b",
            r"\byou(?:'re| are)\s+(?:a\s+|basically\s+a\s+)?(?P<hit>criminal|fraudster|committing (?:a crime|fraud|theft))\b",
            r"\b(?P<hit>criminal (?:charges?|case|complaint|record|investigation|prosecution|proceedings)|press(?:ing)? charges|prosecute you|be prosecuted|report(?:ing)? you to the police|file a police report)\b",
        ),
        veto=r"报警|冒充|防骗|反诈|骗局|诈骗电话|\bscams?\b|impersonat|gift cards?|report it to",
    ),
    Behaviour(
        "arrest_jail",
        "deception",
        (
            r"(?P<hit>抓" + _YOU + r"|来抓|被抓|抓起来|抓进去|坐牢|蹲(?:大)?牢|吃牢饭|进监狱|蹲监狱|判刑|判" + _YOU + r"|刑拘|拘留|关起来|被关|关进去|上门抓|铐走|戴手铐|(?:就|就得|就要|等着)进去(?:了|蹲)?)",
            r"\b(?P<hit>(?:the\s+)?(?:sheriff|police|cops|marshals?|deputies)\b[^.!?]{0,20}\b(?:come|coming|show up|showing up|knock|pick you up|be at your|visit|swing by|stop by))",
            r"\b(?P<hit>arrest(?:ed)?|(?:a|the|an)\s+(?:\w+\s+)?warrant|jail(?: time)?|prison|behind bars|lock(?:ed)? (?:you )?up|handcuffs?|cuffed|locked away)\b",
        ),
    ),
    Behaviour(
        "fake_legal_action",
        "deception",
        (
            r"(?P<hit>(?:今天|今晚|明天|明早|后天|马上|立刻|立即|下周|这周|本周|周[一二三四五六日]|\d+(?:天|小时)(?:内|之内)?)[^，。,]{0,4}(?:就|直接|便)(?:会)?(?:立案|起诉|开庭|冻结|查封|强制执行|上门抓|抓|拘留|划扣|扣押|拍卖|执行))",
            r"(?P<hit>已(?:经)?(?:立案|起诉|判决|判了|冻结|查封|申请(?:了)?强制执行|进入执行|被起诉|被立案))",
            r"(?P<hit>传票(?:已经?|马上|明天|下周|这周|会|今天)?(?:发出|寄出|寄到|送达|送到|到|下来)|(?:会|将|已经?|马上)(?:寄出|发出|下发)(?:法院)?传票|法院(?:的)?(?:通知|判决书|执行令)已(?:经)?(?:下来|发出|出来))",
            r"(?P<hit>冻结" + _YOUR_OPT + r"(?:银行卡|账户|微信|支付宝|工资卡|工资)|查封" + _YOUR_OPT + r"(?:房子|房产|车|财产)|扣" + _YOUR_OPT + r"(?:工资)(?!单))",
            r"\b(?P<hit>(?:judge|court)\s+(?:signs|will sign|is signing|has signed|already signed|'ll sign))\b",
            r"\b(?P<hit>take (?:away )?your (?:house|home|car|property|kids)|garnish(?:ing|ment)?|levy|seize|seizing|freeze|freezing)\b[^.!?]{0,30}\b(?:wages?|paycheck|bank account|house|home|car|property)\b[^.!?]{0,25}\b(?:today|tonight|tomorrow|this week|next week|friday|monday|tuesday|wednesday|thursday|saturday|sunday|by \d|within)\b",
            r"\b(?:we(?:'re| are)|i'm|i am)\s+(?P<hit>garnishing|seizing|freezing|levying|suing you|filing (?:suit|a lawsuit|charges))\b",
            r"(?P<hit>(?:发|寄|送)(?:了)?[^，。,]{0,8}(?:法院)?传票)",
            r"\b(?P<hit>(?:already )?(?:a )?judge (?:has been |is )?assigned|(?:under|by) (?:federal|state) law,? you (?:have to|must|are required to) pay|irs (?:can|will) (?:seize|take|garnish))\b",
            r"(?P<hit>(?:和|跟|与)(?:法院|公安|派出所|警方)(?:是)?有合作|合作的(?:派出所|法院|公安)|有执法权|法律规定(?:必须|一定要)|按法例(?:我们)?一定要)",
            r"\b(?P<hit>(?:your|ur)\s+court date is (?:set|scheduled)|legal proceedings (?:have been |were |are )?(?:initiated|started|commenced|underway)|hearing (?:is )?(?:pending|scheduled)|transferred to the litigation department)\b",
            r"\b(?P<hit>(?:summons|subpoena|court papers?|lawsuit)\s+(?:has been|was|were|have been|is being|are being|went|goes)\s+(?:\w+\s+)?(?:mailed|sent|served|issued|filed|out))\b",
            r"\b(?P<hit>(?:we|they)(?:'ve| have)\s+already\s+(?:filed|sued|got a judgment|obtained a judgment)|(?:there's|there is)\s+(?:already\s+)?a judgment against you)\b",
            r"\b(?P<hit>(?:you|u)\s+can(?:'t|not)\s+dispute\s+(?:this|it|the debt))\b",
        ),
        veto=_POSSIBLE,
    ),
    Behaviour(
        "exaggerate",
        "deception",
        (
            r"(?P<hit>(?:全国|全网|行业|金融)?(?:黑名单|失信(?:人员)?(?:名单|被执行人)|老赖名单|不良信用库|不良记录库))",
            r"(?:孩子|子女|小孩|儿子|女儿|下一代|后代)[^。！!]{0,12}(?P<hit>考公(?:务员)?|公务员|政审|参军|当兵|上(?:不了)?(?:好)?学|入学|读书|升学|考大学|出国|上私立学校|私立学校|好学校)[^。！!]{0,8}(?:受影响|影响|不了|不行|没戏|都不行|受限|受到限制|限制)",
            r"(?P<hit>天网|全国的摄像头|永久免息|征信修复|(?:删掉|删除|消除|洗白|抹掉)(?:您的|你的)?(?:征信(?:上的)?)?(?:逾期记录|不良记录|征信记录)|(?:征信上的)?逾期记录删掉|限制出境|限制高消费|重点关注人员|催收令|失信证明|信用惩戒平台|严重失信)",
            r"(?P<hit>征信(?:就|会|都)?(?:永远|一辈子|终身|彻底)(?:黑|花|废|毁)|(?:这辈子|一辈子|永远|终身)(?:都|再也)?(?:贷不了|借不了|买不了房|办不了)(?:款|卡|贷款)?)",
            r"(?P<hit>(?:坐不了|不能坐|禁止坐|上不了)(?:飞机|高铁|火车)|全家(?:都)?(?:受影响|连坐|上征信)|连累(?:全家|家人|子女))",
            r"\b(?P<hit>blacklist(?:ed)?)\b",
            r"\b(?P<hit>(?:won't|will not|never) (?:be |get |gets )?reported (?:anywhere|to anyone)|(?:past |any )?(?:reporting|records?) (?:gets|will be|is) (?:erased|wiped|deleted)|stops the lawsuit forever|(?:visa|passport)[^.!?]{0,30}\b(?:denied|revoked|cancelled)|(?:phone )?number will be blocked|deport(?:ed|ation)?)\b",
            r"\b(?P<hit>(?:you'll|you will|you're going to|you are going to|you're gonna)\s+lose\s+(?:your|ur)\s+(?:house|home|car|job|kids|children|apartment))\b",
            r"\b(?P<hit>(?:your|ur)\s+(?:kids|children|family)\s+will\s+(?:be paying|pay|inherit|suffer|be stuck with))\b",
            r"\b(?P<hit>(?:no|never)\s+(?:landlord|bank|employer|lender|one)\s+(?:will|would)\s+(?:ever\s+)?(?:rent|lend|hire|give|approve))\b",
            r"\b(?P<hit>(?:your|ur)\s+(?:kids?|children)(?:'s)?\s+(?:credit|future|school|college))\b[^.!?]{0,30}\b(?:ruin|affect|hurt|suffer|destroy|pay)",
            r"\b(?P<hit>ruin(?:ed)?\s+(?:your\s+)?(?:credit|life)\s+(?:for ever|forever|for life|permanently))\b|\b(?P<hit2>(?:report|reported)\s+(?:this\s+|you\s+)?as\s+fraud)\b",
        ),
        veto=r"骗局|诈骗|不要交钱|\bscams?\b|只有|才(?:会|可能|能)|判决(?:生效)?后|没到那一步|还没到|谣言|不存在|\bmyth\b|\bonly (?:if|after|when)\b|\bunless a court\b|no such thing",
    ),
    # ---------------------------------------------------------------- harassment
    Behaviour(
        "hours_zh",
        "harassment",
        (ZH_TIME,),
        check=hours_check_zh,
        negatable=True,
    ),
    Behaviour(
        "hours_en",
        "harassment",
        (EN_TIME,),
        check=hours_check_en,
    ),
    Behaviour(
        "hours_night",
        "harassment",
        (
            r"(?P<hit>半夜|深夜|凌晨|三更半夜|大半夜|半夜三更|午夜)[^，。,！!？?]{0,6}?(?:打|call|联系|找" + _YOU + r"|上门|发短信|轰炸|敲门)",
            r"\b(?P<hit>every morning at (?:five|six|seven|[5-7])(?::\d\d)?|at (?:five|six|seven) (?:a\.?m\b\.?|in the morning)|at (?:ten|eleven|twelve) (?:p\.?m\b\.?|tonight|at night))",
            r"\b(?:call|calling|ring|ringing|text|texting|phone|visit|knock|hear from (?:me|us)|expect (?:a|my|our) call|be calling|be ringing|be knocking)\b[^.!?,;]{0,25}?\b(?P<hit>midnight|middle of the night|crack of dawn|the wee hours|at dawn|before (?:sunrise|dawn)|late at night|all night(?: long)?)\b",
        ),
        check=bare_night_check,
    ),
    Behaviour(
        "frequency",
        "harassment",
        (
            r"(?P<hit>每(?:隔)?(?:个|一个)?(?:小时|钟头|钟|半小时|半个小时|半个钟|十分钟|五分钟|\d+分钟|[一二两三四五六七八九十几]+分钟|一会儿?)(?:就)?[^，。,]{0,4}(?:打|拨|call|联系|发|催|轰炸))",
            r"(?P<hit>(?:打|call|拨|发)(?:到|爆)" + _YOU + r"?(?:接|还|还钱|还清|崩溃|关机|换号|受不了)?(?:电话)?为止|打爆" + _YOUR_OPT + r"(?:电话|手机)|"
            r"(?:电话|短信|消息)?轰炸" + _YOU + r"?|呼死" + _YOU + r"|夺命连环call|连环call|换(?:着)?号(?:码)?(?:继续|接着|一直)?(?:打|call|拨)|不停(?:地)?(?:给" + _YOU + r")?打|"
            r"没日没夜(?:地)?(?:给" + _YOU + r")?打|24小时(?:不间断|轮流|轮番|不停)|二十四小时(?:不间断|轮流|轮番|不停)|轮番(?:打|轰炸|上阵)|轮流(?:给" + _YOU + r")?打)",
            r"(?P<hit>(?:就|会|要|我|我们|以后)天天(?:给" + _YOU + r")?(?:打|打电话|call|轰炸|骚扰|找" + _YOU + r"|上门))",
            r"(?:一天|每天|一日|每日|天天)(?:都)?(?:给" + _YOU + r")?(?:打|call|拨|打给)" + _YOU + r"?(?:[^，。,\d]{0,5}?)(?:电话)?(?P<n>\d+|[一二两三四五六七八九十百几]+|好几|无数|几十|上百|几百)(?:遍|次|个电话|通电话|通)",
            r"\b(?P<hit>every\s+(?:single\s+)?(?:hour|half[- ]hour|\d+\s+minutes|few minutes|couple (?:of )?hours|thirty minutes|fifteen minutes|ten minutes))\b",
            r"\b(?P<n>twice|thrice)\s+(?:a|per|each|every)\s+day\b",
            r"\b(?P<n>\d+|two|twice|three|thrice|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a hundred|hundred|several|multiple|a dozen|dozens of)\s+(?:times|calls)\s+(?:a|per|each|every)\s+day\b",
            r"(?<!you )(?<!if u )\b(?P<hit>keep (?:on )?(?:calling|ringing|texting|phoning|dialing)(?!\s+(?:us|me|back|our|the (?:office|number|hotline)))|won't stop (?:calling|texting)|never stop calling|blow up your phone|auto-?dial(?:er)?|(?:call|ring|text)(?:ing)?\s+(?:you\s+)?(?:nonstop|non-stop|all day|day and night|around the clock|24/7|until you (?:pay|answer|pick up|crack)))\b",
            r"\b(?P<hit>(?:calls?|texts?) (?:daily|every (?:morning|night|evening)))\b",
            r"\b(?P<hit>(?:expect|get|getting|receive|receiving)\s+(?:daily|hourly|constant|nonstop|non-stop)\s+(?:calls|texts|visits|messages)|(?:texts?|calls?|messages?) at all hours|(?:texting|calling|emailing)\b[^.!?]{0,30}\bdaily)\b",
            r"(?P<hit>(?:我|我们|就|会)[^，。,]{0,3}?一(?:直|路)打(?:下去|到底)?|(?:日日|天天)(?:都会|都)打|一天不还[^。！!]{0,4}(?:我)?一天(?:不停|都打|都会打)|(?:我)?一(?:天|日)都会打|一天打到晚|轮着打|循环(?:打|call)|后面还有[\d一二三四五六七八九十百]+个)",
            r"\b(?P<hit>every (?:single )?day until|(?:calls?|texts?|emails?)\b[^.!?]{0,40}\bevery (?:single )?day\b)",
        ),
        check=per_day_check,
        veto=r"normal hours|business hours|reasonable hours|工作时间|正常时间|in writing to stop",
    ),
    Behaviour(
        "end_call",
        "harassment",
        (
            r"(?P<hit>(?:挂|收线)[^，。,]{0,3}(?:我)?(?:会|就)?(?:即刻|马上|立刻|立即)再打|(?:不准|不可以|不能|别)收线|不准挂|不许挂|(?<!能)不能挂|别想挂|谁也别想挂|(?:敢)?挂(?:一个|了|个)?试试|挂了(?:我)?(?:就)?(?:换号|接着打|继续打|再打|马上打)|不准走|别想走)",
            r"\b(?P<hit>can't let you go (?:until|till)|(?:i'm|i am) not hanging up (?:till|until)|(?:you're|you are|u r|ur) not (?:hanging up|going anywhere|getting off this (?:call|phone))|don't (?:you )?dare hang up|(?:hang up|hang up on me) and (?:i'll|i will|we'll|we will)|nobody hangs up|you can't hang up|stay on the line until)\b",
        ),
    ),
    Behaviour(
        "end_call_ctx",
        "harassment",
        (
            r"(?P<hit>(?:先)?别挂|(?:还)?没(?:说|讲|聊|谈)完|说完(?:再|才)(?:能|准)?挂|不差这一会儿?|(?:必须|得|要)现在(?:就)?(?:说|谈|解决)|今天(?:必须)?(?:说|谈)清楚(?:再挂)?)",
            r"\b(?P<hit>we(?:'re| are) not (?:done|finished)|not so fast|we (?:settle|sort|finish|deal with) this (?:right )?now|this can't wait|don't hang up)\b",
        ),
        context="end_call",
    ),
    Behaviour(
        "cease_ctx",
        "harassment",
        (
            r"(?P<hit>(?:还是|照样|继续|接着|照|偏|就要|仍然|还得|只能|还)(?:会|要|得)?(?:再)?(?:每天|天天|一直)?(?:给" + _YOU + r")?打(?:电话|给" + _YOU + r")?|接了(?:电话)?(?:不就|就)不响了|打电话(?:更)?(?:方便|快|直接)|" + _YOU + r"接就是了|不打电话不行|电话(?:还是)?(?:得|要)打)",
            r"\b(?P<hit>(?:stick|sticking) (?:with|to) (?:calling|phone calls|the phone)|keep (?:calling|ringing|phoning)|(?:i|we)(?:'ll| will|'m going to| am going to| are going to|'re going to| gonna)\s+(?:still\s+|just\s+|keep\s+|be\s+)?(?:call|calling|ring|phone)(?:ing)?|calls? (?:will )?(?:continue|keep coming)|follow up with a call|give you a call|(?:be )?in touch by phone|doesn't apply to (?:our|these) calls|(?:a|another) call (?:next|tomorrow|later)|you'll (?:get|be getting) (?:calls|a call)|talk tomorrow|doesn't matter,? we(?:'ll| will) (?:call|keep))\b",
        ),
        context="no_call",
    ),
    Behaviour(
        "work_ctx",
        "harassment",
        (
            r"(?P<hit>(?:还是|照样|继续|接着|照|偏|就要|仍然|还会|会)?(?:打|打到|打去|找到|去)" + _YOUR_OPT + r"(?:公司|单位|办公室|厂里|工地|前台|座机))",
            r"\b(?P<hit>(?:keep|continue) (?:using|calling) (?:it|that number|your work number|the work number)|(?:your|the) work number)\b",
            r"(?P<hit>(?:一会|一个小时|半小时|等下|待会|晚点|两个小时)(?:后|以后)?(?:我)?再打)",
            r"\b(?P<hit>(?:call|ring|reach|calling|ringing)\s+(?:you\s+)?(?:at\s+)?(?:your|the|ur)\s+(?:work|office|job|workplace|desk)(?:\s+line)?|at (?:your|ur) (?:work|office|job))\b",
        ),
        context="work",
    ),
    Behaviour(
        "work_insist",
        "harassment",
        (
            r"\b(?P<hit>keep calling (?:you at )?(?:your|ur) (?:office|work|job)(?: line)?)\b|\b(?P<hit2>(?:your|ur) boss can deal with it)\b",
            r"(?P<hit>(?:照样|继续|天天|还是)(?:往|打到|打去)" + _YOUR_OPT + r"(?:公司|单位)(?:打)?)",
        ),
    ),
    Behaviour(
        "night_ctx",
        "harassment",
        (
            r"(?P<hit>(?:晚上|今晚|夜里|明晚|晚点)[^，。,不没别前]{0,10}?(?:打|联系|call))(?!前)",
            r"\b(?:call|ring|text|phone|try)\w*\b[^.!?,;]{0,25}?\b(?P<hit>tonight|this evening|at night|in the evening)\b",
        ),
        context="no_night",
    ),
    Behaviour(
        "lawyer_ctx",
        "harassment",
        (
            r"(?P<hit>(?:今天|什么时候|哪天|几号|这周)(?:能|可以)?(?:先)?还(?:多少|钱|款)?|还是会(?:每天|天天)?打|(?:本人|你|您)的(?:手机|电话)(?:我们)?(?:还是|照样|继续))",
            r"\b(?P<hit>when can you pay|how much can you pay|while i have you|can you (?:make a )?pay(?:ment)?|we(?:'ll| will) (?:still|keep) (?:call|contact)\w*)\b",
        ),
        context="lawyer",
    ),
    Behaviour(
        "late_ctx",
        "harassment",
        (
            r"(?P<hit>既然" + _YOU + r"?(?:现在)?(?:接了|醒着|还没睡)|(?:那|就)(?:咱们|我们)?现在(?:就)?(?:说|谈|聊)|就现在|(?:继续|接着)(?:聊|说|谈)|(?:还)?没(?:说|聊|谈)完|(?:不差|不在乎)这一会儿?|晚(?:又)?怎么了|(?:现在|今晚)(?:必须|就得)(?:说|谈|解决)|睡什么(?:睡|觉))",
            r"\b(?P<hit>(?:you're|you are) (?:up|awake) now|since you(?:'re| are) (?:up|awake)|while i have you|we(?:'re| are) not (?:done|finished)|this can't wait|(?:so what|who cares)(?: if it's late)?|you can sleep (?:after|when|later))\b",
        ),
        context="late",
    ),
)


def _fill_aliases(lex: tuple[Behaviour, ...]) -> tuple[Behaviour, ...]:
    by_key = {b.key: b for b in lex}
    alias = {"fee_false": "fee", "amount_override_demand": "amount_override"}
    out = []
    for b in lex:
        if b.key in alias and not b.patterns:
            src = by_key[alias[b.key]]
            b = Behaviour(b.key, b.label, src.patterns, b.context, b.veto, b.negatable, b.check, src.require, b.unless)
        out.append(b)
    return tuple(out)


LEXICON = _fill_aliases(LEXICON)
BEHAVIOURS: dict[str, Behaviour] = {b.key: b for b in LEXICON}


# --------------------------------------------------------------------------------------------
# 5. Rules and packs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One rule of a pack: an id from compliance-rules.md, descriptions, and the behaviours
    it is reported for. Its labels and patterns come from those behaviours."""

    id: str
    desc_zh: str
    desc_en: str
    behaviours: tuple[str, ...]

    @property
    def labels(self) -> tuple[str, ...]:
        seen: list[str] = []
        for k in self.behaviours:
            lab = BEHAVIOURS[k].label
            if lab not in seen:
                seen.append(lab)
        return tuple(seen)

    @property
    def label(self) -> str:
        return self.labels[0]

    @property
    def patterns(self) -> tuple[re.Pattern, ...]:
        return tuple(p for k in self.behaviours for p in BEHAVIOURS[k].compiled)

    def description(self, lang: str) -> str:
        return self.desc_zh if lang == "zh" else self.desc_en


@dataclass(frozen=True)
class Pack:
    name: str
    rules: tuple[Rule, ...]
    params: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        mapped = [k for r in self.rules for k in r.behaviours]
        unknown = set(mapped) - set(BEHAVIOURS)
        if unknown:
            raise ValueError(f"pack {self.name!r} maps unknown behaviours {sorted(unknown)!r}")
        dupes = {k for k in mapped if mapped.count(k) > 1}
        if dupes:
            raise ValueError(f"pack {self.name!r} maps behaviours twice: {sorted(dupes)!r}")

    @cached_property
    def by_behaviour(self) -> dict[str, Rule]:
        return {k: r for r in self.rules for k in r.behaviours}

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


# a pathological reply (the same threat pasted 1,000 times) gets at most this many spans per rule
# and label: enough to show, and it bounds the time spent on one reply
MAX_EVIDENCE_PER_RULE = 20


def _hit_span(m: re.Match) -> tuple[int, int]:
    """The span of the `hit` group that took part in the match, else the whole match."""
    for name in m.re.groupindex:
        if name.startswith("hit") and m.group(name) is not None:
            return m.span(name)
    return m.span()


# a reply that itself addresses someone other than the borrower ("请问是陈先生的邻居吗？")
_ADDRESSES_THIRD_PARTY = _Lazy(
    r"(?:请问)?(?:您|你)?(?:是|系)[\u4e00-\u9fff]{1,5}?的(?:" + _REL_ZH + r")(?:吗|嘛|吧|对吧)|"
    r"\b(?:is this|are you|am i (?:speaking|talking) (?:to|with))\s+(?:[a-z]+'s|his|her)\s+" + _REL_EN + r"\b",
    re.I,
)


def match(text: str, context: str | None, pack: Pack, lang: str) -> list[Evidence]:
    """All evidence for `text` under `pack`, sorted by position; one item per (rule, label, span)."""
    if not text or not text.strip():
        return []
    norm = normalise(text)
    flags = context_flags(context)
    if "consent" not in flags and _ADDRESSES_THIRD_PARTY.search(norm[:2000]):
        flags = flags | {"third_party"}
    has_cjk = _CJK.search(norm) is not None
    has_latin = _LATIN.search(norm) is not None
    found: list[Evidence] = []
    taken: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for key, rule in pack.by_behaviour.items():
        beh = BEHAVIOURS[key]
        if beh.context and beh.context not in flags:
            continue
        if beh.unless and beh.unless in flags:
            continue
        veto = _compile_one(beh.veto) if beh.veto else None
        require = _compile_one(beh.require) if beh.require else None
        zh_rx, en_rx = beh.by_script
        for rx in (zh_rx if has_cjk else ()) + (en_rx if has_latin else ()):
            for m in rx.finditer(norm):
                start, end = _hit_span(m)
                if end <= start:
                    continue
                # trim spaces the pattern may have swallowed
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                if beh.negatable and _negated(norm, start):
                    continue
                if _negated_after(norm, end):
                    continue
                s, e = sentence_bounds(norm, start, end)
                sentence = norm[s:e]
                if recounts_others(norm, sentence, norm[e:e + 60]):
                    continue
                if veto is not None or beh.check is not None or require is not None:
                    if veto is not None and veto.search(sentence):
                        continue
                    if require is not None and not require.search(sentence):
                        continue
                    if beh.check is not None and not beh.check(m, sentence, pack.params):
                        continue
                slot = taken.setdefault((rule.id, beh.label), [])
                if len(slot) >= MAX_EVIDENCE_PER_RULE:
                    break
                if any(start < e2 and s2 < end for s2, e2 in slot):
                    continue
                slot.append((start, end))
                found.append(
                    Evidence(
                        label=beh.label,
                        source=rule.id,
                        start=start,
                        end=end,
                        quote=text[start:end],
                        rule=rule.description(lang),
                    )
                )
    found.sort(key=lambda e: (e.start, e.end, e.source, e.label))
    return found
