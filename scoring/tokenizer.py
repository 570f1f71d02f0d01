"""Build the shipped model's tokenizer: WordPiece for English, one token per Chinese character.

The vocabulary always contains every GB2312 character and its traditional form, so a Chinese
character the corpus never used still gets its own id instead of [UNK].
"""

from __future__ import annotations

from typing import Iterable

from tokenizers import BertWordPieceTokenizer
from transformers import BertTokenizerFast

SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def gb2312_characters() -> list[str]:
    chars = []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def cjk_alphabet() -> list[str]:
    from scoring.data import _converters

    s2t, _ = _converters()
    simplified = gb2312_characters()
    traditional = list(s2t.convert("".join(simplified)))
    return sorted(set(simplified) | set(traditional))


def build_tokenizer(texts: Iterable[str], vocab_size: int = 14000) -> BertTokenizerFast:
    """A WordPiece vocabulary counted from the texts, the same for the same texts in every run.

    (The `tokenizers` WordPiece trainer breaks ties between equally frequent pieces differently
    from run to run, so a seeded training would not reproduce its model.) Vocabulary: the special
    tokens, every CJK character of the alphabet, every other character seen (as a word start
    and as a `##` continuation), then the most frequent words, word starts and `##` word endings,
    ties broken alphabetically.
    """
    from collections import Counter

    alphabet = cjk_alphabet()
    pre = BertWordPieceTokenizer(clean_text=True, handle_chinese_chars=True, strip_accents=False,
                                 lowercase=True)._tokenizer
    words: Counter[str] = Counter()
    for text in texts:
        normalized = pre.normalizer.normalize_str(text)
        words.update(w for w, _ in pre.pre_tokenizer.pre_tokenize_str(normalized))
    chars = sorted({ch for w in words for ch in w} - set(alphabet))
    vocab = SPECIAL_TOKENS + alphabet + chars + ["##" + ch for ch in chars]
    pieces: Counter[str] = Counter()
    for w, n in words.items():
        if len(w) < 2:
            continue
        pieces[w] += n
        for k in range(2, min(len(w), 7)):
            pieces[w[:k]] += n
            pieces["##" + w[-k:]] += n
    seen = set(vocab)
    ranked = sorted((p for p, n in pieces.items() if n >= 2 and p not in seen), key=lambda p: (-pieces[p], p))
    vocab += ranked[: max(0, vocab_size - len(vocab))]
    wp = BertWordPieceTokenizer(vocab={tok: i for i, tok in enumerate(vocab)}, clean_text=True,
                                handle_chinese_chars=True, strip_accents=False, lowercase=True)
    return BertTokenizerFast(tokenizer_object=wp._tokenizer, do_lower_case=True, tokenize_chinese_chars=True,
                             strip_accents=False, model_max_length=512, unk_token="[UNK]", sep_token="[SEP]",
                             pad_token="[PAD]", cls_token="[CLS]", mask_token="[MASK]")
