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
    alphabet = cjk_alphabet()
    wp = BertWordPieceTokenizer(clean_text=True, handle_chinese_chars=True, strip_accents=False, lowercase=True)
    wp.train_from_iterator(
        list(texts) + alphabet,
        vocab_size=max(vocab_size, len(alphabet) + 2000),
        min_frequency=2,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=alphabet,
        limit_alphabet=len(alphabet) + 1000,
        show_progress=False,
    )
    return BertTokenizerFast(tokenizer_object=wp._tokenizer, do_lower_case=True, tokenize_chinese_chars=True,
                             strip_accents=False, model_max_length=512)
