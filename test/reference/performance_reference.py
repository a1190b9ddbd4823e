"""Reference values for the performance analysis tests (test/analysis/performance, test/analysis/stats).

Run with /usr/bin/python3 (numpy, scipy 1.10.1, scikit-learn 1.2.1, statsmodels):

    /usr/bin/python3 test/reference/performance_reference.py

Writes test/reference/performance.json: deterministic fixture inputs (small arrays, so the TypeScript
tests need no generator) and the library outputs they are checked against. Fixtures cover tied scores,
scores of exactly 0 and 1 (log-loss clipping), sample weights, multiclass, a class present only in the
predictions, and single-class inputs.
"""

import json
import os

import numpy as np
import scipy
import sklearn
import statsmodels
from scipy import special, stats
from sklearn.calibration import calibration_curve
from sklearn.metrics import (
    accuracy_score,
    average_precision_score,
    brier_score_loss,
    confusion_matrix,
    f1_score,
    log_loss,
    mean_absolute_error,
    mean_absolute_percentage_error,
    mean_squared_error,
    precision_score,
    r2_score,
    recall_score,
    roc_auc_score,
)
from statsmodels.stats.multitest import multipletests

rng = np.random.default_rng(20261125)


def f(x):
    return float(x)


def binary_fixture():
    n = 60
    y = (rng.random(n) < 0.4).astype(int)
    # Scores rounded to one decimal: many ties, within and across classes; two exact 0/1 scores.
    score = np.clip(np.round(0.3 + 0.35 * y + rng.normal(0, 0.25, n), 1), 0, 1)
    score[3] = 1.0
    score[7] = 0.0
    pred = (score >= 0.5).astype(int)
    # Weights with ties and a spread of magnitudes.
    w = np.round(rng.uniform(0.2, 3.0, n), 1)
    out = {"y": y.tolist(), "score": score.tolist(), "pred": pred.tolist(), "weight": w.tolist()}
    for tag, sw in (("unweighted", None), ("weighted", w)):
        out[tag] = {
            "accuracy": f(accuracy_score(y, pred, sample_weight=sw)),
            "precision": f(precision_score(y, pred, sample_weight=sw)),
            "recall": f(recall_score(y, pred, sample_weight=sw)),
            "f1": f(f1_score(y, pred, sample_weight=sw)),
            "auc": f(roc_auc_score(y, score, sample_weight=sw)),
            "average_precision": f(average_precision_score(y, score, sample_weight=sw)),
            "log_loss": f(log_loss(y, score, sample_weight=sw)),
            "brier": f(brier_score_loss(y, score, sample_weight=sw)),
            "confusion": confusion_matrix(y, pred, sample_weight=sw).astype(float).tolist(),
        }
    return out


def multiclass_fixture():
    n, k = 80, 4
    y = rng.integers(0, k, n)
    logits = rng.normal(0, 1, (n, k))
    logits[np.arange(n), y] += 1.2
    probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    probs = np.round(probs, 3)
    probs = probs / probs.sum(axis=1, keepdims=True)  # rows sum to 1 (sklearn's ovr check)
    pred = probs.argmax(axis=1)
    pred[:5] = (y[:5] + 1) % k  # some wrong predictions regardless of the probabilities
    w = np.round(rng.uniform(0.5, 2.0, n), 2)
    labels = list(range(k))
    out = {"k": k, "y": y.tolist(), "pred": pred.tolist(), "probs": probs.T.tolist(), "weight": w.tolist()}
    for tag, sw in (("unweighted", None), ("weighted", w)):
        onehot = np.eye(k)[y]
        out[tag] = {
            "accuracy": f(accuracy_score(y, pred, sample_weight=sw)),
            "f1_macro": f(f1_score(y, pred, average="macro", sample_weight=sw)),
            "f1_weighted": f(f1_score(y, pred, average="weighted", sample_weight=sw)),
            "auc_ovr_macro": f(roc_auc_score(y, probs, multi_class="ovr", average="macro", sample_weight=sw, labels=labels)),
            "log_loss": f(log_loss(y, probs, sample_weight=sw, labels=labels)),
            # Multiclass Brier (sum over classes, mean over rows); sklearn 1.2 has no multiclass form.
            "brier": f(np.average(((probs - onehot) ** 2).sum(axis=1), weights=sw)),
            "confusion": confusion_matrix(y, pred, labels=labels, sample_weight=sw).astype(float).tolist(),
        }
    # A class that occurs only among the predictions still counts in the macro average.
    y2 = np.array([0, 0, 1, 1, 1, 2, 2, 0, 1, 2])
    p2 = np.array([0, 3, 1, 1, 0, 2, 3, 0, 1, 1])
    out["pred_only_class"] = {
        "k": 4,
        "y": y2.tolist(),
        "pred": p2.tolist(),
        "f1_macro": f(f1_score(y2, p2, average="macro")),
        "f1_weighted": f(f1_score(y2, p2, average="weighted")),
    }
    return out


