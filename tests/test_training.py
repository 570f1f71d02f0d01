"""`scoring.train` on a small slice of the corpus: what it saves loads offline, carries its
thresholds and output layout, and the same seed gives the same model."""

import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from scoring.data import CORPUS_DIR, OUTPUTS
from scoring.model import ReplyModel
from scoring.scorer import Scorer
from scoring.train import TrainConfig, train

PROBES = ["你好，我是XX金融的工作人员，请问是张伟先生本人吗？", "Pay today or we'll tell your boss.",
          "我理解您最近压力很大，我们可以分三期还。"]


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name in ("zhs2.jsonl", "en2.jsonl"):
        with open(CORPUS_DIR / name, encoding="utf-8") as src:
            (folder / name).write_text("".join(itertools.islice(src, 150)), encoding="utf-8")
    return folder


def _tiny(corpus: Path, out: Path) -> TrainConfig:
    return TrainConfig(corpus=str(corpus), output=str(out), epochs=2, hidden=16, layers=1, heads=2,
                       intermediate=32, ngram_buckets=2000, char_buckets=2000, linear_buckets=4096)


def test_trained_model_saves_loads_and_scores(small_corpus, tmp_path):
    report = train(_tiny(small_corpus, tmp_path / "m"), log=lambda *_: None)
    assert report["records"] == 300 and report["valid"] > 0
    saved = json.loads((tmp_path / "m" / "config.json").read_text())
    assert saved["output_layout"] == list(OUTPUTS) and saved["wide_linear"] is True
    assert all(0.0 < t < 1.0 for t in saved["thresholds"].values())
    assert (tmp_path / "m" / "model.safetensors").exists()

    model = ReplyModel.load(tmp_path / "m")
    assert model.thresholds == saved["thresholds"]
    proba = model.predict_proba(PROBES)
    assert proba.shape == (len(PROBES), len(OUTPUTS))
    np.testing.assert_allclose(proba[:, 6:9].sum(axis=1), 1.0, rtol=1e-5)  # tone is one of three
    result = Scorer(model).score(PROBES[1], lang="en", pack="us")
    assert result.tone in {"empathetic", "neutral", "aggressive"}


def test_same_seed_same_model(small_corpus, tmp_path):
    first = train(_tiny(small_corpus, tmp_path / "a"), log=lambda *_: None)
    second = train(_tiny(small_corpus, tmp_path / "b"), log=lambda *_: None)
    assert first["thresholds"] == second["thresholds"]
    pa = ReplyModel.load(tmp_path / "a").predict_proba(PROBES)
    pb = ReplyModel.load(tmp_path / "b").predict_proba(PROBES)
    np.testing.assert_allclose(pa, pb, atol=1e-6)


def test_bad_settings_are_refused():
    with pytest.raises(ValueError, match="epochs"):
        TrainConfig(epochs=0)
    with pytest.raises(ValueError, match="--base"):
        TrainConfig(base="/no/such/checkpoint")


def test_linear_view_averages_the_network_with_tfidf_logistic_regression(small_corpus, tmp_path):
    """The model's built-in linear view computes what scikit-learn's TF-IDF + LR computes, and the
    output is the plain average of the two models' probabilities."""
    import torch

    from scoring.data import Example, T_SLICE
    from scoring.model import encode_batch, linear_buckets, logits_to_proba
    from scoring.train import linear_design

    cfg = _tiny(small_corpus, tmp_path / "m")
    cfg.sentence_hidden = 0  # the linear view alone on top of the network (the sentence view has its own test)
    train(cfg, log=lambda *_: None)
    model = ReplyModel.load(tmp_path / "m")
    net = model.model
    w = net.config.linear_weight
    assert linear_buckets(net) == 4096 and w in TrainConfig().linear_weight_grid  # picked on validation
    contexts = [None, "This is his wife, he is out.", None]
    enc = encode_batch(model.tokenizer, PROBES, contexts, net.config.char_buckets, 4096)
    with torch.no_grad():
        blended = logits_to_proba(net(**enc).logits).numpy()
        deep = logits_to_proba(net.head_logits(**enc)).numpy()
        linear = logits_to_proba(net._linear_logits(enc["linear_ids"], enc["linear_tf"])).numpy()
    np.testing.assert_allclose(blended, (1 - w) * deep + w * linear, atol=1e-4)
    np.testing.assert_allclose(blended[:, T_SLICE].sum(axis=1), 1.0, rtol=1e-5)

    examples = [Example("p", "en", t, c, (), "neutral", ()) for t, c in zip(PROBES, contexts)]
    x, _ = linear_design(examples, 4096, idf=net.idf.detach().double().numpy())
    by_hand = x @ net.linear.weight.detach().double().numpy() + net.linear_bias.detach().double().numpy()
    np.testing.assert_allclose(net._linear_logits(enc["linear_ids"], enc["linear_tf"]).detach().numpy(), by_hand,
                               atol=2e-3)  # float16 storage


