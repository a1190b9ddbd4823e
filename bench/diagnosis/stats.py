"""The checks a generated case runs on its own written files before it is scored.

A case counts only when the effect it claims is really in the files: a drift that a two-sample
test sees, a segment whose metric change has a bootstrap CI away from 0, a control whose headline
metric is within noise. These are the generator's own checks, independent of ml-doctor's code.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats as ss

ALPHA = 0.001  # a claimed effect must be this clear in the written files to count as injected
RESAMPLES = 400


def ks(a, b) -> tuple[float, float]:
    a = pd.to_numeric(pd.Series(a), errors="coerce").dropna().to_numpy()
    b = pd.to_numeric(pd.Series(b), errors="coerce").dropna().to_numpy()
    if len(a) < 5 or len(b) < 5:
        return 0.0, 1.0
    r = ss.ks_2samp(a, b)
    return float(r.statistic), float(r.pvalue)


def chi2(a, b) -> float:
    a, b = pd.Series(a).astype(str), pd.Series(b).astype(str)
    levels = sorted(set(a) | set(b))
    t = np.array([[int((a == v).sum()) for v in levels], [int((b == v).sum()) for v in levels]])
    t = t[:, t.sum(axis=0) > 0]
    if t.shape[1] < 2:
        return 1.0
    return float(ss.chi2_contingency(t)[1])


def row_loss(task: str, frame: pd.DataFrame) -> np.ndarray:
    """Per-row error: 0/1 for classification, absolute error for regression (the L1 headline)."""
    if task == "regression":
        return np.abs(frame["__pred__"].to_numpy(dtype=float) - frame["__y__"].to_numpy(dtype=float))
    return (frame["__pred__"].astype(str).to_numpy() != frame["__y__"].astype(str).to_numpy()).astype(float)


def loss_delta_ci(task, base: pd.DataFrame, cur: pd.DataFrame, rng: np.random.Generator, mask_b=None, mask_c=None):
    """CI of (current mean loss - baseline mean loss); positive = worse. Paired on ids when the two
    tables share most ids, else two independent bootstraps."""
    lb, lc = row_loss(task, base), row_loss(task, cur)
    if mask_b is not None:
        lb, ib = lb[mask_b], base["__id__"].to_numpy()[mask_b]
        lc, ic = lc[mask_c], cur["__id__"].to_numpy()[mask_c]
    else:
        ib, ic = base["__id__"].to_numpy(), cur["__id__"].to_numpy()
    lb, lc = np.nan_to_num(lb, nan=1.0), np.nan_to_num(lc, nan=1.0)
    if len(lb) < 10 or len(lc) < 10:
        return 0.0, (-np.inf, np.inf)
    delta = float(lc.mean() - lb.mean())
    common, pb, pc = np.intersect1d(ib, ic, return_indices=True)
    if len(common) >= 0.9 * max(len(lb), len(lc)) and len(np.unique(ic)) == len(ic):
        d = lc[pc] - lb[pb]
        k = rng.integers(0, len(d), (RESAMPLES, len(d)))
        boot = d[k].mean(axis=1)
        delta = float(d.mean())
    else:
        kb = rng.integers(0, len(lb), (RESAMPLES, len(lb)))
        kc = rng.integers(0, len(lc), (RESAMPLES, len(lc)))
        boot = lc[kc].mean(axis=1) - lb[kb].mean(axis=1)
    lo, hi = np.quantile(boot, [0.025, 0.975])
    return delta, (float(lo), float(hi))


def ece(frame: pd.DataFrame, classes) -> float:
    s = frame[[f"__p_{c}__" for c in classes]].to_numpy(dtype=float)
    y = frame["__y__"].astype(str).to_numpy()
    conf = np.nan_to_num(s.max(axis=1))
    hit = np.array(classes, dtype=str)[np.nan_to_num(s, nan=-1).argmax(axis=1)] == y
    bins = np.minimum((conf * 10).astype(int), 9)
    e = 0.0
    for b in range(10):
        m = bins == b
        if m.any():
            e += m.mean() * abs(conf[m].mean() - hit[m].mean())
    return float(e)


def ece_delta_ci(base, cur, classes, rng):
    d = ece(cur, classes) - ece(base, classes)
    boot = []
    for _ in range(100):
        boot.append(ece(cur.iloc[rng.integers(0, len(cur), len(cur))], classes) - ece(base.iloc[rng.integers(0, len(base), len(base))], classes))
    lo, hi = np.quantile(boot, [0.025, 0.975])
    return d, (float(lo), float(hi))


def _headline_metrics(task, y, pred, scores, classes):
    """The metrics a metrics.json reports (generate.compute_metrics), computed on index arrays."""
    if task == "regression":
        e = pred - y
        return {"rmse": -np.sqrt(np.mean(e * e)), "mae": -np.mean(np.abs(e))}  # negated: higher is better
    out = {"accuracy": np.mean(pred == y)}
    if task == "binary":
        pos = str(classes[1])
        t, p = y == pos, pred == pos
        tp = np.sum(t & p)
        out["f1"] = 2 * tp / max(1, np.sum(t) + np.sum(p))
        s = scores[:, 1]
        if np.isfinite(s).all() and 0 < t.sum() < len(t):
            r = ss.rankdata(s)
            out["auc"] = (r[t].sum() - t.sum() * (t.sum() + 1) / 2) / (t.sum() * (len(t) - t.sum()))
            out["brier"] = -np.mean((s - t) ** 2)
    else:
        f1s = []
        for c in classes:
            t, p = y == str(c), pred == str(c)
            f1s.append(2 * np.sum(t & p) / max(1, np.sum(t) + np.sum(p)))
        out["f1_macro"] = np.mean(f1s)
    if np.isfinite(scores).all():
        idx = {str(c): j for j, c in enumerate(classes)}
        py = scores[np.arange(len(y)), np.array([idx.get(v, 0) for v in y])]
        out["log_loss"] = np.mean(np.log(np.clip(py, 1e-15, 1)))  # negated log loss
    return out


def _arrays(task, frame, classes):
    if task == "regression":
        return frame["__y__"].to_numpy(dtype=float), frame["__pred__"].to_numpy(dtype=float), None
    scores = frame[[f"__p_{c}__" for c in classes]].to_numpy(dtype=float)
    return frame["__y__"].astype(str).to_numpy(), frame["__pred__"].astype(str).to_numpy(), scores


def worse_metrics(task, base, cur, classes, rng, resamples=200):
    """The headline metrics whose change is worse beyond noise (95 % bootstrap CI of the change below 0,
    every metric oriented higher-is-better); paired on ids when the two tables hold the same ids."""
    yb, pb, sb = _arrays(task, base, classes)
    yc, pc, sc = _arrays(task, cur, classes)
    ib, ic = base["__id__"].to_numpy(), cur["__id__"].to_numpy()
    paired = len(ib) == len(ic) and np.array_equal(np.sort(ib), np.sort(ic)) and len(np.unique(ic)) == len(ic)
    if paired:
        ob, oc = np.argsort(ib, kind="mergesort"), np.argsort(ic, kind="mergesort")
        yb, pb, yc, pc = yb[ob], pb[ob], yc[oc], pc[oc]
        sb = sb[ob] if sb is not None else None
        sc = sc[oc] if sc is not None else None
    mb = _headline_metrics(task, yb, pb, sb, classes)
    mc = _headline_metrics(task, yc, pc, sc, classes)
    names = [k for k in mb if k in mc]
    boot = {k: [] for k in names}
    for _ in range(resamples):
        kb = rng.integers(0, len(yb), len(yb))
        kc = kb if paired else rng.integers(0, len(yc), len(yc))
        b = _headline_metrics(task, yb[kb], pb[kb], sb[kb] if sb is not None else None, classes)
        c = _headline_metrics(task, yc[kc], pc[kc], sc[kc] if sc is not None else None, classes)
        for k in names:
            if k in b and k in c:
                boot[k].append(c[k] - b[k])
    worse = []
    for k in names:
        if len(boot[k]) >= resamples // 2 and np.quantile(boot[k], 0.975) < 0:
            worse.append(k)
    return worse, {k: float(mc[k] - mb[k]) for k in names}
