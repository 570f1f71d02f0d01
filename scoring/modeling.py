"""The shipped classifier's architecture: a small "wide and deep" transformers model.

Wide: hashed n-grams (tokens, bigrams, trigrams) of the reply and of the context, mean- and
max-pooled separately, as fastText does; it learns phrasing fast from a few thousand examples.
Deep: a two-layer transformer encoder over the pair "[CLS] reply [SEP] context [SEP]", so the
reply can be read in the light of the borrower's line. Both feed one head whose logits follow
scoring.data.OUTPUTS.

It is a regular `PreTrainedModel` registered with the Auto classes, saved with `save_pretrained`
(safetensors) and loaded offline with `AutoModelForSequenceClassification.from_pretrained`.
"""

from __future__ import annotations

import torch
from torch import nn
from transformers import AutoConfig, AutoModelForSequenceClassification, PretrainedConfig, PreTrainedModel
from transformers.modeling_outputs import SequenceClassifierOutput

_P1, _P2 = 1_000_003, 999_983


class ReplyClassifierConfig(PretrainedConfig):
    model_type = "collector-reply-classifier"

    def __init__(self, vocab_size: int = 14000, hidden_size: int = 128, ngram_buckets: int = 40000,
                 num_hidden_layers: int = 2, num_attention_heads: int = 4, intermediate_size: int = 256,
                 max_position_embeddings: int = 256, head_hidden: int = 256, dropout: float = 0.3,
                 special_token_ids: list[int] | None = None, char_buckets: int = 0, wide_linear: bool = False,
                 linear_buckets: int = 0, linear_weight: float = 0.0, softmax_slices: list | None = None,
                 **kwargs):
        super().__init__(**kwargs)
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.ngram_buckets = ngram_buckets
        self.num_hidden_layers = num_hidden_layers
        self.num_attention_heads = num_attention_heads
        self.intermediate_size = intermediate_size
        self.max_position_embeddings = max_position_embeddings
        self.head_hidden = head_hidden
        self.dropout = dropout
        self.special_token_ids = list(special_token_ids or [])
        self.char_buckets = char_buckets  # 0: no character n-gram view
        self.wide_linear = wide_linear  # character n-grams also add straight to the logits (needs char_buckets)
        # A TF-IDF logistic regression over hashed character n-grams, fitted after the network and
        # averaged with it (probabilities): linear_buckets 0 means none.
        self.linear_buckets = linear_buckets
        self.linear_weight = linear_weight
        self.softmax_slices = [list(x) for x in (softmax_slices or [])]  # output ranges that are one softmax


class ReplyClassifier(PreTrainedModel):
    config_class = ReplyClassifierConfig
    base_model_prefix = "reply"

    def __init__(self, config: ReplyClassifierConfig):
        super().__init__(config)
        d = config.hidden_size
        # Sparse gradients: the two tables hold almost every parameter, and a batch touches few rows.
        self.tokens = nn.Embedding(config.vocab_size, d, padding_idx=config.pad_token_id, sparse=True)
        self.ngrams = nn.Embedding(config.ngram_buckets, d, sparse=True)
        self.chars = nn.Embedding(config.char_buckets, d, padding_idx=0, sparse=True) if config.char_buckets else None
        # A linear model over the same n-grams, added to the head's logits: what TF-IDF + logistic
        # regression does well (exact phrasings of moves and formulas) without passing through the
        # pooled, dropped-out representation.
        self.wide = (nn.Embedding(config.char_buckets, config.num_labels, padding_idx=0, sparse=True)
                     if config.char_buckets and getattr(config, "wide_linear", False) else None)
        self.positions = nn.Embedding(config.max_position_embeddings, d)
        self.segments = nn.Embedding(2, d)
        layer = nn.TransformerEncoderLayer(d, config.num_attention_heads, config.intermediate_size,
                                           dropout=config.dropout, activation="gelu", batch_first=True, norm_first=True)
        self.encoder = nn.TransformerEncoder(layer, config.num_hidden_layers, enable_nested_tensor=False)
        self.norm = nn.LayerNorm(d)
        if getattr(config, "linear_buckets", 0):
            self.linear = nn.Embedding(config.linear_buckets, config.num_labels, padding_idx=0)
            self.linear_bias = nn.Parameter(torch.zeros(config.num_labels), requires_grad=False)
            self.idf = nn.Parameter(torch.zeros(config.linear_buckets), requires_grad=False)
        else:
            self.linear = None
        pooled = 9 if config.char_buckets else 5  # mean+max per view and segment, plus the deep [CLS]
        self.head = nn.Sequential(nn.Dropout(config.dropout), nn.Linear(pooled * d, config.head_hidden), nn.GELU(),
                                  nn.Dropout(config.dropout), nn.Linear(config.head_hidden, config.num_labels))
        self.post_init()

    def sparse_parameters(self) -> list[nn.Parameter]:
        tables = [self.tokens, self.ngrams, self.chars, self.wide]
        return [t.weight for t in tables if t is not None]

    def _init_weights(self, module):
        if isinstance(module, nn.Linear):
            nn.init.normal_(module.weight, std=0.02)
            if module.bias is not None:
                nn.init.zeros_(module.bias)
        elif isinstance(module, nn.Embedding) and module is getattr(self, "wide", None):
            nn.init.zeros_(module.weight)  # the linear view starts neutral; padding must stay zero
        elif isinstance(module, nn.Embedding):
            nn.init.normal_(module.weight, std=0.02)
        elif isinstance(module, nn.LayerNorm):
            nn.init.ones_(module.weight)
            nn.init.zeros_(module.bias)

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

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None,
                token_type_ids: torch.Tensor | None = None, char_ids: torch.Tensor | None = None,
                char_segments: torch.Tensor | None = None, linear_ids: torch.Tensor | None = None,
                linear_tf: torch.Tensor | None = None, labels=None, **kwargs) -> SequenceClassifierOutput:
        logits = self.head_logits(input_ids, attention_mask, token_type_ids, char_ids, char_segments)
        if self.linear is not None and self.config.linear_weight > 0:
            if linear_ids is None:
                raise ValueError("this model has a linear view: encode with scoring.model.encode_batch(..., linear_buckets)")
            logits = self._blend(logits, self._linear_logits(linear_ids, linear_tf))
        return SequenceClassifierOutput(logits=logits)

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

    def _blend(self, deep: torch.Tensor, linear: torch.Tensor) -> torch.Tensor:
        """Average the two models' probabilities; return logits that give back that average
        (log-odds for independent labels, log-probabilities for a softmax group)."""
        w = self.config.linear_weight
        out = torch.empty_like(deep)
        sigmoid = torch.ones(deep.size(1), dtype=torch.bool, device=deep.device)
        for start, end in self.config.softmax_slices:
            p = (1 - w) * torch.softmax(deep[:, start:end], -1) + w * torch.softmax(linear[:, start:end], -1)
            out[:, start:end] = p.clamp(min=1e-7).log()
            sigmoid[start:end] = False
        p = ((1 - w) * torch.sigmoid(deep[:, sigmoid]) + w * torch.sigmoid(linear[:, sigmoid])).clamp(1e-7, 1 - 1e-7)
        out[:, sigmoid] = torch.log(p) - torch.log1p(-p)
        return out


AutoConfig.register(ReplyClassifierConfig.model_type, ReplyClassifierConfig)
AutoModelForSequenceClassification.register(ReplyClassifierConfig, ReplyClassifier)
