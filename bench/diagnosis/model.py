"""The models a user's CI job trains: scikit-learn estimators and a small numpy MLP.

The MLP is written out (forward, backward, Adam/SGD, clipping, early stopping) rather than taken
from scikit-learn because the training faults need what sklearn's MLP does not expose: a per-epoch
gradient norm, a learning rate that can be set absurdly high, a NaN that propagates as it does in
PyTorch, and a log written the way training scripts write `train_log.csv`.
"""
from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd

warnings.filterwarnings("ignore")


class Encoder:
    """Feature encoding fitted on the training rows: ordinal codes for trees, one-hot + z-scores for the MLP."""

    def __init__(self, numeric: list[str], categorical: list[str], train: pd.DataFrame):
        self.numeric = list(numeric)
        self.categorical = list(categorical)
        num = train[self.numeric].apply(pd.to_numeric, errors="coerce") if self.numeric else pd.DataFrame(index=train.index)
        self.median = num.median()
        self.mean = num.fillna(self.median).mean()
        self.std = num.fillna(self.median).std().replace(0, 1).fillna(1)
        self.levels = {c: [v for v in train[c].astype(str).value_counts().index[:30]] for c in self.categorical}

    def _num(self, df: pd.DataFrame) -> pd.DataFrame:
        cols = {}
        for c in self.numeric:
            cols[c] = pd.to_numeric(df[c], errors="coerce") if c in df.columns else pd.Series(np.nan, index=df.index)
        return pd.DataFrame(cols, index=df.index)

    def trees(self, df: pd.DataFrame) -> np.ndarray:
        parts = [self._num(df).to_numpy(dtype=float)]
        for c in self.categorical:
            lv = {v: i for i, v in enumerate(self.levels[c])}
            col = df[c].astype(str).map(lv) if c in df.columns else pd.Series(np.nan, index=df.index)
            parts.append(col.to_numpy(dtype=float).reshape(-1, 1))
        return np.hstack(parts)

    def categorical_mask(self) -> np.ndarray:
        return np.array([False] * len(self.numeric) + [True] * len(self.categorical))

    def dense(self, df: pd.DataFrame) -> np.ndarray:
        z = ((self._num(df).fillna(self.median) - self.mean) / self.std).clip(-50, 50).to_numpy(dtype=float)
        parts = [np.nan_to_num(z)]
        for c in self.categorical:
            vals = df[c].astype(str).to_numpy() if c in df.columns else np.full(len(df), "")
            parts.append(np.stack([(vals == v).astype(float) for v in self.levels[c]], axis=1))
        return np.hstack(parts)


class LabelCodec:
    def __init__(self, task: str, y: pd.Series):
        self.task = task
        self.classes = sorted(pd.unique(y)) if task != "regression" else []
        self.mu = float(y.mean()) if task == "regression" else 0.0
        self.sd = float(y.std() or 1.0) if task == "regression" else 1.0

    def encode(self, y: pd.Series) -> np.ndarray:
        if self.task == "regression":
            return ((y.to_numpy(dtype=float) - self.mu) / self.sd)
        index = {c: i for i, c in enumerate(self.classes)}
        return y.map(index).to_numpy(dtype=int)


# ----------------------------------------------------------------------------- the numpy MLP

def _softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class MLP:
    def __init__(self, n_in: int, n_out: int, hidden: list[int], task: str, rng: np.random.Generator):
        self.task = task
        sizes = [n_in] + hidden + [n_out]
        self.W = [rng.normal(0, math.sqrt(2.0 / sizes[i]), (sizes[i], sizes[i + 1])) for i in range(len(sizes) - 1)]
        self.b = [np.zeros(sizes[i + 1]) for i in range(len(sizes) - 1)]

    def forward(self, X):
        acts = [X]
        h = X
        for i in range(len(self.W) - 1):
            h = np.maximum(0, h @ self.W[i] + self.b[i])
            acts.append(h)
        return acts, h @ self.W[-1] + self.b[-1]

    def loss_grad(self, out, y, eps):
        n = len(y)
        if self.task == "regression":
            d = out[:, 0] - y
            return float(np.mean(d * d)), (2 * d / n).reshape(-1, 1)
        if self.task == "binary":
            p = 1 / (1 + np.exp(-np.clip(out[:, 0], -500, 500))) if eps > 0 else 1 / (1 + np.exp(-out[:, 0]))
            loss = -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
            return float(loss), ((p - y) / n).reshape(-1, 1)
        p = _softmax(out)
        loss = -np.mean(np.log(p[np.arange(n), y] + eps))
        g = p.copy()
        g[np.arange(n), y] -= 1
        return float(loss), g / n

    def backward(self, acts, g):
        gW, gb = [None] * len(self.W), [None] * len(self.W)
        for i in reversed(range(len(self.W))):
            gW[i] = acts[i].T @ g
            gb[i] = g.sum(axis=0)
            if i > 0:
                g = (g @ self.W[i].T) * (acts[i] > 0)
        return gW, gb

    def predict_raw(self, X):
        with np.errstate(all="ignore"):
            return self.forward(X)[1]

    def copy_params(self):
        return [w.copy() for w in self.W], [b.copy() for b in self.b]