def regression_fixture():
    n = 50
    y = np.round(rng.normal(10, 4, n), 3)
    y[np.abs(y) < 0.5] = 0.5
    pred = np.round(y + rng.normal(0.4, 1.5, n), 3)
    w = np.round(rng.uniform(0.5, 2.5, n), 2)
    out = {"y": y.tolist(), "pred": pred.tolist(), "weight": w.tolist()}
    for tag, sw in (("unweighted", None), ("weighted", w)):
        out[tag] = {
            "rmse": f(mean_squared_error(y, pred, sample_weight=sw, squared=False)),
            "mae": f(mean_absolute_error(y, pred, sample_weight=sw)),
            "r2": f(r2_score(y, pred, sample_weight=sw)),
            "mape": f(mean_absolute_percentage_error(y, pred, sample_weight=sw)),
            "mean_error": f(np.average(pred - y, weights=sw)),
        }
    return out


def exact_tests():
    binom_cases = [(3, 15, 0.5), (10, 20, 0.5), (0, 7, 0.5), (25, 65, 0.5), (120, 215, 0.5), (1500, 3100, 0.5), (3, 20, 0.3), (17, 40, 0.25), (9, 10, 0.9)]
    binom = [{"k": k, "n": n, "p": p, "pvalue": f(stats.binomtest(k, n, p).pvalue)} for k, n, p in binom_cases]
    # Exact McNemar: b = baseline right / current wrong, c = the reverse.
    mcnemar_cases = [(3, 12), (10, 10), (0, 7), (25, 40), (120, 95), (1500, 1600)]
    mcnemar = [{"b": b, "c": c, "pvalue": f(stats.binomtest(b, b + c, 0.5).pvalue)} for b, c in mcnemar_cases]
    fisher_tables = [[[8, 2], [1, 5]], [[30, 10], [22, 18]], [[900, 100], [850, 150]], [[0, 5], [5, 0]], [[12, 40], [12, 40]], [[3, 97], [9, 91]]]
    fisher = [{"table": t, "pvalue": f(stats.fisher_exact(t)[1])} for t in fisher_tables]
    pmf_cases = [(5, 12, 0.3), (0, 10, 0.2), (10, 10, 0.2), (4800, 10000, 0.5), (37, 100000, 0.0004), (123456, 250000, 0.5)]
    pmf = [{"k": k, "n": n, "p": p, "pmf": f(stats.binom.pmf(k, n, p))} for k, n, p in pmf_cases]
    hyper_cases = [(3, 10, 15, 8), (0, 5, 5, 4), (60, 100, 120, 110)]
    hyper = [{"x": x, "good": g, "bad": b, "draws": d, "pmf": f(stats.hypergeom.pmf(x, g + b, g, d))} for x, g, b, d in hyper_cases]
    lgamma = [{"x": x, "value": f(special.gammaln(x))} for x in (0.5, 1, 1.5, 3.7, 10, 15.5, 16, 100.25, 12345.6, 1e6)]
    return {"binomtest": binom, "mcnemar": mcnemar, "fisher": fisher, "binom_pmf": pmf, "hypergeom_pmf": hyper, "lgamma": lgamma}


