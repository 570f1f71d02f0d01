"""Bad input: property-based tests (hypothesis) over the scorer, the scenario loader and the
simulator, and explicit replies that are empty, one character, 10,000 and 100,000 characters,
control characters, HTML or script, mixed languages and emoji."""

from __future__ import annotations

import copy
import re

import pytest
import yaml
from fakes import KEYWORDS, fake_score
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import scoring
from scenarios.loader import LIBRARY_DIR, ScenarioFileError, parse_scenario
from scenarios.schema import Scenario
from scoring.labels import MOVES, TONES, VIOLATIONS
from scoring.scorer import PACKS
from simulator import MAX_REPLY_CHARS, ReplyError, SessionEnded, Simulation
from storage.practice import PracticeService

def examples(n: int) -> settings:
    # No deadline: the first example loads the model; fixtures here are read-only, so reuse is fine.
    return settings(max_examples=n, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# ---- the scorer ------------------------------------------------------------------------------
# Words that make rules and the model fire, mixed with anything at all.
TRIGGERS = ["你个老赖", "小心你家里人", "我是警察", "告诉你单位领导", "我会一直打", "借别的平台还", "分期", "逾期", "您好",
            "watch your back", "deadbeat", "police", "your boss", "payday loan", "I understand", "\n", "。", "!!"]
REPLY_TEXT = st.lists(st.one_of(st.sampled_from(TRIGGERS), st.text(max_size=12)), max_size=12).map("".join)


@examples(40)
@given(text=REPLY_TEXT, context=st.one_of(st.none(), REPLY_TEXT), lang=st.sampled_from([None, "zh", "en"]),
       pack=st.sampled_from(PACKS))
def test_the_scorer_never_raises_and_its_answer_is_well_formed(text, context, lang, pack):
    result = scoring.score(text, context=context, lang=lang, pack=pack)
    assert set(result.violations) <= set(VIOLATIONS) and result.tone in TONES and set(result.moves) <= set(MOVES)
    assert all(0.0 <= p <= 1.0 for p in result.probabilities.values())
    for ev in result.evidence:
        assert ev.label in result.violations
        assert 0 <= ev.start <= ev.end <= len(text) and text[ev.start:ev.end] == ev.quote
    assert {ev.label for ev in result.evidence} == set(result.violations)  # every flag has its evidence


@pytest.mark.parametrize("length", [10_000, 100_000])
def test_the_scorer_takes_very_long_text(length):
    text = ("您好，我是小王。你个老赖！" * (length // 13 + 1))[:length]
    result = scoring.score(text, lang="zh")
    assert "insult" in result.violations and result.truncated
    assert all(0 <= ev.start <= ev.end <= length for ev in result.evidence)


# ---- the scenario loader ---------------------------------------------------------------------
VALID_TEXT = (LIBRARY_DIR / "cashflow-instalment.zh.yaml").read_text(encoding="utf-8")
VALID = yaml.safe_load(VALID_TEXT)
ANY_VALUE = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False),
                                   st.text(max_size=20)),
                         lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                         max_leaves=6)


def _mutate(data, draw) -> object:
    """One random change somewhere in the document: drop a key or an item, replace a value, add
    an unknown key."""
    node, path = data, []
    while isinstance(node, (dict, list)) and node and draw(st.booleans()):
        key = draw(st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node))))
        path.append(key)
        node = node[key]
    if not path:
        data["unknown_" + draw(st.text("abcxyz", min_size=1, max_size=5))] = draw(ANY_VALUE)
        return data
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    action = draw(st.sampled_from(["delete", "replace", "add"]))
    if action == "delete":
        del parent[path[-1]]
    elif action == "replace":
        parent[path[-1]] = draw(ANY_VALUE)
    elif isinstance(parent, dict):
        parent["unknown_" + draw(st.text("abcxyz", min_size=1, max_size=5))] = draw(ANY_VALUE)
    else:
        parent.append(draw(ANY_VALUE))
    return data


def _names_a_field(error) -> bool:
    return bool(error.field) or any(re.search(rf"\b{name}\b", error.message) for name in Scenario.model_fields)


@examples(150)
@given(data=st.data())
def test_a_mutated_scenario_loads_or_names_the_field_at_fault(data):
    doc = copy.deepcopy(VALID)
    for _ in range(data.draw(st.integers(1, 3))):
        doc = _mutate(doc, data.draw)
    try:
        parse_scenario(yaml.safe_dump(doc, allow_unicode=True), "mutated.yaml")
    except ScenarioFileError as exc:
        assert exc.errors and all(_names_a_field(e) for e in exc.errors), [str(e) for e in exc.errors]


@examples(100)
@given(position=st.integers(0, len(VALID_TEXT)), cut=st.integers(0, 40), insert=st.text(max_size=10))
def test_a_scenario_text_with_random_edits_loads_or_is_refused_cleanly(position, cut, insert):
    text = VALID_TEXT[:position] + insert + VALID_TEXT[position + cut:]
    try:
        parse_scenario(text, "edited.yaml")
    except ScenarioFileError as exc:
        assert exc.errors and all(str(e) for e in exc.errors)


