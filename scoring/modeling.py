"""The shipped classifier as a transformers model: a small "wide and deep" network.

Wide: hashed n-grams (tokens, bigrams, trigrams) of the reply and of the context, mean- and
max-pooled separately, as fastText does; it learns phrasing fast from a few thousand examples.
Deep: a two-layer transformer encoder over the pair "[CLS] reply [SEP] context [SEP]", so the
reply can be read in the light of the borrower's line. Both feed one head whose logits follow
scoring.data.OUTPUTS. The layers and the forward pass live in scoring.network (plain torch).

It is a regular `PreTrainedModel` registered with the Auto classes, saved with `save_pretrained`
(safetensors) and loadable offline with `AutoModelForSequenceClassification.from_pretrained`.
"""

from __future__ import annotations

from torch import nn
from transformers import AutoConfig, AutoModelForSequenceClassification, PretrainedConfig, PreTrainedModel
from transformers.modeling_outputs import SequenceClassifierOutput

from scoring.network import DEFAULTS, MODEL_TYPE, ReplyNetwork, build_layers

class ReplyClassifierConfig(PretrainedConfig):
    model_type = MODEL_TYPE

    def __init__(self, vocab_size: int = DEFAULTS["vocab_size"], hidden_size: int = DEFAULTS["hidden_size"],
                 ngram_buckets: int = DEFAULTS["ngram_buckets"], num_hidden_layers: int = DEFAULTS["num_hidden_layers"],
                 num_attention_heads: int = DEFAULTS["num_attention_heads"],
                 intermediate_size: int = DEFAULTS["intermediate_size"],
                 max_position_embeddings: int = DEFAULTS["max_position_embeddings"],
                 head_hidden: int = DEFAULTS["head_hidden"], dropout: float = DEFAULTS["dropout"],
                 special_token_ids: list[int] | None = None, char_buckets: int = DEFAULTS["char_buckets"],
                 wide_linear: bool = DEFAULTS["wide_linear"], linear_buckets: int = DEFAULTS["linear_buckets"],
                 linear_weight: float = DEFAULTS["linear_weight"], softmax_slices: list | None = None,
                 sentence_hidden: int = DEFAULTS["sentence_hidden"], sentence_weight: float = DEFAULTS["sentence_weight"],
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
        # A head over pretrained sentence embeddings (scoring.sentence), fitted after the network
        # and averaged with it after the linear view: sentence_hidden 0 means none.
        self.sentence_hidden = sentence_hidden
        self.sentence_weight = sentence_weight


class ReplyClassifier(ReplyNetwork, PreTrainedModel):
    config_class = ReplyClassifierConfig
    base_model_prefix = "reply"

    def __init__(self, config: ReplyClassifierConfig):
        PreTrainedModel.__init__(self, config)
        build_layers(self, config)
        self.post_init()

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

    def forward(self, input_ids, attention_mask=None, token_type_ids=None, char_ids=None, char_segments=None,
                linear_ids=None, linear_tf=None, sentence_features=None, labels=None, **kwargs) -> SequenceClassifierOutput:
        return SequenceClassifierOutput(logits=self.blended_logits(input_ids, attention_mask, token_type_ids, char_ids,
                                                                   char_segments, linear_ids, linear_tf,
                                                                   sentence_features))


AutoConfig.register(ReplyClassifierConfig.model_type, ReplyClassifierConfig)
AutoModelForSequenceClassification.register(ReplyClassifierConfig, ReplyClassifier)