def distributions():
    z = [-3.5, -1.96, -0.3, 0, 0.7, 2.5, 6]
    t = [(2.1, 5), (-0.8, 12), (3.3, 40.5), (1.0, 1), (7.5, 200)]
    q = [0.001, 0.025, 0.3, 0.5, 0.8, 0.975, 0.9999]
    return {
        "normal_two_sided": [{"z": v, "p": f(2 * stats.norm.sf(abs(v)))} for v in z],
        "normal_cdf": [{"z": v, "cdf": f(stats.norm.cdf(v))} for v in z],
        "student_two_sided": [{"t": v, "df": d, "p": f(2 * stats.t.sf(abs(v), d))} for v, d in t],
        "normal_quantile": [{"p": v, "z": f(stats.norm.ppf(v))} for v in q],
    }


def t_tests():
    """Tests on per-row squared errors (the RMSE segment tests)."""
    n = 45
    eb = rng.normal(0, 1.0, n)
    ec = eb * 1.15 + rng.normal(0.1, 0.6, n)
    xb = np.round(eb**2, 4)
    xc = np.round(ec**2, 4)
    xu = np.round(rng.normal(0.2, 1.3, 38) ** 2, 4)
    return {
        "paired": {"xb": xb.tolist(), "xc": xc.tolist(), "pvalue": f(stats.ttest_rel(xc, xb).pvalue)},
        "welch": {"xb": xb.tolist(), "xc": xu.tolist(), "pvalue": f(stats.ttest_ind(xu, xb, equal_var=False).pvalue)},
    }


def midrank(x):
    order = np.argsort(x, kind="mergesort")
    xs = x[order]
    n = len(x)
    ranks = np.zeros(n)
    i = 0
    while i < n:
        j = i
        while j < n and xs[j] == xs[i]:
            j += 1
        ranks[i:j] = 0.5 * (i + j - 1) + 1
        i = j
    out = np.empty(n)
    out[order] = ranks
    return out


def delong_components(y, score):
    """Sun & Xu (2014) fast DeLong via midranks (independent of the TypeScript tie-group walk)."""
    pos = score[y == 1]
    neg = score[y == 0]
    m, n = len(pos), len(neg)
    tx, ty, tz = midrank(pos), midrank(neg), midrank(np.concatenate([pos, neg]))
    auc = tz[:m].sum() / (m * n) - (m + 1) / (2 * n)
    v10 = (tz[:m] - tx) / n
    v01 = 1 - (tz[m:] - ty) / m
    return auc, v10, v01


def delong_fixture():
    n = 90
    y = (rng.random(n) < 0.45).astype(int)
    sb = np.round(0.5 * y + rng.normal(0, 0.35, n), 1)
    sc = np.round(0.35 * y + rng.normal(0, 0.35, n), 1)
    ab, v10b, v01b = delong_components(y, sb)
    ac, v10c, v01c = delong_components(y, sc)
    m, k = int(y.sum()), int((1 - y).sum())
    s10 = np.cov(np.vstack([v10b, v10c]))
    s01 = np.cov(np.vstack([v01b, v01c]))
    cov = s10 / m + s01 / k
    var_diff = cov[0, 0] + cov[1, 1] - 2 * cov[0, 1]
    z = (ac - ab) / np.sqrt(var_diff)
    unpaired_var = cov[0, 0] + cov[1, 1]
    # Independent runs: the current run on other rows.
    y2 = (rng.random(70) < 0.5).astype(int)
    s2 = np.round(0.3 * y2 + rng.normal(0, 0.35, 70), 1)
    a2, v10u, v01u = delong_components(y2, s2)
    var2 = np.var(v10u, ddof=1) / len(v10u) + np.var(v01u, ddof=1) / len(v01u)
    zu = (a2 - ab) / np.sqrt(cov[0, 0] + var2)
    return {
        "y": y.tolist(),
        "score_base": sb.tolist(),
        "score_cur": sc.tolist(),
        "auc_base": f(ab),
        "auc_cur": f(ac),
        "auc_sklearn_base": f(roc_auc_score(y, sb)),
        "var_base": f(cov[0, 0]),
        "var_cur": f(cov[1, 1]),
        "paired_p": f(2 * stats.norm.sf(abs(z))),
        "unpaired_same_rows_p": f(2 * stats.norm.sf(abs((ac - ab) / np.sqrt(unpaired_var)))),
        "other": {"y": y2.tolist(), "score": s2.tolist(), "auc": f(a2), "unpaired_p": f(2 * stats.norm.sf(abs(zu)))},
    }


