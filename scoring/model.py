"""The trained reply classifier: one transformers sequence-classification model whose logits are
laid out as scoring.data.OUTPUTS (six violations, three tones, nine moves), plus per-label
thresholds kept in its config.

Loads offline from a directory written by `save_pretrained` (safetensors). The shipped
architecture loads as plain torch (scoring.network: the same weights and forward pass, without the
seconds transformers' model classes take to import); any other checkpoint (`train --base`) loads
through transformers, with dynamic int8 quantisation of its Linear layers for speed on CPU.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from scoring.data import M_SLICE, OUTPUTS, T_SLICE, V_SLICE

SHIPPED_MODEL_DIR = Path(__file__).resolve().parent / "shipped_model"
MAX_TEXT_TOKENS = 128
MAX_CONTEXT_TOKENS = 48
MAX_TEXT_CHARS = 300  # characters read for character n-grams
DEFAULT_THRESHOLD = 0.5


class ModelNotFound(FileNotFoundError):
    pass


@dataclass
class ReplyModel:
    model: object  # scoring.network.StandaloneReplyNetwork, or a transformers PreTrainedModel
    tokenizer: object
    thresholds: dict[str, float]

    @classmethod
    def load(cls, directory: Path | str = SHIPPED_MODEL_DIR, quantize: bool = True) -> "ReplyModel":
        directory = Path(directory)
        if not (directory / "config.json").exists():
            raise ModelNotFound(f"no trained model in {directory}; run `python -m scoring train`")
        import torch

        # One reply is a few small matrix products: on these 2-core machines one intra-op thread is
        # faster than two (thread hand-off costs more than it saves). Override with the variable.
        torch.set_num_threads(int(os.environ.get("COLLECTOR_TORCH_THREADS", "1")))
        from scoring.network import FastTokenizer, StandaloneReplyNetwork, is_standalone_checkpoint

        if is_standalone_checkpoint(directory):
            # The shipped architecture: the same weights and forward pass without importing
            # transformers' model classes (seconds of start-up; see scoring.network).
            model, tokenizer = StandaloneReplyNetwork.from_directory(directory), FastTokenizer(directory)
        else:
            model, tokenizer = _load_with_transformers(directory, quantize)
        layout = tuple(getattr(model.config, "output_layout", OUTPUTS))
        if layout != OUTPUTS:
            raise ValueError(f"{directory}: model outputs {layout} do not match this build's label set {OUTPUTS}")
        thresholds = dict(getattr(model.config, "thresholds", None) or {})
        if has_sentence_view(model):
            from scoring import sentence

            sentence.load()  # the encoder's weights load with the model, not on the first reply
        return cls(model=model, tokenizer=tokenizer, thresholds=thresholds)

    def threshold(self, output: str) -> float:
        return self.thresholds.get(output, DEFAULT_THRESHOLD)

    def encode(self, texts: list[str], contexts: list[str | None]):
        return encode_batch(self.tokenizer, texts, contexts, char_buckets(self.model), linear_buckets(self.model),
                            has_sentence_view(self.model))

    def predict_proba(self, texts: list[str], contexts: list[str | None] | None = None) -> np.ndarray:
        """Probabilities, shape (len(texts), len(OUTPUTS)); tone columns sum to one."""
        import torch

        contexts = contexts or [None] * len(texts)
        with torch.no_grad():
            logits = self.model(**self.encode(texts, contexts)).logits.float()
        return logits_to_proba(logits).numpy()


def _load_with_transformers(directory: Path, quantize: bool):
    """Any other checkpoint (a fine-tuned Hugging Face model from `train --base`)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer
    from transformers.utils import logging as hf_logging

    import scoring.modeling  # noqa: F401  registers the shipped architecture with the Auto classes

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    tokenizer = AutoTokenizer.from_pretrained(directory, local_files_only=True)
    model = AutoModelForSequenceClassification.from_pretrained(directory, local_files_only=True, dtype=torch.float32)
    model.eval()
    if quantize and not isinstance(model, scoring.modeling.ReplyClassifier):
        # Fine-tuned BERT-style checkpoints (--base) gain from int8 Linear layers. The shipped
        # wide-and-deep model is mostly embedding lookups, and its fused transformer layers
        # refuse quantised Linear weights.
        model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
    return model, tokenizer


def encode_batch(tokenizer, texts: list[str], contexts: list[str | None], char_buckets: int = 0,
                 linear_buckets: int = 0, sentence: bool = False):
    """[CLS] reply [SEP] context [SEP]: the reply comes first so truncation never cuts it for context.

    With char_buckets > 0 (models with a wide character view), also hashed character n-grams of
    the reply and of the context, as `char_ids` (0 = padding) and `char_segments` (0 reply, 1 context).
    With linear_buckets > 0, the linear view's bag as `linear_ids` and `linear_tf`.
    With sentence, the sentence view's embeddings as `sentence_features`.
    """
    batch = collate(encode_rows(tokenizer, texts, contexts, char_buckets, linear_buckets), tokenizer.pad_token_id)
    if sentence:
        import torch

        from scoring.sentence import sentence_features

        batch["sentence_features"] = torch.from_numpy(sentence_features(list(texts), list(contexts)))
    return batch