def _metric(task, out, y, codec):
    if task == "regression":
        return -float(np.sqrt(np.mean((out[:, 0] - y) ** 2))) * codec.sd
    if task == "binary":
        return float(np.mean((out[:, 0] > 0).astype(int) == y))
    return float(np.mean(out.argmax(axis=1) == y))


def train_mlp(task, Xtr, ytr, Xva, yva, codec, opt: dict, rng: np.random.Generator):
    """Returns (model, log rows). opt: hidden, lr, epochs, batch_size, optimizer, weight_decay,
    clip (None = no clipping), patience (None = no early stopping), restore_best, eps, lr_schedule."""
    n_out = 1 if task in ("binary", "regression") else len(codec.classes)
    m = MLP(Xtr.shape[1], n_out, list(opt["hidden"]), task, rng)
    mW = [np.zeros_like(w) for w in m.W] + [np.zeros_like(b) for b in m.b]
    vW = [np.zeros_like(w) for w in m.W] + [np.zeros_like(b) for b in m.b]
    step = 0
    best, best_params, since = math.inf, m.copy_params(), 0
    log = []
    eps = opt.get("eps", 1e-7)
    metric_name = "rmse" if task == "regression" else "acc"
    for epoch in range(1, opt["epochs"] + 1):
        lr = opt["lr"]
        if opt.get("lr_schedule") == "cosine":
            lr = opt["lr"] * 0.5 * (1 + math.cos(math.pi * (epoch - 1) / opt["epochs"]))
        order = rng.permutation(len(ytr))
        norms, losses = [], []
        with np.errstate(all="ignore"):
            for s in range(0, len(order), opt["batch_size"]):
                idx = order[s:s + opt["batch_size"]]
                acts, out = m.forward(Xtr[idx])
                loss, g = m.loss_grad(out, ytr[idx], eps)
                gW, gb = m.backward(acts, g)
                grads = gW + gb
                if opt["weight_decay"]:
                    for i in range(len(m.W)):
                        grads[i] = grads[i] + opt["weight_decay"] * m.W[i]
                norm = math.sqrt(sum(float(np.sum(x * x)) for x in grads))
                norms.append(norm)
                losses.append(loss)
                if opt.get("clip") and math.isfinite(norm) and norm > opt["clip"]:
                    grads = [x * (opt["clip"] / norm) for x in grads]
                params = m.W + m.b
                step += 1
                for i, (p, gr) in enumerate(zip(params, grads)):
                    if opt["optimizer"] == "adam":
                        mW[i] = 0.9 * mW[i] + 0.1 * gr
                        vW[i] = 0.999 * vW[i] + 0.001 * gr * gr
                        mh = mW[i] / (1 - 0.9 ** step)
                        vh = vW[i] / (1 - 0.999 ** step)
                        p -= lr * mh / (np.sqrt(vh) + 1e-8)
                    else:
                        mW[i] = 0.9 * mW[i] + gr
                        p -= lr * mW[i]
            tr_out = m.predict_raw(Xtr)
            va_out = m.predict_raw(Xva)
            tr_loss = m.loss_grad(tr_out, ytr, eps)[0]
            va_loss = m.loss_grad(va_out, yva, eps)[0]
        log.append({"epoch": epoch, "train_loss": tr_loss, "val_loss": va_loss, "lr": lr,
                    "grad_norm": float(np.mean(norms)) if norms else float("nan"),
                    f"train_{metric_name}": _metric(task, tr_out, ytr, codec) if task != "regression" else -_metric(task, tr_out, ytr, codec),
                    f"val_{metric_name}": _metric(task, va_out, yva, codec) if task != "regression" else -_metric(task, va_out, yva, codec)})
        if opt.get("patience") is not None and math.isfinite(va_loss):
            if va_loss < best - 1e-6:
                best, best_params, since = va_loss, m.copy_params(), 0
            else:
                since += 1
                if since >= opt["patience"]:
                    break
        elif math.isfinite(va_loss) and va_loss < best:
            best, best_params = va_loss, m.copy_params()
    if opt.get("restore_best") and opt.get("patience") is not None and math.isfinite(best):
        m.W, m.b = best_params
    return m, log


# ----------------------------------------------------------------------------- one interface

