"""scoring.sentence: pretrained sentence embeddings of a reply and its context, from the encoder
installed with the package (nothing downloaded)."""

import numpy as np
import pytest

from scoring.sentence import EMBEDDING_DIM, FEATURE_DIM, MAX_CHARS, sentence_features

D = EMBEDDING_DIM


def test_features_are_reply_context_and_their_product():
    texts = ["我理解您的难处，我们可以分三期。", "Pay today or else.", "I hear you."]
    contexts = [None, "This is his wife.", "   "]
    x = sentence_features(texts, contexts)
    assert x.shape == (3, FEATURE_DIM) and x.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(x[:, :D], axis=1), 1.0, atol=1e-4)  # unit-length embeddings
    assert not x[0, D:].any() and not x[2, D:].any()  # no context (or a blank one): zeros
    np.testing.assert_allclose(x[1, 2 * D:], x[1, :D] * x[1, D: 2 * D], atol=1e-6)
    # the reply's own embedding does not depend on what else is in the batch
    np.testing.assert_allclose(sentence_features(texts[1:2], [None])[0, :D], x[1, :D], atol=1e-5)


def test_meaning_not_spelling_decides_nearness():
    x = sentence_features(["我理解您的难处。", "I understand how hard this is for you.", "Pay now or we call your boss."],
                          [None] * 3)[:, :D]
    assert x[0] @ x[1] > x[0] @ x[2]  # the same warmth in two languages is nearer than a threat


def test_empty_long_and_odd_replies_embed_without_error():
    texts = ["", "很长" * 5000, "🙂🙂🙂", "\x00\u202e"]
    x = sentence_features(texts, [None, "x" * (MAX_CHARS * 4), None, None])
    assert x.shape == (4, FEATURE_DIM) and np.isfinite(x).all()
    assert sentence_features([], []).shape == (0, FEATURE_DIM)


def test_mismatched_lengths_are_refused():
    with pytest.raises(ValueError, match="2 texts but 1 contexts"):
        sentence_features(["a", "b"], [None])
