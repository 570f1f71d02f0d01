"""The shipped classifier's network in plain torch: layers, forward pass, and a loader that reads
a `save_pretrained` folder (config.json, model.safetensors, tokenizer.json) without transformers.

`scoring.modeling.ReplyClassifier` is the same network as a transformers `PreTrainedModel` (for
training, `save_pretrained` and `AutoModelForSequenceClassification`). Scoring only needs the
forward pass, and importing transformers' model classes costs about three seconds on these
machines (they pull in torch.distributed, dynamo and scipy), so `ReplyModel.load` uses the
standalone network below for the shipped architecture. Both share every line of the architecture.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import torch
from torch import nn

MODEL_TYPE = "collector-reply-classifier"
_P1, _P2 = 1_000_003, 999_983

# The configuration's defaults (ReplyClassifierConfig uses the same), so a config.json that leaves
# a default out reads the same both ways.
DEFAULTS = {
    "vocab_size": 14000, "hidden_size": 128, "ngram_buckets": 40000, "num_hidden_layers": 2,
    "num_attention_heads": 4, "intermediate_size": 256, "max_position_embeddings": 256, "head_hidden": 256,
    "dropout": 0.3, "special_token_ids": [], "char_buckets": 0, "wide_linear": False, "linear_buckets": 0,
    "linear_weight": 0.0, "softmax_slices": [], "pad_token_id": 0, "sentence_hidden": 0, "sentence_weight": 0.0,
}


class MaskDropout(nn.Module):
    """Dropout with its mask drawn by torch.rand: the same distribution as nn.Dropout, and about
    twice as fast on CPU as the bernoulli_ draw nn.Dropout makes (which took a sixth of a training
    step here, measured). Identity at inference, like nn.Dropout; it holds no weights, so
    checkpoints are the same either way."""

    def __init__(self, p: float) -> None:
        super().__init__()
        self.p = p

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not self.training or self.p == 0:
            return x
        return x * ((torch.rand_like(x) >= self.p) / (1.0 - self.p))


def build_layers(module: nn.Module, config) -> None:
    """Create the network's layers on `module` (their names are the checkpoint's keys)."""
    d = config.hidden_size
    # Sparse gradients: the two tables hold almost every parameter, and a batch touches few rows.
    module.tokens = nn.Embedding(config.vocab_size, d, padding_idx=config.pad_token_id, sparse=True)
    module.ngrams = nn.Embedding(config.ngram_buckets, d, sparse=True)
    module.chars = nn.Embedding(config.char_buckets, d, padding_idx=0, sparse=True) if config.char_buckets else None
    # A linear model over the same n-grams, added to the head's logits: what TF-IDF + logistic
    # regression does well (exact phrasings of moves and formulas) without passing through the
    # pooled, dropped-out representation.
    module.wide = (nn.Embedding(config.char_buckets, config.num_labels, padding_idx=0, sparse=True)
                   if config.char_buckets and getattr(config, "wide_linear", False) else None)
    module.positions = nn.Embedding(config.max_position_embeddings, d)
    module.segments = nn.Embedding(2, d)
    layer = nn.TransformerEncoderLayer(d, config.num_attention_heads, config.intermediate_size,
                                       dropout=config.dropout, activation="gelu", batch_first=True, norm_first=True)
    layer.dropout, layer.dropout1, layer.dropout2 = (MaskDropout(config.dropout) for _ in range(3))
    module.encoder = nn.TransformerEncoder(layer, config.num_hidden_layers, enable_nested_tensor=False)
    module.norm = nn.LayerNorm(d)
    if getattr(config, "linear_buckets", 0):
        module.linear = nn.Embedding(config.linear_buckets, config.num_labels, padding_idx=0)
        module.linear_bias = nn.Parameter(torch.zeros(config.num_labels), requires_grad=False)
        module.idf = nn.Parameter(torch.zeros(config.linear_buckets), requires_grad=False)
    else:
        module.linear = None
    if getattr(config, "sentence_hidden", 0):
        # The sentence view: a small head over pretrained sentence embeddings (scoring.sentence),
        # fitted after the network and averaged with it like the linear view.
        from scoring.sentence import FEATURE_DIM

        module.sentence = nn.Sequential(MaskDropout(0.1), nn.Linear(FEATURE_DIM, config.sentence_hidden), nn.GELU(),
                                        MaskDropout(0.3), nn.Linear(config.sentence_hidden, config.num_labels))
    else:
        module.sentence = None
    pooled = 9 if config.char_buckets else 5  # mean+max per view and segment, plus the deep [CLS]
    module.head = nn.Sequential(MaskDropout(config.dropout), nn.Linear(pooled * d, config.head_hidden), nn.GELU(),
                                MaskDropout(config.dropout), nn.Linear(config.head_hidden, config.num_labels))


class ReplyNetwork:
    """The forward pass; mixed into an nn.Module whose layers come from build_layers."""

    config: SimpleNamespace

    def sparse_parameters(self) -> list[nn.Parameter]:
        tables = [self.tokens, self.ngrams, self.chars, self.wide]
        return [t.weight for t in tables if t is not None]

    @staticmethod
    def _mean_max(x: torch.Tensor, valid: torch.Tensor) -> torch.Tensor:
        m = valid.unsqueeze(-1).to(x.dtype)
        count = m.sum(1).clamp(min=1.0)
        mean = (x * m).sum(1) / count
        mx = (x + (m - 1.0) * 1e4).max(1).values
        mx = torch.where(m.sum(1) > 0, mx, torch.zeros_like(mx))
        return torch.cat([mean, mx], dim=-1)

    def _pool(self, ids: torch.Tensor, valid: torch.Tensor) -> torch.Tensor:
        """Mean and max of token, bigram and trigram embeddings over the valid positions."""
        emb = [self.tokens(ids)]
        masks = [valid]
        b = self.config.ngram_buckets
        bi_valid = valid[:, :-1] & valid[:, 1:]
        bi = (ids[:, :-1] * _P1 + ids[:, 1:] + 7) % b
        tri_valid = bi_valid[:, :-1] & valid[:, 2:]
        tri = ((ids[:, :-2] * _P1 + ids[:, 1:-1]) * _P2 + ids[:, 2:] + 13) % b
        emb += [self.ngrams(bi), self.ngrams(tri)]
        masks += [bi_valid, tri_valid]
        return self._mean_max(torch.cat(emb, dim=1), torch.cat(masks, dim=1))

    def blended_logits(self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None,
                       token_type_ids: torch.Tensor | None = None, char_ids: torch.Tensor | None = None,
                       char_segments: torch.Tensor | None = None, linear_ids: torch.Tensor | None = None,
                       linear_tf: torch.Tensor | None = None, sentence_features: torch.Tensor | None = None,
                       **kwargs) -> torch.Tensor:
        """The model's output: the network's logits, averaged with the linear view and then the
        sentence view where it has them."""
        logits = self.head_logits(input_ids, attention_mask, token_type_ids, char_ids, char_segments)
        if self.linear is not None and self.config.linear_weight > 0:
            if linear_ids is None:
                raise ValueError("this model has a linear view: encode with scoring.model.encode_batch(..., linear_buckets)")
            logits = self._blend(logits, self._linear_logits(linear_ids, linear_tf), self.config.linear_weight)
        if self.uses_sentence_view():
            if sentence_features is None:
                raise ValueError("this model has a sentence view: encode with scoring.model.encode_batch(..., sentence=True)")
            logits = self._blend(logits, self.sentence(sentence_features), self.config.sentence_weight)
        return logits

    def uses_sentence_view(self) -> bool:
        return self.sentence is not None and self.config.sentence_weight > 0

    def head_logits(self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None,
                    token_type_ids: torch.Tensor | None = None, char_ids: torch.Tensor | None = None,
                    char_segments: torch.Tensor | None = None, **kwargs) -> torch.Tensor:
        """The network's own logits, before the linear view is averaged in."""
        if attention_mask is None:
            attention_mask = (input_ids != self.config.pad_token_id).long()
        if token_type_ids is None:
            token_type_ids = torch.zeros_like(input_ids)
        attended = attention_mask.bool()
        content = attended.clone()
        for special in self.config.special_token_ids:
            content &= input_ids != special
        text_part = self._pool(input_ids, content & (token_type_ids == 0))
        context_part = self._pool(input_ids, content & (token_type_ids == 1))

        positions = torch.arange(input_ids.size(1), device=input_ids.device).clamp(max=self.config.max_position_embeddings - 1)
        h = self.tokens(input_ids) + self.positions(positions)[None] + self.segments(token_type_ids)
        h = self.encoder(h, src_key_padding_mask=~attended)
        deep = self.norm(h[:, 0])
        parts = [text_part, context_part, deep]
        if self.chars is not None:
            if char_ids is None:
                raise ValueError("this model reads character n-grams: encode with scoring.model.encode_batch(..., char_buckets)")
            c = self.chars(char_ids)
            present = char_ids != 0
            parts += [self._mean_max(c, present & (char_segments == 0)), self._mean_max(c, present & (char_segments == 1))]
        logits = self.head(torch.cat(parts, dim=-1))
        if self.wide is not None:
            # Sum over the n-grams present, scaled by 1/sqrt(count): roughly an L2-normalised bag.
            count = present.sum(1, keepdim=True).clamp(min=1).to(logits.dtype)
            logits = logits + self.wide(char_ids).sum(1) / count.sqrt()
        return logits

    def _linear_logits(self, ids: torch.Tensor, tf: torch.Tensor) -> torch.Tensor:
        weights = tf * self.idf[ids]  # padding (id 0) has idf 0
        weights = weights / weights.norm(dim=1, keepdim=True).clamp(min=1e-12)  # L2, as TF-IDF does
        return (weights.unsqueeze(-1) * self.linear(ids)).sum(1) + self.linear_bias

    def _blend(self, deep: torch.Tensor, linear: torch.Tensor, w: float) -> torch.Tensor:
        """Average two views' probabilities, `w` the second's share; return logits that give back
        that average (log-odds for independent labels, log-probabilities for a softmax group)."""
        out = torch.empty_like(deep)
        sigmoid = torch.ones(deep.size(1), dtype=torch.bool, device=deep.device)
        for start, end in self.config.softmax_slices:
            p = (1 - w) * torch.softmax(deep[:, start:end], -1) + w * torch.softmax(linear[:, start:end], -1)
            out[:, start:end] = p.clamp(min=1e-7).log()
            sigmoid[start:end] = False
        p = ((1 - w) * torch.sigmoid(deep[:, sigmoid]) + w * torch.sigmoid(linear[:, sigmoid])).clamp(1e-7, 1 - 1e-7)
        out[:, sigmoid] = torch.log(p) - torch.log1p(-p)
        return out


