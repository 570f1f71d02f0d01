"""The baseline every figure is compared with: TF-IDF character n-grams + logistic regression,
trained on the same corpus split and with thresholds tuned on the same validation split."""

from __future__ import annotations

import numpy as np

from scoring.data import OUTPUTS, T_SLICE, Example, binary_targets, read_corpus, split
from scoring.labels import TONES
from scoring.metrics import Prediction, predictions_from_proba


def _doc(e: Example) -> str:
    return e.text + (" ｜ " + e.context if e.context else "")


class TfidfBaseline:
    def __init__(self, seed: int = 13):
        self.seed = seed

    def fit(self, examples: list[Example], valid_fraction: float = 0.1) -> "TfidfBaseline":
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        train, valid = split(examples, valid_fraction, self.seed)
        self.vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), min_df=2, sublinear_tf=True, max_features=200000)
        x = self.vec.fit_transform([_doc(e) for e in train])
        self.binary = {}
        for _, name, rows, y in binary_targets(train):
            if len(set(y)) < 2:
                continue
            self.binary[name] = LogisticRegression(max_iter=2000, C=4.0).fit(x[rows], y)
        self.tone = LogisticRegression(max_iter=2000, C=4.0).fit(x, [e.tone for e in train])
        from scoring.train import tune_thresholds

        self.thresholds = tune_thresholds(self._proba(valid), valid, None)
        return self

    def _proba(self, examples: list[Example]) -> np.ndarray:
        x = self.vec.transform([_doc(e) for e in examples])
        out = np.zeros((len(examples), len(OUTPUTS)))
        for j, name in enumerate(OUTPUTS):
            if name in self.binary:
                out[:, j] = self.binary[name].predict_proba(x)[:, 1]
        tone_p = self.tone.predict_proba(x)
        for k, t in enumerate(self.tone.classes_):
            out[:, T_SLICE.start + TONES.index(t)] = tone_p[:, k]
        return out

    def predict(self, examples: list[Example]) -> list[Prediction]:
        return predictions_from_proba(self._proba(examples), self.thresholds)


def fit_baseline(corpus_dir=None, seed: int = 13) -> TfidfBaseline:
    examples = read_corpus(corpus_dir) if corpus_dir else read_corpus()
    return TfidfBaseline(seed).fit(examples)
