"""Labeled records: reading, target vectors, splits and augmentation.

Records follow ../shared/labeling-guide.md. The model's output layout is fixed here: six
violation logits, three tone logits, nine move logits (see OUTPUTS).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from scoring.labels import MOVES, TONES, VIOLATIONS

OUTPUTS: tuple[str, ...] = (
    tuple(f"violation:{v}" for v in VIOLATIONS) + tuple(f"tone:{t}" for t in TONES) + tuple(f"move:{m}" for m in MOVES)
)
V_SLICE = slice(0, len(VIOLATIONS))
T_SLICE = slice(len(VIOLATIONS), len(VIOLATIONS) + len(TONES))
M_SLICE = slice(len(VIOLATIONS) + len(TONES), len(OUTPUTS))

CORPUS_DIR = Path(__file__).resolve().parents[1] / "data" / "corpus"


@dataclass(frozen=True)
class Example:
    id: str
    lang: str
    text: str
    context: str | None
    violations: tuple[str, ...]
    tone: str
    moves: tuple[str, ...] | None  # None when the record has no moves annotation

    def targets(self) -> tuple[list[float], int, list[float] | None]:
        v = [1.0 if label in self.violations else 0.0 for label in VIOLATIONS]
        m = None if self.moves is None else [1.0 if label in self.moves else 0.0 for label in MOVES]
        return v, TONES.index(self.tone), m


class RecordError(ValueError):
    pass


def binary_targets(examples: list[Example]):
    """Per violation and move output: (column, name, rows annotated for it, has-the-label per row).
    Every row is annotated for violations; only rows with a moves list are annotated for moves."""
    for j, name in enumerate(OUTPUTS):
        kind, label = name.split(":")
        if kind == "tone":
            continue
        rows = [i for i, e in enumerate(examples) if kind == "violation" or e.moves is not None]
        yield j, name, rows, [label in (examples[i].violations if kind == "violation" else examples[i].moves)
                              for i in rows]


def parse_record(obj: object) -> Example:
    if not isinstance(obj, dict):
        raise RecordError("expected a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise RecordError("'text' must be a non-empty string")
    context = obj.get("context")
    if context is not None and not isinstance(context, str):
        raise RecordError("'context' must be a string or null")
    violations = tuple(obj.get("violations") or ())
    bad = [v for v in violations if v not in VIOLATIONS]
    if bad:
        raise RecordError(f"unknown violation label(s) {bad}")
    tone = obj.get("tone", "neutral")
    if tone not in TONES:
        raise RecordError(f"unknown tone {tone!r}")
    moves = obj.get("moves")
    if moves is not None:
        if any(m not in MOVES for m in moves):
            raise RecordError(f"unknown move(s) in {moves}")
        moves = tuple(moves)
    return Example(str(obj.get("id", "")), obj.get("lang") or guess_lang(text), text, context or None,
                   violations, tone, moves)


def guess_lang(text: str) -> str:
    cjk = sum(1 for ch in text if "\u3400" <= ch <= "\u9fff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "zh" if cjk * 3 >= latin and cjk > 0 else "en"


def read_jsonl(path: Path | str) -> list[Example]:
    out = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(parse_record(json.loads(line)))
        except (json.JSONDecodeError, RecordError) as exc:
            raise RecordError(f"{path}:{lineno}: {exc}") from None
    return out


def read_corpus(directory: Path | str = CORPUS_DIR) -> list[Example]:
    examples: list[Example] = []
    for path in sorted(Path(directory).glob("*.jsonl")):
        examples.extend(read_jsonl(path))
    return examples


def split(examples: list[Example], valid_fraction: float, seed: int) -> tuple[list[Example], list[Example]]:
    """Deterministic split; records sharing a text stay on the same side."""
    rng = random.Random(seed)
    texts = sorted({e.text for e in examples})
    rng.shuffle(texts)
    valid_texts = set(texts[: int(len(texts) * valid_fraction)])
    train = [e for e in examples if e.text not in valid_texts]
    valid = [e for e in examples if e.text in valid_texts]
    return train, valid


# ---- augmentation -------------------------------------------------------------------------------
_S2T = _T2S = None


def _converters():
    global _S2T, _T2S
    if _S2T is None:
        import opencc  # opencc-python-reimplemented: table-driven, no downloads

        _S2T, _T2S = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    return _S2T, _T2S


def has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def script_flip(text: str | None) -> str | None:
    """Simplified -> traditional, or traditional -> simplified, whichever changes the text."""
    if text is None or not has_cjk(text):
        return text
    s2t, t2s = _converters()
    flipped = s2t.convert(text)
    return flipped if flipped != text else t2s.convert(text)


_PUNCT_SWAPS = {"，": ",", "。": ".", "？": "?", "！": "!", ",": "，", ".": "。", "?": "？", "!": "！"}


def noise(text: str, rng: random.Random) -> str:
    """Typing noise: dropped or doubled characters, swapped punctuation width, case changes."""
    chars = list(text)
    out = []
    for ch in chars:
        r = rng.random()
        if ch in _PUNCT_SWAPS and r < 0.3:
            out.append(_PUNCT_SWAPS[ch])
        elif r < 0.02 and len(chars) > 8:
            continue  # dropped
        elif r < 0.03:
            out.append(ch + ch)
        else:
            out.append(ch)
    result = "".join(out)
    if rng.random() < 0.2:
        result = result.lower()
    return result or text


def augment(examples: list[Example], seed: int) -> list[Example]:
    """Original records plus a script-flipped copy of Chinese ones and a noisy copy of a third."""
    rng = random.Random(seed)
    out = list(examples)
    for e in examples:
        if e.lang == "zh":
            out.append(Example(e.id + "#flip", e.lang, script_flip(e.text), script_flip(e.context), e.violations, e.tone, e.moves))
        if rng.random() < 0.35:
            out.append(Example(e.id + "#noise", e.lang, noise(e.text, rng), e.context, e.violations, e.tone, e.moves))
    return out