def test_sentence_view_averages_in_a_head_over_sentence_embeddings(small_corpus, tmp_path):
    """After the linear view, the model averages in a head over pretrained sentence embeddings, at
    the weight picked on validation; a model with the view refuses input without the embeddings."""
    import torch

    from scoring.data import T_SLICE
    from scoring.model import encode_batch, has_sentence_view, logits_to_proba
    from scoring.sentence import FEATURE_DIM

    train(_tiny(small_corpus, tmp_path / "m"), log=lambda *_: None)
    model = ReplyModel.load(tmp_path / "m")
    net = model.model
    w = net.config.sentence_weight
    assert has_sentence_view(net) and w in TrainConfig().sentence_weight_grid  # picked on validation
    contexts = [None, "This is his wife, he is out.", None]
    enc = encode_batch(model.tokenizer, PROBES, contexts, net.config.char_buckets, 4096, sentence=True)
    assert enc["sentence_features"].shape == (len(PROBES), FEATURE_DIM)
    with torch.no_grad():
        blended = logits_to_proba(net(**enc).logits).numpy()
        head = logits_to_proba(net.sentence(enc["sentence_features"])).numpy()
        net.config.sentence_weight = 0.0
        before = logits_to_proba(net(**enc).logits).numpy()
        net.config.sentence_weight = w
    np.testing.assert_allclose(blended, (1 - w) * before + w * head, atol=1e-4)
    np.testing.assert_allclose(blended[:, T_SLICE].sum(axis=1), 1.0, rtol=1e-5)
    np.testing.assert_allclose(model.predict_proba(PROBES, contexts), blended, atol=1e-6)  # what scoring uses
    del enc["sentence_features"]
    with pytest.raises(ValueError, match="sentence view"):
        net(**enc)


def test_a_model_trained_without_the_sentence_view_needs_no_encoder(small_corpus, tmp_path):
    from scoring.model import has_sentence_view

    cfg = _tiny(small_corpus, tmp_path / "m")
    cfg.sentence_hidden = 0
    train(cfg, log=lambda *_: None)
    saved = json.loads((tmp_path / "m" / "config.json").read_text())
    assert saved["sentence_hidden"] == 0
    model = ReplyModel.load(tmp_path / "m")
    assert not has_sentence_view(model.model) and "sentence_features" not in model.encode(PROBES, [None] * 3)
    assert model.predict_proba(PROBES).shape == (len(PROBES), len(OUTPUTS))