class Fitted:
    """A trained model: predict(df) -> (pred labels or values, scores matrix or None)."""

    def __init__(self, kind, task, enc, codec, model, calibrator=None, temperature=1.0):
        self.kind, self.task, self.enc, self.codec, self.model = kind, task, enc, codec, model
        self.calibrator = calibrator
        self.temperature = temperature

    def raw_scores(self, df):
        if self.kind == "mlp":
            out = self.model.predict_raw(self.enc.dense(df)) / self.temperature
            if self.task == "regression":
                return out[:, 0] * self.codec.sd + self.codec.mu
            with np.errstate(all="ignore"):
                if self.task == "binary":
                    p1 = 1 / (1 + np.exp(-out[:, 0]))
                    return np.stack([1 - p1, p1], axis=1)
                return _softmax(out)
        X = self.enc.trees(df) if self.kind in ("gbm",) else self.enc.dense(df)
        if self.task == "regression":
            return self.model.predict(X)
        return self.model.predict_proba(X)

    def predict(self, df, threshold=0.5):
        s = self.raw_scores(df)
        if self.task == "regression":
            return s, None
        if self.calibrator is not None:
            s = self.calibrator(s)
        if self.task == "binary":
            pred = np.where(s[:, 1] >= threshold, self.codec.classes[1], self.codec.classes[0])
            return pred, s
        with np.errstate(all="ignore"):
            k = np.nan_to_num(s, nan=-1).argmax(axis=1)
        return np.array(self.codec.classes, dtype=object)[k], s


def fit(kind: str, task: str, train: pd.DataFrame, val: pd.DataFrame, numeric, categorical, hp: dict, seed: int):
    """Fits one model; returns (Fitted, train log rows or None)."""
    rng = np.random.default_rng(seed)
    enc = Encoder(numeric, categorical, train)
    codec = LabelCodec(task, train["__y__"])
    weights = hp.get("sample_weight")
    if kind == "gbm":
        from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
        cls = HistGradientBoostingRegressor if task == "regression" else HistGradientBoostingClassifier
        est = cls(learning_rate=hp.get("learning_rate", 0.1), max_iter=hp.get("max_iter", 200), max_depth=hp.get("max_depth"),
                  min_samples_leaf=hp.get("min_samples_leaf", 20), l2_regularization=hp.get("l2", 0.0),
                  categorical_features=enc.categorical_mask() if categorical else None,
                  early_stopping=len(train) >= 200 and (task == "regression" or train["__y__"].value_counts().min() >= 10), validation_fraction=0.15, n_iter_no_change=10, random_state=seed)
        y = train["__y__"].to_numpy()
        sw = None
        if weights == "balanced" and task != "regression":
            counts = pd.Series(y).value_counts()
            sw = pd.Series(y).map(len(y) / (len(counts) * counts)).to_numpy()
        est.fit(enc.trees(train), y, sample_weight=sw)
        return Fitted(kind, task, enc, codec, est), None
    if kind in ("naive_bayes", "forest"):
        from sklearn.ensemble import RandomForestClassifier
        from sklearn.naive_bayes import GaussianNB
        est = GaussianNB() if kind == "naive_bayes" else RandomForestClassifier(n_estimators=100, min_samples_leaf=hp.get("min_samples_leaf", 5), random_state=seed, n_jobs=1)
        est.fit(enc.dense(train), train["__y__"].to_numpy())
        fitted = Fitted(kind, task, enc, codec, est)
        if hp.get("calibration") == "isotonic":
            fitted.calibrator = _isotonic_calibrator(fitted, val)
        return fitted, None
    if kind == "mlp":
        Xtr, Xva = enc.dense(train), enc.dense(val)
        ytr, yva = codec.encode(train["__y__"]), codec.encode(val["__y__"])
        model, log = train_mlp(task, Xtr, ytr, Xva, yva, codec, hp, rng)
        return Fitted(kind, task, enc, codec, model), log
    raise ValueError(kind)


def _isotonic_calibrator(fitted: Fitted, val: pd.DataFrame):
    """Per-class isotonic regression fitted on the validation split (one-vs-rest, renormalised)."""
    from sklearn.isotonic import IsotonicRegression
    s = fitted.raw_scores(val)
    y = val["__y__"].to_numpy()
    isos = []
    for j, c in enumerate(fitted.codec.classes):
        iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0)
        iso.fit(s[:, j], (y == c).astype(float))
        isos.append(iso)

    def apply(scores):
        cal = np.stack([iso.predict(scores[:, j]) for j, iso in enumerate(isos)], axis=1)
        cal = np.clip(cal, 1e-4, 1)
        return cal / cal.sum(axis=1, keepdims=True)
    return apply
