"""Combine the trained model and the jurisdiction's rules into one judgement per reply.

A violation is reported when a rule finds it or the model's probability passes its tuned
threshold: rules are precise and name the words and the rule broken; the model catches
paraphrases no pattern lists. Every reported violation carries evidence. For a violation only the
model saw, the evidence span is the clause whose removal lowers the model's probability most.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

import numpy as np

from scoring.data import OUTPUTS, guess_lang
from scoring.evidence import Evidence
from scoring.labels import MOVES, TONES, VIOLATION_DESCRIPTIONS, VIOLATIONS
from scoring.model import SHIPPED_MODEL_DIR, ReplyModel
from scoring.result import ReplyScore

PACKS = ("cn", "us")
MODEL_CHARS = 1000  # the model reads at most this much of a reply (its token limit is lower still)
RULE_CHARS = 20000  # rules scan this much; longer replies are cut before scanning
_CLAUSE = re.compile(r"[^，。！？；,.!?;\n…]+[，。！？；,.!?;\n…]*")


def _clauses(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _CLAUSE.finditer(text) if m.group().strip()]
    return spans or [(0, len(text))]


def _model_descriptions(label: str, lang: str) -> str:
    return VIOLATION_DESCRIPTIONS["zh" if lang == "zh" else "en"][label] + ("（模型判断）" if lang == "zh" else " (model)")


class Scorer:
    def __init__(self, model: ReplyModel):
        self.model = model

    @classmethod
    def load(cls, directory: Path | str = SHIPPED_MODEL_DIR) -> "Scorer":
        return cls(ReplyModel.load(directory))

    def score_batch(self, items: list[dict], pack: str = "cn") -> list[ReplyScore]:
        """items: dicts with 'text' and optional 'context' and 'lang'. Output keeps input order."""
        if pack not in PACKS:
            raise ValueError(f"unknown rule pack {pack!r}; expected one of {PACKS}")
        from scoring.rules import find_violations

        texts = [str(it.get("text") or "") for it in items]
        contexts = [it.get("context") or None for it in items]
        langs = [it.get("lang") or guess_lang(t) for it, t in zip(items, texts)]
        results: list[ReplyScore | None] = [None] * len(items)
        live = [i for i, t in enumerate(texts) if t.strip()]
        proba = self.model.predict_proba([texts[i][:MODEL_CHARS] for i in live], [contexts[i] for i in live]) if live else None
        for row, i in enumerate(live):
            text, lang = texts[i], langs[i]
            hits = find_violations(text[:RULE_CHARS], contexts[i], lang, pack)
            results[i] = self._combine(text, contexts[i], lang, pack, proba[row], hits)
        for i, r in enumerate(results):
            if r is None:  # empty or whitespace: nothing said, nothing broken
                results[i] = ReplyScore([], "neutral", [], {name: 0.0 for name in OUTPUTS}, [], langs[i], pack)
        return results  # type: ignore[return-value]

    def score(self, text: str, context: str | None = None, lang: str | None = None, pack: str = "cn") -> ReplyScore:
        return self.score_batch([{"text": text, "context": context, "lang": lang}], pack=pack)[0]

    def _combine(self, text, context, lang, pack, p: np.ndarray, hits: list[Evidence]) -> ReplyScore:
        probs = {name: float(p[j]) for j, name in enumerate(OUTPUTS)}
        rule_labels = {h.label for h in hits}
        model_labels = self.model_violations(probs)
        evidence = list(hits)
        for label in sorted(model_labels - rule_labels, key=VIOLATIONS.index):
            start, end = self._locate(text, context, label)
            evidence.append(Evidence(label, "model", start, end, text[start:end], _model_descriptions(label, lang)))
        violations = [v for v in VIOLATIONS if v in rule_labels | model_labels]
        tone = TONES[int(np.argmax([probs[f"tone:{t}"] for t in TONES]))]
        if "threat" in violations or "insult" in violations:
            # The guide: a threat intimidates whatever its surface, and belittling is aggressive.
            tone = "aggressive"
        moves = [m for m in MOVES if probs[f"move:{m}"] >= self.model.threshold(f"move:{m}")]
        return ReplyScore(violations, tone, moves, probs, evidence, lang, pack,
                          truncated=len(text) > MODEL_CHARS)

    def model_violations(self, probs: dict[str, float]) -> set[str]:
        """The violations the model alone finds, at its tuned thresholds."""
        return {v for v in VIOLATIONS if probs[f"violation:{v}"] >= self.model.threshold(f"violation:{v}")}

    def _locate(self, text: str, context: str | None, label: str) -> tuple[int, int]:
        """The clause the model's finding rests on: removing it lowers the label's probability most."""
        limit = min(len(text), MODEL_CHARS)
        spans = _clauses(text[:limit])
        if len(spans) == 1:
            s, e = spans[0]
            return s, e
        variants = [text[:s] + text[e:limit] for s, e in spans]
        col = OUTPUTS.index(f"violation:{label}")
        p = self.model.predict_proba(variants, [context] * len(variants))[:, col]
        s, e = spans[int(np.argmin(p))]
        return s, e


_default: dict[str, Scorer] = {}
_lock = threading.Lock()


def default_scorer() -> Scorer:
    """The shipped model, loaded once per process."""
    with _lock:
        if "shipped" not in _default:
            _default["shipped"] = Scorer.load()
        return _default["shipped"]