def test_shipped_model_is_complete_and_within_its_size_budget():
    # The issue allows 40 MB of shipped weights; the report says how the model was made.
    folder = Path(__file__).resolve().parents[1] / "scoring" / "shipped_model"
    size = sum(f.stat().st_size for f in folder.iterdir())
    assert size < 40 * 1024 * 1024, f"shipped model is {size / 2**20:.1f} MB"
    config = json.loads((folder / "config.json").read_text())
    assert config["output_layout"] == list(OUTPUTS) and set(config["thresholds"]) >= {
        name for name in OUTPUTS if not name.startswith("tone:")}
    report = json.loads((folder / "training_report.json").read_text())
    # The default command reproduces it: same epochs and false-alarm limit, and the thresholds it
    # reported are the ones the scorer reads.
    assert report["config"]["epochs"] == TrainConfig().epochs
    assert report["config"]["max_false_alarms"] == TrainConfig().max_false_alarms
    assert report["config"]["sentence_hidden"] == config["sentence_hidden"] == TrainConfig().sentence_hidden
    assert config["sentence_weight"] in TrainConfig().sentence_weight_grid
    assert report["thresholds"] == config["thresholds"]
    assert report["seconds"] < 30 * 60


def test_standalone_loader_scores_exactly_as_transformers_does(small_corpus, tmp_path):
    """Scoring loads the shipped architecture without transformers (scoring.network); the same
    folder loaded through AutoModelForSequenceClassification gives the same tokens and outputs."""
    from scoring.model import _load_with_transformers
    from scoring.network import StandaloneReplyNetwork

    train(_tiny(small_corpus, tmp_path / "m"), log=lambda *_: None)
    fast = ReplyModel.load(tmp_path / "m")
    assert isinstance(fast.model, StandaloneReplyNetwork)
    model, tokenizer = _load_with_transformers(tmp_path / "m", quantize=True)
    assert type(model).__name__ == "ReplyClassifier"
    texts = PROBES + ["", "很长的句子" * 200, "Ｆｕｌｌ　ｗｉｄｔｈ and emoji 🙂🙂"]
    contexts = [None, "This is his wife.", None, None, "我在开车", "x" * 500]
    args = dict(add_special_tokens=False, truncation=True, max_length=128)
    assert fast.tokenizer(texts, **args)["input_ids"] == tokenizer(texts, **args)["input_ids"]
    slow = ReplyModel(model=model, tokenizer=tokenizer, thresholds=fast.thresholds)
    np.testing.assert_allclose(fast.predict_proba(texts, contexts), slow.predict_proba(texts, contexts), atol=1e-6)


def test_loading_the_shipped_scorer_does_not_import_transformers():
    # Importing transformers' model classes costs about three seconds here: the start-up budget.
    import subprocess
    import sys

    code = ("import sys; from scoring.scorer import Scorer; s = Scorer.load(); s.score('你好'); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('transformers', 'sklearn', 'scipy')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == "[]", out.stdout[-500:]


def test_false_alarm_limit_raises_thresholds_until_the_target_holds():
    from scoring.data import Example, T_SLICE
    from scoring.train import _violation_figures, limit_false_alarms

    rng = np.random.default_rng(0)
    examples = [Example(f"c{i}", "en", "ok", None, (), "neutral", ()) for i in range(100)]
    examples += [Example(f"v{i}", "en", "bad", None, ("threat",), "aggressive", ()) for i in range(100)]
    proba = np.zeros((200, len(OUTPUTS)))
    proba[:, T_SLICE] = 1 / 3
    threat, insult = OUTPUTS.index("violation:threat"), OUTPUTS.index("violation:insult")
    proba[:100, threat] = rng.uniform(0.0, 0.6, 100)  # compliant replies, some scored high
    proba[100:, threat] = rng.uniform(0.3, 1.0, 100)
    proba[:, insult] = 0.1  # never raised: nothing to change there
    start = {f"violation:{v}": 0.3 for v in ("threat", "insult")}
    assert _violation_figures(proba, examples, start, None)[1] > 0.4

    limited = limit_false_alarms(proba, examples, start, None, target=0.05)
    assert _violation_figures(proba, examples, limited, None)[1] <= 0.05
    assert limited["violation:threat"] > start["violation:threat"] and limited["violation:insult"] == 0.3
    assert limit_false_alarms(proba, examples, start, None, target=1.0) == start
    rules = [{"threat"}] * 10 + [set()] * 190  # a rule's false alarms cannot be tuned away
    assert limit_false_alarms(proba, examples, start, rules, target=0.0)["violation:threat"] <= 0.9