class StandaloneReplyNetwork(ReplyNetwork, nn.Module):
    """The network without transformers, for scoring. `forward(...).logits` as transformers gives."""

    def __init__(self, config: SimpleNamespace):
        nn.Module.__init__(self)
        self.config = config
        build_layers(self, config)

    def forward(self, **inputs) -> SimpleNamespace:
        return SimpleNamespace(logits=self.blended_logits(**inputs))

    @classmethod
    def from_directory(cls, directory: Path | str) -> "StandaloneReplyNetwork":
        from safetensors.torch import load_file

        directory = Path(directory)
        raw = json.loads((directory / "config.json").read_text(encoding="utf-8"))
        if raw.get("model_type") != MODEL_TYPE:
            raise ValueError(f"{directory}: not a {MODEL_TYPE} model (model_type {raw.get('model_type')!r})")
        config = SimpleNamespace(**(DEFAULTS | raw))
        config.num_labels = len(raw.get("id2label") or raw["output_layout"])
        network = cls(config)
        state = {k: v.float() for k, v in load_file(directory / "model.safetensors").items()}
        network.load_state_dict(state, strict=True)  # a missing or extra tensor is an error, not a guess
        return network.eval()


def is_standalone_checkpoint(directory: Path | str) -> bool:
    try:
        raw = json.loads((Path(directory) / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return raw.get("model_type") == MODEL_TYPE and (Path(directory) / "tokenizer.json").exists()


class FastTokenizer:
    """The part of a transformers fast tokenizer that scoring.model.encode_rows uses, read straight
    from tokenizer.json with the `tokenizers` library (the same Rust tokenizer transformers wraps)."""

    def __init__(self, directory: Path | str):
        from tokenizers import Tokenizer

        directory = Path(directory)
        self._tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()
        settings = json.loads((directory / "tokenizer_config.json").read_text(encoding="utf-8"))
        for role in ("cls", "sep", "pad", "unk"):
            token = settings.get(f"{role}_token", f"[{role.upper()}]")
            token_id = self._tokenizer.token_to_id(token)
            if token_id is None:
                raise ValueError(f"{directory}/tokenizer.json: no id for the {role} token {token!r}")
            setattr(self, f"{role}_token_id", token_id)

    def __call__(self, texts: list[str], add_special_tokens: bool = False, truncation: bool = True,
                 max_length: int | None = None) -> dict:
        encodings = self._tokenizer.encode_batch(list(texts), add_special_tokens=add_special_tokens)
        ids = [e.ids[:max_length] if truncation and max_length else e.ids for e in encodings]
        return {"input_ids": ids}