def encode_rows(tokenizer, texts: list[str], contexts: list[str | None], char_buckets: int = 0,
                linear_buckets: int = 0) -> list[tuple]:
    """Per reply, the unpadded (token ids, token types, char ids, char segments, linear ids,
    linear tf): training encodes every example once and collates batches from these rows."""
    from scoring.features import char_ngrams, hashed, linear_bag

    text_ids = tokenizer(list(texts), add_special_tokens=False, truncation=True, max_length=MAX_TEXT_TOKENS)["input_ids"]
    ctx_ids = tokenizer([c or "" for c in contexts], add_special_tokens=False, truncation=True,
                        max_length=MAX_CONTEXT_TOKENS)["input_ids"]
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    rows = []
    for text, ctx, t, c in zip(texts, contexts, text_ids, ctx_ids):
        first = [cls] + t + [sep]
        second = c + [sep] if c else []
        chars, segs, lin = None, [], (None, None)
        if char_buckets or linear_buckets:  # one pass over the n-grams serves both views
            tg, cg = char_ngrams(text[:MAX_TEXT_CHARS]), char_ngrams((ctx or "")[:MAX_TEXT_CHARS])
            if char_buckets:
                ct, cc = hashed(tg, char_buckets, "t"), hashed(cg, char_buckets, "c")
                chars, segs = ct + cc, [0] * len(ct) + [1] * len(cc)
            if linear_buckets:
                lin = linear_bag(tg, cg, linear_buckets)
        rows.append((first + second, [0] * len(first) + [1] * len(second), chars, segs, *lin))
    return rows


def collate(rows: list[tuple], pad: int) -> dict:
    """Pad rows from encode_rows into the model's input tensors."""
    import torch

    width = max(len(r[0]) for r in rows)
    input_ids = torch.full((len(rows), width), pad, dtype=torch.long)
    token_type_ids = torch.zeros((len(rows), width), dtype=torch.long)
    attention = torch.zeros((len(rows), width), dtype=torch.long)
    for i, (ids, types, *_) in enumerate(rows):
        input_ids[i, : len(ids)] = torch.tensor(ids)
        token_type_ids[i, : len(types)] = torch.tensor(types)
        attention[i, : len(ids)] = 1
    batch = {"input_ids": input_ids, "token_type_ids": token_type_ids, "attention_mask": attention}
    if rows and rows[0][2] is not None:
        width = max(1, max(len(r[2]) for r in rows))
        batch["char_ids"] = torch.zeros((len(rows), width), dtype=torch.long)
        batch["char_segments"] = torch.zeros((len(rows), width), dtype=torch.long)
        for i, (_, _, chars, segs, *_) in enumerate(rows):
            batch["char_ids"][i, : len(chars)] = torch.tensor(chars, dtype=torch.long)
            batch["char_segments"][i, : len(segs)] = torch.tensor(segs, dtype=torch.long)
    if rows and rows[0][4] is not None:
        width = max(1, max(len(r[4]) for r in rows))
        batch["linear_ids"] = torch.zeros((len(rows), width), dtype=torch.long)
        batch["linear_tf"] = torch.zeros((len(rows), width), dtype=torch.float32)
        for i, r in enumerate(rows):
            batch["linear_ids"][i, : len(r[4])] = torch.tensor(r[4], dtype=torch.long)
            batch["linear_tf"][i, : len(r[5])] = torch.tensor(r[5], dtype=torch.float32)
    return batch


def logits_to_proba(logits):
    import torch

    out = torch.empty_like(logits)
    out[:, V_SLICE] = torch.sigmoid(logits[:, V_SLICE])
    out[:, T_SLICE] = torch.softmax(logits[:, T_SLICE], dim=-1)
    out[:, M_SLICE] = torch.sigmoid(logits[:, M_SLICE])
    return out


def char_buckets(model) -> int:
    """How many hash buckets the model's character view has (0: it has none)."""
    return int(getattr(model.config, "char_buckets", 0) or 0)


def has_sentence_view(model) -> bool:
    """Whether the model averages in the sentence view (it then needs sentence embeddings)."""
    uses = getattr(model, "uses_sentence_view", None)
    return bool(uses and uses())


def linear_buckets(model) -> int:
    """How many hash buckets the model's linear view has (0: it has none, or does not use it)."""
    config = model.config
    return int(getattr(config, "linear_buckets", 0) or 0) if getattr(config, "linear_weight", 0) else 0
