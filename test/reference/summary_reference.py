"""Reference values for the summary path (test/analysis/summary/reference.test.ts).

Run with /usr/bin/python3 (numpy, scipy, scikit-learn):

    /usr/bin/python3 test/reference/summary_reference.py

Writes test/reference/summary.json: deterministic inputs (small arrays) and what the libraries
say about them:
- AUC of a score histogram: sklearn's roc_auc_score of the bin index (ties count 1/2, as the
  histogram AUC does), its DeLong variance (numpy implementation of DeLong et al. 1988 on the binned
  scores) and the raw scores' AUC (which the histogram AUC must be within its stated bound of);
- accuracy / precision / recall / F1 (sklearn) and their variances as the infinitesimal jackknife
  (numerical derivative of the metric in each row's weight), which the analytic formulas must equal;
- RMSE, MAE, mean error and their infinitesimal-jackknife variances;
- the two-sample KS statistic (scipy.stats.ks_2samp) of raw samples, which the sketch's bracket
  must contain.
"""

import json
import os

import numpy as np
from scipy import stats
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score, roc_auc_score

rng = np.random.RandomState(20261204)
out = {}

# --- score histogram AUC --------------------------------------------------------------------
n = 600
y = (rng.rand(n) < 0.45).astype(int)
score = np.clip(1 / (1 + np.exp(-(1.4 * y - 0.7 + rng.randn(n)))), 0, 1)
score = np.round(score, 6)
BINS = 1000
binned = np.minimum(BINS - 1, np.floor(score * BINS)).astype(int)


def delong_variance(y, s):
    pos = s[y == 1]
    neg = s[y == 0]
    m, k = len(pos), len(neg)
    v10 = np.array([((neg < p).sum() + 0.5 * (neg == p).sum()) / k for p in pos])
    v01 = np.array([((pos > q).sum() + 0.5 * (pos == q).sum()) / m for q in neg])
    return v10.var(ddof=1) / m + v01.var(ddof=1) / k


out["auc"] = {
    "labels": y.tolist(),
    "scores": score.tolist(),
    "auc_binned": roc_auc_score(y, binned),
    "delong_var_binned": delong_variance(y, binned),
    "auc_raw": roc_auc_score(y, score),
}


# --- confusion metrics and their variances ------------------------------------------------
def ij_variance(metric, n_rows):
    """Infinitesimal jackknife: Var ≈ Σ_i U_i² / n², U_i = d metric(w) / d w_i · n (central differences)."""
    w0 = np.ones(n_rows)
    h = 1e-6
    u = np.empty(n_rows)
    for i in range(n_rows):
        wp = w0.copy()
        wp[i] += h
        wm = w0.copy()
        wm[i] -= h
        u[i] = (metric(wp) - metric(wm)) / (2 * h) * n_rows
    return float((u ** 2).sum() / n_rows ** 2)


yt = (rng.rand(400) < 0.4).astype(int)
yp = np.where(rng.rand(400) < 0.75, yt, 1 - yt)


def weighted(fn):
    return lambda w: fn(yt, yp, sample_weight=w)


out["confusion"] = {
    "y_true": yt.tolist(),
    "y_pred": yp.tolist(),
    "accuracy": accuracy_score(yt, yp),
    "precision": precision_score(yt, yp),
    "recall": recall_score(yt, yp),
    "f1": f1_score(yt, yp),
    "var": {
        "accuracy": ij_variance(weighted(accuracy_score), len(yt)),
        "precision": ij_variance(weighted(precision_score), len(yt)),
        "recall": ij_variance(weighted(recall_score), len(yt)),
        "f1": ij_variance(weighted(f1_score), len(yt)),
    },
}

# --- regression error sums ------------------------------------------------------------------
ry = rng.randn(300) * 3 + 10
rp = ry + rng.standard_t(4, 300)
e = rp - ry


def wmean(v):
    return lambda w: float((w * v).sum() / w.sum())


out["regression"] = {
    "y": ry.tolist(),
    "pred": rp.tolist(),
    "rmse": float(np.sqrt((e ** 2).mean())),
    "mae": float(np.abs(e).mean()),
    "mean_error": float(e.mean()),
    "var": {
        "rmse": ij_variance(lambda w: np.sqrt(wmean(e ** 2)(w)), len(e)),
        "mae": ij_variance(wmean(np.abs(e)), len(e)),
        "mean_error": ij_variance(wmean(e), len(e)),
    },
}

# --- KS of raw samples ----------------------------------------------------------------------
a = np.round(rng.randn(800), 3)
b = np.round(np.concatenate([rng.randn(500), 1.5 + 0.4 * rng.randn(300)]), 3)
out["ks"] = {"base": a.tolist(), "cur": b.tolist(), "d": float(stats.ks_2samp(a, b).statistic)}

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "summary.json")
with open(path, "w") as f:
    json.dump(out, f)
    f.write("\n")
print("wrote", path)