def calibration_fixture():
    n = 200
    p = np.round(rng.beta(2, 3, n), 3)
    p[:4] = [0.0, 1.0, 1 / 15, 2 / 15]  # edge values: bin edges go to the lower bin
    y = (rng.random(n) < np.clip(p * 1.2, 0, 1)).astype(int)
    prob_true, prob_pred = calibration_curve(y, p, n_bins=15, strategy="uniform")
    bins = np.linspace(0, 1, 16)
    binids = np.searchsorted(bins[1:-1], p)
    counts = np.bincount(binids, minlength=16)[:15]
    nz = counts[counts > 0]
    gaps = np.abs(prob_true - prob_pred)
    ece = float(np.sum(nz / n * gaps))
    mce = float(np.max(gaps))
    order = np.argsort(p, kind="stable")
    adaptive = 0.0
    for chunk in np.array_split(order, 15):
        adaptive += len(chunk) / n * abs(y[chunk].mean() - p[chunk].mean())
    return {
        "score": p.tolist(),
        "y": y.tolist(),
        "ece": ece,
        "mce": mce,
        "ece_adaptive": float(adaptive),
        "bin_counts": counts.tolist(),
        "brier": f(brier_score_loss(y, p)),
    }


def bh_fixture():
    cases = [
        [0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.9, 0.0001, 0.5, 0.03],
        [0.5, 0.5, 0.5],
        [1e-8, 0.002, 0.049, 0.051, 0.3, 0.7, 0.011, 0.02, 0.02, 0.99, 0.6, 0.0301],
    ]
    out = []
    for p in cases:
        reject, q, _, _ = multipletests(p, alpha=0.05, method="fdr_bh")
        out.append({"p": p, "q": q.tolist(), "reject": reject.tolist()})
    return out


def percentile_fixture():
    s = np.round(rng.normal(0, 1, 1001), 2)
    s[10:30] = 0.5  # ties
    return {
        "samples": s.tolist(),
        "levels": [2.5, 97.5, 5, 95, 50],
        "values": np.percentile(s, [2.5, 97.5, 5, 95, 50]).tolist(),
        "quintiles_of": s[:37].tolist(),
        "quintiles": np.quantile(s[:37], [0.2, 0.4, 0.6, 0.8]).tolist(),
    }


def main():
    data = {
        "versions": {"numpy": np.__version__, "scipy": scipy.__version__, "sklearn": sklearn.__version__, "statsmodels": statsmodels.__version__},
        "binary": binary_fixture(),
        "multiclass": multiclass_fixture(),
        "regression": regression_fixture(),
        "exact": exact_tests(),
        "distributions": distributions(),
        "ttests": t_tests(),
        "delong": delong_fixture(),
        "calibration": calibration_fixture(),
        "bh": bh_fixture(),
        "percentile": percentile_fixture(),
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "performance.json")
    with open(path, "w") as fh:
        json.dump(data, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