# ---- the simulator (fake scorer: the rules of the call, not the classifier) -------------------
VIOLATION_WORDS = [w for label, words in KEYWORDS.items() if label.startswith("violation:") for w in words]
FILLER = st.text("嗯哦啊呃唔好吧行 .,。…", max_size=8)  # no word any move is recognised by
VIOLATING_REPLY = st.tuples(FILLER, st.sampled_from(VIOLATION_WORDS), FILLER).map("".join)
IDLE_REPLY = FILLER.filter(str.strip)
AGREEMENTS = {"agreement", "partial_agreement"}


def _play(scenario, replies, seed) -> str | None:
    sim = Simulation.start(scenario, scorer=fake_score, seed=seed)
    for reply in replies:
        try:
            sim.respond(reply)
        except SessionEnded:
            break
    return sim.session.outcome


@pytest.fixture(scope="module")
def every_scenario():
    from scenarios import load_library

    return load_library().listing()


@examples(60)
@given(data=st.data(), replies=st.lists(VIOLATING_REPLY, min_size=1, max_size=30), seed=st.integers(0, 10_000))
def test_a_call_of_only_violations_never_ends_in_agreement(every_scenario, data, replies, seed):
    scenario = data.draw(st.sampled_from(every_scenario))
    assert _play(scenario, replies, seed) not in AGREEMENTS


@examples(60)
@given(data=st.data(), replies=st.lists(IDLE_REPLY, min_size=1, max_size=30), seed=st.integers(0, 10_000))
def test_replies_that_do_nothing_useful_never_end_in_agreement(every_scenario, data, replies, seed):
    scenario = data.draw(st.sampled_from(every_scenario))
    assert _play(scenario, replies, seed) not in AGREEMENTS


# ---- explicit replies, through the service the app uses, on each database ---------------------
def test_an_empty_reply_is_refused(db, cashflow_zh):
    service = PracticeService(db, scorer=fake_score)
    sid = service.start(cashflow_zh).id
    for empty in ["", "   ", "\n\t", "\x00\x07"]:
        with pytest.raises(ReplyError, match="不能为空"):
            service.reply(sid, cashflow_zh, empty)
    assert service.get(sid).turn_count == 0


def test_a_one_character_reply_is_a_turn(db, cashflow_zh):
    service = PracticeService(db, scorer=fake_score)
    sid = service.start(cashflow_zh).id
    service.reply(sid, cashflow_zh, "嗯")
    assert [t.reply for t in service.get(sid).turns] == ["嗯"]


@pytest.mark.parametrize("length", [MAX_REPLY_CHARS + 1, 10_000, 100_000])
def test_a_reply_over_the_limit_is_refused_with_the_limit_named(db, cashflow_zh, library, length):
    service = PracticeService(db, scorer=fake_score)
    sid = service.start(cashflow_zh).id
    with pytest.raises(ReplyError, match=f"最多 {MAX_REPLY_CHARS} 字"):
        service.reply(sid, cashflow_zh, "好" * length)
    english = library.get("cashflow-instalment", "en")
    sid_en = service.start(english).id
    with pytest.raises(ReplyError, match=f"the limit is {MAX_REPLY_CHARS}"):
        service.reply(sid_en, english, "a" * length)
    assert service.get(sid).turn_count == 0 and service.get(sid_en).turn_count == 0


def test_a_reply_at_the_limit_is_taken(db, cashflow_zh):
    service = PracticeService(db, scorer=fake_score)
    sid = service.start(cashflow_zh).id
    service.reply(sid, cashflow_zh, "好" * MAX_REPLY_CHARS)
    assert len(service.get(sid).turns[0].reply) == MAX_REPLY_CHARS


def test_control_characters_are_removed_before_anything_is_stored(db, cashflow_zh):
    service = PracticeService(db, scorer=fake_score)
    sid = service.start(cashflow_zh).id
    result = service.reply(sid, cashflow_zh, "\x00您好\x07，我是\x1b[31m小王\x7f\u200b\r\n请问是陈先生吗？\x0c")
    stored = service.get(sid).turns[0].reply
    assert stored == result.reply
    assert not any(ord(c) < 32 and c not in "\n\t" for c in stored) and "\x7f" not in stored
    assert "您好" in stored and "小王" in stored and "陈先生" in stored


@pytest.mark.parametrize("reply", [
    "<script>alert('x')</script>您好，我是小王",
    "<img src=x onerror=alert(1)> **粗体** [链接](javascript:alert(1)) ![图](http://example.invalid/a.png)",
    "您好 hello 😀👍🏽 こんにちは 안녕하세요 مرحبا Здравствуйте 𠮷",
])
def test_html_script_and_mixed_languages_are_stored_exactly_and_scored(db, cashflow_zh, reply):
    service = PracticeService(db, scorer=scoring.score)  # the real scorer
    sid = service.start(cashflow_zh).id
    result = service.reply(sid, cashflow_zh, reply)
    assert service.get(sid).turns[0].reply == reply == result.reply
    assert set(result.violations) <= set(VIOLATIONS)


def test_a_nul_character_typed_anywhere_is_neither_an_error_nor_a_way_in(db):
    # PostgreSQL text cannot hold NUL; the engine removes it rather than fail the request.
    from storage.accounts import AccountService

    accounts = AccountService(db, demo=False)
    user = accounts.create_user(None, "nul\x00name", "nul-password-1", "trainee", display_name="A\x00B")
    assert accounts.authenticate("nul\x00name", "wrong-password") is None
    assert accounts.authenticate("nul\x00name", "nul-password-1").id == user.id
    assert accounts.authenticate("\x00", "\x00") is None
