"""Generates randomized diagnosis-benchmark cases: a user's CI job run twice on real data.

Each case trains a real model on a real dataset for the base branch, then again for a pull request
that injects one fault (or, for a control, changes nothing that matters), and writes both runs'
artifacts as CONTRACT §1-2 describe, with the conventions varied the way repositories vary them.
Every case checks its own injected effect on the written files (stats.py); a case whose effect is
not there is regenerated with the next attempt seed, never scored. One seed gives byte-identical
cases.

Usage: python3 generate.py --seed S --cases N --out DIR --vega DIR [--jobs J]
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
from dataclasses import dataclass, field

# One thread per process: the cases are small and run in parallel processes; OpenMP's thread
# start-up costs more than it saves at these sizes (a 442-row boosting fit took 1.7 s with it).
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import datasets as D  # noqa: E402
import model as M  # noqa: E402
import stats as S  # noqa: E402

MAX_ATTEMPTS = 18  # draws per case before it is reported as unbuildable
# The numpy MLP steps in Python: past ~12k rows a 200-epoch run takes minutes, so larger datasets
# get the boosted trees (a user's small-MLP repository is small too).
MLP_MAX_ROWS = 12000
MIN_SEGMENT_ROWS = 30  # a segment smaller than this cannot carry a testable change on a few hundred rows


# ----------------------------------------------------------------------------- runs

@dataclass
class Run:
    kind: str
    hp: dict
    seed: int
    train: pd.DataFrame
    val: pd.DataFrame
    eval: pd.DataFrame
    numeric: list
    categorical: list
    params: dict
    threshold: float = 0.5
    file_hook: object = None  # text -> text, applied to the written eval table (a job cut short)
    drop_eval: bool = False
    out: pd.DataFrame | None = None
    log: list | None = None
    fitted: object = None


@dataclass
class Case:
    index: int
    seed: int
    rng: np.random.Generator
    ds: D.Dataset
    family: str
    control: bool
    base: Run
    cur: Run
    change: str = ""
    expect: list = field(default_factory=list)
    effect: float = float("nan")
    effect_name: str = ""
    localized: dict | None = None  # the segment a fault lives in, for the secondary expectation
    checks: list = field(default_factory=list)


def split(ds: D.Dataset, seed: int) -> dict:
    f = ds.frame.copy()
    f["__id__"] = np.arange(len(f)) + 1
    if ds.time_ordered:
        f = f.sort_values(["__t__", "__id__"], kind="mergesort")
    else:
        f = f.iloc[np.random.default_rng(seed).permutation(len(f))]
    n = len(f)
    a, b, c, _ = ds.split
    i1, i2, i3 = int(n * a), int(n * (a + b)), int(n * (a + b + c))
    return {"train": f.iloc[:i1], "val": f.iloc[i1:i2], "eval": f.iloc[i2:i3], "pool": f.iloc[i3:]}


def default_hp(kind: str, rng) -> dict:
    if kind == "gbm":
        return {"learning_rate": float(rng.choice([0.05, 0.1])), "max_iter": 150, "max_depth": int(rng.choice([3, 4, 6])), "min_samples_leaf": 20}
    if kind == "mlp":
        return {"hidden": [int(rng.choice([32, 64]))], "lr": 0.003, "epochs": 40, "batch_size": 64, "optimizer": "adam",
                "weight_decay": 1e-4, "clip": 5.0, "patience": 6, "restore_best": True, "lr_schedule": "constant"}
    if kind in ("naive_bayes", "forest"):
        return {"calibration": "isotonic", "min_samples_leaf": 5}
    raise ValueError(kind)


def params_doc(run: Run, ds: D.Dataset, split_seed: int, label_name: str) -> dict:
    model = {"gbm": "hist_gradient_boosting", "mlp": "mlp", "naive_bayes": "gaussian_nb", "forest": "random_forest"}[run.kind]
    doc = {
        "seed": run.seed,
        "task": ds.task,
        "data": {"source": ds.source, "label": label_name, "eval_snapshot": "2024w21", "split": {"seed": split_seed, "val": ds.split[1], "test": ds.split[2]}},
        "features": {"numeric": list(run.numeric), "categorical": list(run.categorical)},
        "model": {"type": model},
        "training": {"num_workers": 2, "log_every": 50},
    }
    if run.kind == "mlp":
        hp = run.hp
        doc["model"].update({"hidden": list(hp["hidden"]), "activation": "relu"})
        doc["optimizer"] = {"name": hp["optimizer"], "lr": hp["lr"], "batch_size": hp["batch_size"], "epochs": hp["epochs"],
                            "weight_decay": hp["weight_decay"], "grad_clip": hp["clip"], "early_stopping_patience": hp["patience"],
                            "restore_best": hp["restore_best"], "lr_schedule": hp["lr_schedule"]}
    elif run.kind == "gbm":
        doc["model"].update({k: v for k, v in run.hp.items() if k in ("learning_rate", "max_iter", "max_depth", "min_samples_leaf", "l2")})
        if run.hp.get("sample_weight"):
            doc["model"]["class_weight"] = run.hp["sample_weight"]
    else:
        doc["model"]["calibration"] = run.hp.get("calibration", "none")
    return doc


def train_and_predict(run: Run, ds: D.Dataset) -> None:
    run.fitted, run.log = M.fit(run.kind, ds.task, run.train, run.val, run.numeric, run.categorical, run.hp, run.seed)
    if run.drop_eval:
        run.out = run.eval.iloc[:0].copy()
        run.out["__pred__"] = []
        return
    pred, scores = run.fitted.predict(run.eval, run.threshold)
    out = run.eval.copy()
    out["__pred__"] = pred
    if scores is not None:
        for j, c in enumerate(run.fitted.codec.classes):
            out[f"__p_{c}__"] = scores[:, j]
    run.out = out


# ----------------------------------------------------------------------------- choosing what to break

def numeric_features(ds, frame, min_distinct=8):
    return [c for c in ds.numeric if pd.to_numeric(frame[c], errors="coerce").nunique() >= min_distinct]


def pick_feature(case: Case, min_distinct=8, important=True):
    """A numeric feature, preferring those the label depends on (|Spearman| in the training split)."""
    frame = case.base.train
    cands = numeric_features(case.ds, frame, min_distinct)
    if not cands:
        return None
    if important and case.ds.task != "multiclass":
        y = pd.to_numeric(frame["__y__"], errors="coerce")
        corr = np.array([abs(pd.to_numeric(frame[c], errors="coerce").corr(y, method="spearman") or 0) for c in cands])
        corr = np.nan_to_num(corr)
        top = [cands[i] for i in np.argsort(-corr, kind="mergesort")[: max(2, len(cands) // 3)]]
        return str(case.rng.choice(top))
    return str(case.rng.choice(cands))


def pick_segment(case: Case, columns=None):
    """(column, value, mask function, truth value): a categorical value holding 8-50 % of the eval rows,
    else a quartile of a numeric feature (the truth names a value inside it)."""
    ev = case.base.eval
    cols = columns if columns is not None else case.ds.categorical
    opts = []
    for c in cols:
        share = ev[c].astype(str).value_counts(normalize=True)
        for v, s in share.items():
            if 0.08 <= s <= 0.5 and s * len(ev) >= MIN_SEGMENT_ROWS:
                opts.append((c, v))
    if opts:
        c, v = opts[int(case.rng.integers(len(opts)))]
        return c, v, (lambda df, c=c, v=v: df[c].astype(str).to_numpy() == v), v
    if columns is not None:
        return None
    f = pick_feature(case, min_distinct=12, important=False)
    if f is None:
        return None
    x = pd.to_numeric(case.base.train[f], errors="coerce")
    hi = bool(case.rng.integers(2))
    q = float(x.quantile(0.75 if hi else 0.25))
    if hi:
        mask = lambda df, f=f, q=q: pd.to_numeric(df[f], errors="coerce").to_numpy() > q  # noqa: E731
    else:
        mask = lambda df, f=f, q=q: pd.to_numeric(df[f], errors="coerce").to_numpy() <= q  # noqa: E731
    inside = x[mask(case.base.train)]
    if len(inside) < 5:
        return None
    return f, None, mask, float(inside.median())


def seg_item(category, seg):
    c, v, _, tv = seg
    item = {"category": category, "segment": {"column": c}}
    if tv is not None:
        item["segment"]["value"] = str(tv) if not isinstance(tv, float) else tv
    return item


# ----------------------------------------------------------------------------- fault families
# Each takes the case (base already configured, current a copy of it) and changes the current run;
# it returns False when the dataset cannot host it. Self-checks are appended to case.checks.

def _fmt(x):
    return f"{x:g}" if isinstance(x, float) else str(x)


def fam_scale_skew(case: Case):
    f = pick_feature(case)
    if f is None:
        return False
    k = float(case.rng.choice([1000.0, 100.0, 12.0, 3.6, 2.54, 0.3048, 1 / 12, 0.01, 0.001]))
    ev = case.cur.eval.copy()
    ev[f] = pd.to_numeric(ev[f], errors="coerce") * k
    case.cur.eval = ev
    case.change = f"The serving feature job now writes `{f}` in other units (x{k:g}); the model was trained on the old units."
    case.expect = [{"category": "preprocessing", "feature": f}]
    case.effect_name, case.effect = "|log10 scale|", abs(math.log10(k))
    case.checks.append(lambda c: S.ks(c.base.out[f], c.cur.out[f])[1] < S.ALPHA)
    return True


def fam_offset_shift(case: Case):
    f = pick_feature(case)
    if f is None:
        return False
    x = pd.to_numeric(case.base.train[f], errors="coerce")
    z = float(case.rng.uniform(0.3, 3.0))
    ev = case.cur.eval.copy()
    ev[f] = pd.to_numeric(ev[f], errors="coerce") + z * float(x.std())
    case.cur.eval = ev
    case.change = f"A refactor of the feature pipeline adds a constant offset to `{f}` ({z:.2f} training SDs) at serving time."
    case.expect = [{"category": "preprocessing", "feature": f}]
    case.effect_name, case.effect = "offset in SDs", z
    case.checks.append(lambda c: S.ks(c.base.out[f], c.cur.out[f])[1] < S.ALPHA)
    return True


def fam_recoded_category(case: Case):
    cands = [c for c in case.ds.categorical if 3 <= case.base.eval[c].nunique() <= 30]
    if not cands:
        return False
    f = str(case.rng.choice(cands))
    levels = list(case.base.train[f].astype(str).value_counts().index)
    perm = list(levels)
    while perm == levels:
        perm = list(case.rng.permutation(levels))
    mapping = dict(zip(levels, perm))
    ev = case.cur.eval.copy()
    orig = ev[f]
    ev[f] = orig.astype(str).map(mapping).fillna(orig.astype(str))
    if pd.api.types.is_numeric_dtype(orig):
        ev[f] = pd.to_numeric(ev[f], errors="coerce")
    case.cur.eval = ev
    case.change = f"The category codes of `{f}` were re-mapped by a new lookup table at serving time."
    case.expect = [{"category": "preprocessing", "feature": f}]
    changed = float((ev[f].astype(str) != orig.astype(str)).mean())
    case.effect_name, case.effect = "rows re-coded", changed
    case.checks.append(lambda c: S.chi2(c.base.out[f], c.cur.out[f]) < S.ALPHA)
    return True


def fam_swapped_columns(case: Case):
    cands = numeric_features(case.ds, case.base.train)
    if len(cands) < 2:
        return False
    a, b = [str(x) for x in case.rng.choice(cands, 2, replace=False)]
    ev = case.cur.eval.copy()
    ev[a], ev[b] = case.base.eval[b].to_numpy(), case.base.eval[a].to_numpy()
    case.cur.eval = ev
    case.change = f"The serving code builds the feature vector in another column order: `{a}` and `{b}` are swapped."
    case.expect = [{"category": "preprocessing"}]
    d, _ = S.ks(case.base.eval[a], case.base.eval[b])
    case.effect_name, case.effect = "KS between the swapped columns", d
    case.checks.append(lambda c: min(S.ks(c.base.out[a], c.cur.out[a])[1], S.ks(c.base.out[b], c.cur.out[b])[1]) < S.ALPHA)
    return True


def _affect(case: Case, frac_lo, frac_hi):
    p = float(case.rng.uniform(frac_lo, frac_hi))
    n = len(case.cur.eval)
    m = case.rng.random(n) < p
    return p, m


def fam_text_numbers(case: Case):
    f = pick_feature(case)
    if f is None:
        return False
    p, m = _affect(case, 0.05, 1.0)
    style = str(case.rng.choice(["thousands", "decimal_comma", "unit"]))
    ev = case.cur.eval.copy()
    x = pd.to_numeric(ev[f], errors="coerce")

    def fmt(v):
        if not np.isfinite(v):
            return ""
        if style == "thousands":
            return f"{v:,.2f}" if abs(v) >= 1000 else f"{v:.2f} "
        if style == "decimal_comma":
            return f"{v:.3f}".replace(".", ",")
        return f"{v:g} units"
    col = x.astype(object)
    col[m] = [fmt(v) for v in x[m]]
    ev[f] = col
    case.cur.eval = ev
    case.change = f"A new export writes `{f}` as formatted text ({style}) for {p:.0%} of rows; the model's loader coerces them to missing."
    case.expect = [{"category": "data_quality", "feature": f}]
    case.effect_name, case.effect = "share of rows as text", p
    case.checks.append(lambda c: int(m.sum()) >= 5)
    return True


def fam_sentinel(case: Case):
    f = pick_feature(case)
    if f is None:
        return False
    p, m = _affect(case, 0.02, 0.5)
    val = float(case.rng.choice([-999.0, -1.0, 9999.0, 99999.0, 0.0]))
    x = pd.to_numeric(case.base.train[f], errors="coerce")
    if x.min() <= val <= x.max():
        val = -999.0 if x.min() > -999 else 99999.0
    ev = case.cur.eval.copy()
    col = pd.to_numeric(ev[f], errors="coerce").copy()
    col[m] = val
    ev[f] = col
    case.cur.eval = ev
    case.change = f"The upstream table now fills unknown `{f}` with the sentinel {val:g} ({p:.0%} of rows)."
    case.expect = [{"category": "data_quality", "feature": f}]
    case.effect_name, case.effect = "share of sentinel rows", p
    case.checks.append(lambda c: int(m.sum()) >= 5)
    return True


def fam_nulls(case: Case):
    f = pick_feature(case)
    if f is None:
        return False
    p, m = _affect(case, 0.03, 0.9)
    ev = case.cur.eval.copy()
    col = pd.to_numeric(ev[f], errors="coerce").copy()
    col[m] = np.nan
    ev[f] = col
    case.cur.eval = ev
    case.change = f"A join in the feature query now misses `{f}` for {p:.0%} of rows (nulls)."
    case.expect = [{"category": "data_quality", "feature": f}]
    base_na = float(pd.to_numeric(case.base.eval[f], errors="coerce").isna().mean())
    case.effect_name, case.effect = "added null share", p * (1 - base_na)
    case.checks.append(lambda c: int(m.sum()) >= 5)
    return True


def fam_duplicates(case: Case):
    p = float(case.rng.uniform(0.03, 0.4))
    ev = case.cur.eval
    k = max(5, int(p * len(ev)))
    dup = ev.iloc[np.sort(case.rng.choice(len(ev), k, replace=False))]
    out = pd.concat([ev, dup])
    case.cur.eval = out.iloc[case.rng.permutation(len(out))]
    case.change = f"The eval export runs its last page twice: {k} rows ({p:.0%}) are duplicated."
    case.expect = [{"category": "data_quality"}]
    case.effect_name, case.effect = "duplicated share", p
    return True


def fam_renamed_column(case: Case):
    f = pick_feature(case)
    if f is None:
        return False
    new = str(case.rng.choice([f"{f}_v2", f"{f}_new", f"{f.upper()}", f"feat_{f}"]))
    case.cur.eval = case.cur.eval.rename(columns={f: new})
    case.change = f"The feature store renamed `{f}` to `{new}`; the model still asks for `{f}` and gets missing values."
    case.expect = [{"category": "data_quality", "feature": f}]
    case.effect_name, case.effect = "renamed", 1.0
    return True


def fam_dropped_column(case: Case):
    f = pick_feature(case)
    if f is None:
        return False
    case.cur.eval = case.cur.eval.drop(columns=[f])
    case.change = f"The eval query no longer selects `{f}`; the model is served missing values for it."
    case.expect = [{"category": "data_quality", "feature": f}]
    case.effect_name, case.effect = "dropped", 1.0
    return True


def _tilted_sample(rng, frame, f, beta, n):
    x = pd.to_numeric(frame[f], errors="coerce")
    z = ((x - x.mean()) / (x.std() or 1)).fillna(0).to_numpy()
    w = np.exp(beta * np.clip(z, -3, 3))
    w = w / w.sum()
    return frame.iloc[np.sort(rng.choice(len(frame), n, replace=True, p=w))]


def fam_segment_drift(case: Case, splits):
    seg = pick_segment(case)
    if seg is None or seg[1] is None:
        return False
    c, v, mask, _ = seg
    cands = [x for x in numeric_features(case.ds, case.base.train) if x != c]
    if not cands:
        return False
    f = str(case.rng.choice(cands))
    beta = float(case.rng.uniform(0.5, 2.5)) * float(case.rng.choice([-1, 1]))
    ev = case.cur.eval
    inside = ev[mask(ev)]
    donors = pd.concat([splits["pool"], splits["eval"]])
    donors = donors[mask(donors)]
    if len(donors) < 20:
        return False
    new_seg = _tilted_sample(case.rng, donors, f, beta, len(inside)).copy()
    # rows drawn again get new ids: they are new examples of the same population, not duplicates
    new_seg["__id__"] = np.arange(len(new_seg)) + 10_000_000
    case.cur.eval = pd.concat([ev[~mask(ev)], new_seg])
    case.change = f"The PR moved the eval snapshot; in it the {c}={v} rows come from a new intake with {'higher' if beta > 0 else 'lower'} `{f}`."
    case.expect = [{"category": "feature_drift", "feature": f, "segment": {"column": c, "value": str(v)}}]
    case.localized = seg
    d, _ = S.ks(inside[f], new_seg[f])
    case.effect_name, case.effect = "KS inside the segment", d
    case.checks.append(lambda cc: S.ks(inside[f], cc.cur.out[mask(cc.cur.out)][f])[1] < S.ALPHA)
    return True


def fam_global_drift(case: Case, splits):
    f = pick_feature(case, important=False)
    if f is None:
        return False
    beta = float(case.rng.uniform(0.3, 2.0)) * float(case.rng.choice([-1, 1]))
    donors = pd.concat([splits["pool"], splits["eval"]])
    new = _tilted_sample(case.rng, donors, f, beta, len(case.base.eval)).copy()
    new["__id__"] = np.arange(len(new)) + 10_000_000
    case.cur.eval = new
    case.change = f"The eval set was re-drawn from a new traffic source with {'higher' if beta > 0 else 'lower'} `{f}`."
    case.expect = [{"category": "feature_drift", "feature": f}]
    d, _ = S.ks(case.base.eval[f], new[f])
    case.effect_name, case.effect = "KS", d
    case.checks.append(lambda c: S.ks(c.base.out[f], c.cur.out[f])[1] < S.ALPHA)
    return True


def fam_time_drift(case: Case, splits):
    if not case.ds.time_ordered:
        return False
    pool = splits["pool"]
    n = min(len(pool), len(case.base.eval))
    case.cur.eval = pool.iloc[len(pool) - n:]
    case.change = "The eval snapshot moved to the latest period of the data (a real, later time window)."
    case.expect = [{"category": "feature_drift"}]
    best = max((S.ks(case.base.eval[f], case.cur.eval[f]) for f in numeric_features(case.ds, case.base.train, 3)), default=(0, 1))
    case.effect_name, case.effect = "largest KS", best[0]
    case.checks.append(lambda c: best[1] < S.ALPHA)
    return True


def fam_label_prior(case: Case, splits):
    donors = pd.concat([splits["pool"], splits["eval"]])
    y = donors["__y__"]
    if case.ds.task == "regression":
        z = ((y - y.mean()) / (y.std() or 1)).clip(-3, 3).to_numpy()
        beta = float(case.rng.uniform(0.3, 1.5)) * float(case.rng.choice([-1, 1]))
        w = np.exp(beta * z)
    else:
        classes = sorted(pd.unique(y))
        up = classes[int(case.rng.integers(len(classes)))]
        k = float(case.rng.uniform(1.5, 5.0))
        w = np.where(y.to_numpy() == up, k, 1.0)
    w = w / w.sum()
    new = donors.iloc[np.sort(case.rng.choice(len(donors), len(case.base.eval), replace=True, p=w))].copy()
    new["__id__"] = np.arange(len(new)) + 10_000_000
    case.cur.eval = new
    case.change = "The eval set now samples the label mix of the new quarter: the target distribution moved."
    case.expect = [{"category": "label_shift"}]
    if case.ds.task == "regression":
        d, p = S.ks(case.base.eval["__y__"], new["__y__"])
        case.effect_name, case.effect = "KS of the target", d
    else:
        pb = case.base.eval["__y__"].value_counts(normalize=True)
        pc = new["__y__"].value_counts(normalize=True)
        d = float(0.5 * (pb.reindex(pc.index.union(pb.index), fill_value=0) - pc.reindex(pc.index.union(pb.index), fill_value=0)).abs().sum())
        p = S.chi2(case.base.eval["__y__"], new["__y__"])
        case.effect_name, case.effect = "total variation of the class mix", d
    case.checks.append(lambda c: p < S.ALPHA)
    return True


def _flip_labels(case, frame, m):
    y = frame["__y__"].copy()
    if case.ds.task == "regression":
        vals = y[m].to_numpy()
        y[m] = case.rng.permutation(vals) if len(vals) > 1 else vals
        return y
    classes = sorted(pd.unique(case.base.train["__y__"]))
    new = []
    for v in y[m]:
        others = [c for c in classes if c != v]
        new.append(others[int(case.rng.integers(len(others)))])
    y[m] = new
    return y


def fam_segment_label_noise(case: Case):
    if case.ds.task == "regression":
        return False
    seg = pick_segment(case)
    if seg is None:
        return False
    c, v, mask, _ = seg
    p = float(case.rng.uniform(0.1, 0.45))
    ev = case.cur.eval.copy()
    m = mask(ev) & (case.rng.random(len(ev)) < p)
    ev["__y__"] = _flip_labels(case, ev, m)
    case.cur.eval = ev
    where = f"{c}={v}" if v is not None else f"a quartile of {c}"
    case.change = f"A new labelling vendor relabelled {where}; {p:.0%} of those labels are now wrong."
    case.expect = [seg_item("label_noise", seg)]
    case.localized = seg
    case.effect_name, case.effect = "flip rate in the segment", p
    case.checks.append(lambda cc: int(m.sum()) >= 8)
    return True


def fam_class_flip(case: Case):
    if case.ds.task == "regression":
        return False
    classes = sorted(pd.unique(case.base.train["__y__"]))
    a, b = [classes[i] for i in case.rng.choice(len(classes), 2, replace=False)]
    p = float(case.rng.uniform(0.1, 0.6))
    ev = case.cur.eval.copy()
    m = (ev["__y__"].to_numpy() == a) & (case.rng.random(len(ev)) < p)
    y = ev["__y__"].copy()
    y[m] = b
    ev["__y__"] = y
    case.cur.eval = ev
    case.change = f"A label mapping bug turns {p:.0%} of class {a} into class {b} in the eval labels."
    case.expect = [{"category": "label_noise"}]
    case.effect_name, case.effect = "share of the class flipped", p
    case.checks.append(lambda cc: int(m.sum()) >= 8)
    return True


def fam_train_eval_overlap(case: Case):
    p = float(case.rng.uniform(0.3, 1.0))
    ev = case.base.eval
    take = ev.iloc[np.sort(case.rng.choice(len(ev), int(p * len(ev)), replace=False))]
    case.cur.train = pd.concat([case.cur.train, take])
    case.cur.params.setdefault("data", {})["train_tables"] = ["train", "eval"]
    case.change = f"The PR added the eval split to the training tables ('use all labelled data'): {p:.0%} of eval rows are trained on."
    case.expect = [{"category": "leakage"}]
    case.effect_name, case.effect = "share of eval rows in training", p
    case.checks.append(lambda c: len(take) >= 10)
    return True


def fam_post_outcome(case: Case):
    name = str(case.rng.choice(["refund_issued", "days_to_resolution", "final_status_code", "followup_count", "outcome_score"]))
    noise = float(case.rng.uniform(0.02, 0.3))

    def leak(frame):
        y = frame["__y__"]
        if case.ds.task == "regression":
            v = pd.to_numeric(y).to_numpy(dtype=float)
            return v + case.rng.normal(0, noise * 3 * (np.std(v) or 1), len(v))
        classes = sorted(pd.unique(case.base.train["__y__"]))
        code = y.map({c: i for i, c in enumerate(classes)}).to_numpy(dtype=float)
        flip = case.rng.random(len(code)) < noise
        code[flip] = case.rng.integers(0, len(classes), int(flip.sum()))
        return code + case.rng.normal(0, 0.1, len(code))
    for part in ("train", "val", "eval"):
        fr = getattr(case.cur, part).copy()
        fr[name] = leak(fr)
        setattr(case.cur, part, fr)
    case.cur.numeric = case.cur.numeric + [name]
    case.cur.params["features"]["numeric"] = list(case.cur.numeric)
    case.change = f"The PR added the feature `{name}`, recorded after the outcome is known."
    case.expect = [{"category": "leakage", "feature": name}]
    case.effect_name, case.effect = "share of rows the leaked copy gets right", 1 - noise
    return True


def fam_undersampled_segment(case: Case):
    seg = pick_segment(case)
    if seg is None:
        return False
    c, v, mask, _ = seg
    keep = float(case.rng.uniform(0.0, 0.15))
    tr = case.cur.train
    m = mask(tr)
    drop = m & (case.rng.random(len(tr)) > keep)
    case.cur.train = tr[~drop]
    noisy = bool(case.rng.integers(2)) and case.ds.task != "regression"
    if noisy:
        tr2 = case.cur.train.copy()
        mm = mask(tr2)
        tr2["__y__"] = _flip_labels(case, tr2, mm & (case.rng.random(len(tr2)) < 0.4))
        case.cur.train = tr2
    where = f"{c}={v}" if v is not None else f"the {'upper' if seg[3] > pd.to_numeric(case.base.train[c]).median() else 'lower'} quartile of {c}"
    case.change = f"A new training-data filter keeps only {keep:.0%} of {where}" + (" and those with corrupted labels." if noisy else ".")
    case.expect = [seg_item("segment_regression", seg)]
    case.localized = seg
    case.checks.append(lambda cc: _seg_worse(cc, mask, need=True))
    case.effect_name = "segment loss increase"
    return True


def _seg_worse(case, mask, need):
    d, (lo, hi) = S.loss_delta_ci(case.ds.task, case.base.out, case.cur.out, case.rng, mask(case.base.out), mask(case.cur.out))
    if need:
        case.effect = d
    return lo > 0


def fam_protected_undersampled(case: Case):
    cols = [c for c in case.ds.protected if c in case.ds.categorical]
    numeric_prot = [c for c in case.ds.protected if c in case.ds.numeric]
    seg = pick_segment(case, columns=cols) if cols else None
    if seg is None and numeric_prot:
        c = numeric_prot[0]
        x = pd.to_numeric(case.base.train[c], errors="coerce")
        q = float(x.quantile(0.7))
        mask = lambda df, c=c, q=q: pd.to_numeric(df[c], errors="coerce").to_numpy() > q  # noqa: E731
        seg = (c, None, mask, float(x[x > q].median()))
    if seg is None:
        return False
    c, v, mask, _ = seg
    keep = float(case.rng.uniform(0.0, 0.1))
    tr = case.cur.train
    drop = mask(tr) & (case.rng.random(len(tr)) > keep)
    case.cur.train = tr[~drop]
    case.cur.params["data"]["train_query"] = "applicants_v2_deduplicated"
    case.change = f"The new training query keeps only {keep:.0%} of the rows of the protected group {c}{'=' + str(v) if v is not None else ' (oldest 30%)'}."
    case.expect = [{"category": "bias", "segment": {"column": c}}]
    case.localized = seg
    case.checks.append(lambda cc: _seg_worse(cc, mask, need=True))
    case.effect_name = "group loss increase"
    return True


def fam_train_subsample(case: Case):
    frac = float(case.rng.uniform(0.02, 0.25))
    tr = case.cur.train
    case.cur.train = tr.iloc[np.sort(case.rng.choice(len(tr), max(30, int(frac * len(tr))), replace=False))]
    case.change = f"A broken data loader reads only the first shards: {frac:.0%} of the training rows, with no parameter change."
    case.expect = [{"category": "metric_regression"}]
    case.effect_name = "headline loss increase"
    case.checks.append(lambda c: _head_worse(c, need=True))
    return True


def _head_worse(case, need=False):
    d, (lo, hi) = S.loss_delta_ci(case.ds.task, case.base.out, case.cur.out, case.rng)
    if need:
        case.effect = d
    return lo > 0


def fam_config_change(case: Case):
    if case.cur.kind == "gbm":
        opt = str(case.rng.choice(["depth", "leaf", "iter", "drop_feature"]))
    else:
        opt = "drop_feature"
    hp = case.cur.hp
    if opt == "depth":
        hp["max_depth"], what = 1, f"`model.max_depth` {case.base.hp['max_depth']} → 1"
    elif opt == "leaf":
        hp["min_samples_leaf"] = max(50, len(case.cur.train) // 8)
        what = f"`model.min_samples_leaf` 20 → {hp['min_samples_leaf']}"
    elif opt == "iter":
        hp["max_iter"], hp["learning_rate"], what = 3, 0.05, "`model.max_iter` 150 → 3"
    else:
        f = pick_feature(case)
        if f is None:
            return False
        case.cur.numeric = [x for x in case.cur.numeric if x != f]
        what = f"`features.numeric` drops `{f}`"
    case.cur.params = params_doc(case.cur, case.ds, case.cur.params["data"]["split"]["seed"], case.cur.params["data"]["label"])
    case.change = f"The PR changed a model setting: {what}."
    case.expect = [{"category": "config_change"}]
    case.effect_name = "headline loss increase"
    case.checks.append(lambda c: _head_worse(c, need=True))
    return True


def _mlp(case: Case):
    return case.cur.kind == "mlp"


def fam_overfitting(case: Case):
    if not _mlp(case) or len(case.base.train) < 200:
        return False
    hp = case.cur.hp
    hp.update({"patience": None, "restore_best": False, "weight_decay": 0.0, "epochs": int(case.rng.choice([120, 200])),
               "hidden": [256, 256]})
    case.change = "The PR removed early stopping and weight decay and widened the network (256x256) for 'more capacity'."
    case.expect = [{"category": "overfitting"}]
    case.effect_name = "final/best val loss"

    def check(c):
        v = [r["val_loss"] for r in c.cur.log]
        best = min(v)
        c.effect = v[-1] / best if best > 0 else float("nan")
        return v[-1] > best * 1.15 and c.cur.log[-1]["train_loss"] < c.cur.log[int(np.argmin(v))]["train_loss"]
    case.checks.append(check)
    return True


def fam_underfitting(case: Case):
    if not _mlp(case):
        return False
    hp = case.cur.hp
    mode = str(case.rng.choice(["epochs", "width"]))
    if mode == "epochs":
        hp.update({"epochs": int(case.rng.choice([1, 2, 3]))})
        case.change = f"The PR cut training to {hp['epochs']} epoch(s) to speed up CI."
    else:
        hp.update({"hidden": [1], "weight_decay": 0.3})
        case.change = "The PR shrank the network to one hidden unit with heavy weight decay."
    case.expect = [{"category": "underfitting"}]
    case.effect_name = "final train loss ratio"

    def check(c):
        bt, ct = c.base.log[-1]["train_loss"], c.cur.log[-1]["train_loss"]
        c.effect = ct / bt if bt > 0 else float("nan")
        return ct > bt * 1.2 and _head_worse(c)
    case.checks.append(check)
    return True


def fam_lr_high(case: Case):
    if not _mlp(case):
        return False
    k = float(case.rng.choice([10, 30, 100]))
    case.cur.hp["lr"] = case.base.hp["lr"] * k
    case.change = f"The PR raised the learning rate x{k:g} ({case.base.hp['lr']:g} → {case.cur.hp['lr']:g})."
    case.expect = [{"category": "learning_rate"}]
    case.effect_name, case.effect = "lr ratio (log10)", math.log10(k)
    case.checks.append(lambda c: _best_val(c.cur) > _best_val(c.base) * 1.05)
    return True


def fam_lr_low(case: Case):
    if not _mlp(case):
        return False
    k = float(case.rng.choice([30, 100, 300]))
    case.cur.hp["lr"] = case.base.hp["lr"] / k
    case.change = f"The PR lowered the learning rate /{k:g} ({case.base.hp['lr']:g} → {case.cur.hp['lr']:g})."
    case.expect = [{"category": "learning_rate"}]
    case.effect_name, case.effect = "lr ratio (log10)", math.log10(k)
    case.checks.append(lambda c: _best_val(c.cur) > _best_val(c.base) * 1.05)
    return True


def _best_val(run):
    v = [r["val_loss"] for r in run.log if math.isfinite(r["val_loss"])]
    return min(v) if v else math.inf


def fam_exploding(case: Case):
    if not _mlp(case):
        return False
    k = float(case.rng.choice([20, 50, 200]))
    case.cur.hp.update({"optimizer": "sgd", "clip": None, "lr": case.base.hp["lr"] * k, "patience": None, "restore_best": False})
    case.change = f"The PR switched to SGD with momentum, lr x{k:g}, and removed gradient clipping."
    case.expect = [{"category": "training_instability"}]
    case.effect_name = "max grad norm / base median (log10)"

    def check(c):
        b = np.nanmedian([r["grad_norm"] for r in c.base.log])
        g = [r["grad_norm"] for r in c.cur.log]
        mx = max((x for x in g if math.isfinite(x)), default=0)
        c.effect = math.log10(max(mx, b) / b) if b > 0 else float("nan")
        return mx > 10 * b or any(not math.isfinite(x) for x in g)
    case.checks.append(check)
    return True


def fam_nan_loss(case: Case):
    if not _mlp(case) or case.ds.task == "regression":
        return False
    case.cur.hp.update({"eps": 0.0, "clip": None, "lr": case.base.hp["lr"] * 300, "optimizer": "sgd", "patience": None, "restore_best": False})
    case.change = "The PR replaced the stable log-loss with a hand-written one (no epsilon) and raised the learning rate; the loss turns NaN."
    case.expect = [{"category": "training_instability"}]
    case.effect_name, case.effect = "NaN loss", 1.0
    case.checks.append(lambda c: any(not math.isfinite(r["train_loss"]) for r in c.cur.log))
    return True


def fam_calibration_dropped(case: Case):
    if case.ds.task == "regression" or case.cur.kind not in ("naive_bayes", "forest"):
        return False
    case.cur.hp["calibration"] = "none"
    case.cur.params["model"]["calibration"] = "none"
    case.change = "The PR removed the isotonic calibration step after the classifier ('simplify the pipeline')."
    case.expect = [{"category": "calibration"}]
    case.effect_name = "ECE increase"
    case.checks.append(_ece_worse)
    return True


def _ece_worse(c):
    classes = c.base.fitted.codec.classes
    d, (lo, hi) = S.ece_delta_ci(c.base.out, c.cur.out, classes, c.rng)
    c.effect = d
    return lo > 0.005


def fam_reweighted(case: Case):
    if case.ds.task == "regression" or case.cur.kind != "gbm":
        return False
    share = case.base.train["__y__"].value_counts(normalize=True)
    if share.min() > 0.3:
        return False
    case.cur.hp["sample_weight"] = "balanced"
    case.cur.params["model"]["class_weight"] = "balanced"
    case.change = "The PR re-weights the classes (class_weight=balanced) to raise minority recall; scores are no longer calibrated."
    case.expect = [{"category": "calibration"}]
    case.effect_name = "ECE increase"
    case.checks.append(_ece_worse)
    return True


def fam_threshold(case: Case):
    if case.ds.task != "binary":
        return False
    t = float(case.rng.choice([0.1, 0.2, 0.3, 0.7, 0.8, 0.9]))
    case.cur.threshold = t
    case.cur.seed = case.base.seed  # scores unchanged: only serving code moved
    case.cur.params["seed"] = case.base.seed
    case.change = f"The serving code's decision threshold moved 0.5 → {t:g} (hard-coded, not in params)."
    case.expect = [{"category": "prediction_shift"}]
    case.effect_name = "change in predicted-positive rate"

    def check(c):
        pos = c.base.fitted.codec.classes[1]
        a = (c.base.out["__pred__"] == pos).astype(int)
        b = (c.cur.out["__pred__"] == pos).astype(int)
        c.effect = abs(float(b.mean() - a.mean()))
        worse, _ = S.worse_metrics(c.ds.task, c.base.out, c.cur.out, c.base.fitted.codec.classes, c.rng)
        return S.chi2(a, b) < S.ALPHA and bool(worse)
    case.checks.append(check)
    return True


def fam_truncated(case: Case):
    mode = str(case.rng.choice(["cut", "missing"]))
    if mode == "cut":
        keep = float(case.rng.uniform(0.1, 0.9))

        def hook(text, keep=keep):
            cut = int(len(text) * keep)
            return text[:cut]
        case.cur.file_hook = hook
        case.change = f"The eval job was killed mid-write (OOM): the eval table stops after {keep:.0%} of its bytes."
        case.effect_name, case.effect = "share of the table kept", keep
    else:
        case.cur.drop_eval = True
        case.change = "The eval step failed before writing its predictions table; only params and metrics were uploaded."
        case.effect_name, case.effect = "table missing", 1.0
    case.expect = [{"category": "infrastructure"}]
    return True


FAULTS = {
    "scale_skew": ("preprocessing", fam_scale_skew), "offset_shift": ("preprocessing", fam_offset_shift),
    "recoded_category": ("preprocessing", fam_recoded_category), "swapped_columns": ("preprocessing", fam_swapped_columns),
    "text_numbers": ("data_quality", fam_text_numbers), "sentinel": ("data_quality", fam_sentinel), "nulls": ("data_quality", fam_nulls),
    "duplicates": ("data_quality", fam_duplicates), "renamed_column": ("data_quality", fam_renamed_column),
    "dropped_column": ("data_quality", fam_dropped_column),
    "segment_drift": ("feature_drift", fam_segment_drift), "global_drift": ("feature_drift", fam_global_drift),
    "time_drift": ("feature_drift", fam_time_drift),
    "label_prior": ("label_shift", fam_label_prior),
    "segment_label_noise": ("label_noise", fam_segment_label_noise), "class_flip": ("label_noise", fam_class_flip),
    "train_eval_overlap": ("leakage", fam_train_eval_overlap), "post_outcome": ("leakage", fam_post_outcome),
    "undersampled_segment": ("segment_regression", fam_undersampled_segment),
    "protected_undersampled": ("bias", fam_protected_undersampled),
    "train_subsample": ("metric_regression", fam_train_subsample), "config_change": ("config_change", fam_config_change),
    "overfitting": ("overfitting", fam_overfitting), "underfitting": ("underfitting", fam_underfitting),
    "lr_high": ("learning_rate", fam_lr_high), "lr_low": ("learning_rate", fam_lr_low),
    "exploding_gradients": ("training_instability", fam_exploding), "nan_loss": ("training_instability", fam_nan_loss),
    "calibration_dropped": ("calibration", fam_calibration_dropped), "reweighted_classes": ("calibration", fam_reweighted),
    "threshold_moved": ("prediction_shift", fam_threshold), "eval_cut_short": ("infrastructure", fam_truncated),
}
NEEDS_SPLITS = {"segment_drift", "global_drift", "time_drift", "label_prior"}
# the model kind a family needs in both runs (None: any of gbm / mlp)
KIND = {"overfitting": "mlp", "underfitting": "mlp", "lr_high": "mlp", "lr_low": "mlp", "exploding_gradients": "mlp",
        "nan_loss": "mlp", "calibration_dropped": "calibrated", "reweighted_classes": "gbm", "config_change": "gbm"}


# ----------------------------------------------------------------------------- controls

def ctl_seed(case: Case, splits):
    case.cur.seed = case.base.seed + 1 + int(case.rng.integers(100))
    case.cur.params["seed"] = case.cur.seed
    case.change = f"The PR changed only the random seed ({case.base.seed} → {case.cur.seed})."
    return True


def ctl_resample(case: Case, splits, large: bool):
    donors = pd.concat([splits["eval"], splits["pool"]])
    n = len(case.base.eval) if large else max(60, len(case.base.eval) // 3)
    case.cur.eval = donors.iloc[np.sort(case.rng.choice(len(donors), min(n, len(donors)), replace=False))]
    case.change = f"A fresh eval sample of the same population ({len(case.cur.eval)} rows; baseline {len(case.base.eval)})."
    return True


def ctl_refactor(case: Case, splits):
    case.cur.seed = case.base.seed
    case.cur.params["seed"] = case.base.seed
    case.cur.params["training"]["num_workers"] = 8
    case.cur.params["training"]["log_every"] = 10
    case.change = "A refactor of the training script: same data, same seed, identical predictions; logging settings changed."
    return True


def ctl_improvement(case: Case, splits):
    if case.cur.kind == "gbm":
        case.cur.hp.update({"max_iter": 400, "learning_rate": 0.05, "max_depth": 6})
        case.change = "A genuine improvement: more boosting rounds at a lower learning rate and deeper trees."
    else:
        case.cur.hp.update({"hidden": [128, 64], "epochs": 80, "lr_schedule": "cosine"})
        case.change = "A genuine improvement: a wider network, longer training with a cosine schedule."
    case.cur.params = params_doc(case.cur, case.ds, case.cur.params["data"]["split"]["seed"], case.cur.params["data"]["label"])
    return True


def ctl_added_feature(case: Case, splits):
    """The baseline model lacked a useful feature; the PR adds it (a new column in the eval table too)."""
    f = pick_feature(case)
    if f is None or len(case.ds.features) < 3:
        return False
    b = case.base
    b.numeric = [x for x in b.numeric if x != f]
    b.train, b.val, b.eval = (fr.drop(columns=[f]) for fr in (b.train, b.val, b.eval))
    b.params = params_doc(b, case.ds, b.params["data"]["split"]["seed"], b.params["data"]["label"])
    case.cur.params = params_doc(case.cur, case.ds, case.cur.params["data"]["split"]["seed"], case.cur.params["data"]["label"])
    case.change = f"A genuine improvement: the PR adds the feature `{f}` to the model."
    return True


CONTROLS = {
    "another_seed": ctl_seed, "resample_small": lambda c, s: ctl_resample(c, s, False),
    "resample_large": lambda c, s: ctl_resample(c, s, True), "identical_refactor": ctl_refactor,
    "improvement": ctl_improvement, "added_feature": ctl_added_feature,
}
IMPROVEMENTS = {"improvement", "added_feature"}


# ----------------------------------------------------------------------------- writing a run

NAMES = {
    "label": ["label", "y_true", "target", "y", "actual", "ground_truth"],
    "pred": ["pred", "prediction", "y_pred", "predicted", "predicted_label"],
    "score": ["score", "prob", "proba", "probability", "y_score", "y_prob"],
    "class_prefix": ["prob_", "proba_", "score_"],
    "id": ["id", "row_id", "example_id", "uid"],
    "eval_path": ["eval/predictions.csv", "eval/test.csv", "eval/predictions.jsonl", "predictions_test.csv", "predictions.jsonl"],
    "metrics": ["metrics.json", "metrics.yaml", "eval_metrics.json"],
    "params": ["params.yaml", "config.json", "hparams.yaml", "params.json"],
    "log": ["train_log.csv", "history.csv", "train_log.jsonl", "history.jsonl"],
}


def pick_conventions(rng, ds: D.Dataset) -> dict:
    conv = {k: str(rng.choice(v)) for k, v in NAMES.items()}
    conv["label_from_config"] = bool(rng.random() < 0.25)
    if conv["label_from_config"]:
        conv["label"] = ds.natural_label
    conv["nested_metrics"] = bool(rng.random() < 0.7)
    return conv


def _num(x):
    x = float(x)
    return round(x, 6) if math.isfinite(x) else x


def compute_metrics(task, out: pd.DataFrame, classes) -> dict:
    if len(out) == 0:
        return {}
    y = out["__y__"]
    if task == "regression":
        e = out["__pred__"].to_numpy(dtype=float) - y.to_numpy(dtype=float)
        ss_tot = float(((y - y.mean()) ** 2).sum()) or 1.0
        return {"rmse": _num(np.sqrt(np.mean(e * e))), "mae": _num(np.mean(np.abs(e))), "r2": _num(1 - float((e * e).sum()) / ss_tot)}
    from sklearn.metrics import accuracy_score, f1_score, log_loss, roc_auc_score
    yt, yp = y.astype(str).to_numpy(), out["__pred__"].astype(str).to_numpy()
    m = {"accuracy": _num(accuracy_score(yt, yp))}
    s = out[[f"__p_{c}__" for c in classes]].to_numpy(dtype=float)
    finite = np.isfinite(s).all()
    if task == "binary":
        m["f1"] = _num(f1_score(yt, yp, pos_label=str(classes[1]), zero_division=0))
        if finite and y.nunique() == 2:
            m["auc"] = _num(roc_auc_score((yt == str(classes[1])).astype(int), s[:, 1]))
            m["brier"] = _num(np.mean((s[:, 1] - (yt == str(classes[1]))) ** 2))
    else:
        m["f1_macro"] = _num(f1_score(yt, yp, average="macro", zero_division=0))
    if finite:
        try:
            m["log_loss"] = _num(log_loss(yt, np.clip(s, 1e-15, 1), labels=[str(c) for c in classes]))
        except ValueError:
            pass
    return m


def write_run(path: str, run: Run, ds: D.Dataset, conv: dict, train_metrics: dict) -> None:
    import yaml  # python3-yaml comes with Debian's python3-sklearn dependencies? fall back to json below
    os.makedirs(path, exist_ok=True)
    classes = run.fitted.codec.classes
    out = run.out
    if run.drop_eval:  # the eval step failed: no table, and no test metrics computed from one
        out = out.iloc[:0]
    cols = {conv["id"]: out["__id__"].to_numpy(), conv["label"]: out["__y__"].to_numpy(), conv["pred"]: out["__pred__"].to_numpy()}
    if ds.task == "binary":
        cols[conv["score"]] = np.round(out[f"__p_{classes[1]}__"].to_numpy(dtype=float), 6) if len(out) else np.array([])
    elif ds.task == "multiclass":
        for c in classes:
            cols[f"{conv['class_prefix']}{c}"] = np.round(out[f"__p_{c}__"].to_numpy(dtype=float), 6) if len(out) else np.array([])
    feats = [c for c in out.columns if not c.startswith("__")]
    table = pd.DataFrame(cols)
    for c in feats:
        table[c] = out[c].to_numpy()
    if ds.task == "regression":
        table[conv["pred"]] = np.round(table[conv["pred"]].astype(float), 6)
    ep = os.path.join(path, conv["eval_path"])
    os.makedirs(os.path.dirname(ep), exist_ok=True)
    if not run.drop_eval:
        text = table.to_json(orient="records", lines=True) if ep.endswith(".jsonl") else table.to_csv(index=False)
        if run.file_hook is not None:
            text = run.file_hook(text)
        with open(ep, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    # reference data: a sample of the rows the model was trained on
    tr = run.train
    sample = tr.iloc[np.sort(np.random.default_rng(run.seed).choice(len(tr), min(3000, len(tr)), replace=False))]
    ref = pd.DataFrame({conv["id"]: sample["__id__"].to_numpy(), conv["label"]: sample["__y__"].to_numpy()})
    for c in [c for c in sample.columns if not c.startswith("__")]:
        ref[c] = sample[c].to_numpy()
    os.makedirs(os.path.join(path, "data"), exist_ok=True)
    ref.to_csv(os.path.join(path, "data", "train_sample.csv"), index=False)
    # metrics
    test = compute_metrics(ds.task, out, classes)
    doc = {"test": test, "train": train_metrics, "data": {"n_train": int(len(run.train)), "n_eval": int(len(out))}}
    if not conv["nested_metrics"]:
        doc = {f"{k}_{m}": v for k, sub in doc.items() for m, v in sub.items()}
    mp = os.path.join(path, conv["metrics"])
    with open(mp, "w", encoding="utf-8") as f:
        if mp.endswith(".yaml"):
            f.write(yaml.safe_dump(doc, sort_keys=False))
        else:
            f.write(json.dumps(doc, indent=2))
    pp = os.path.join(path, conv["params"])
    with open(pp, "w", encoding="utf-8") as f:
        if pp.endswith(".yaml"):
            f.write(yaml.safe_dump(run.params, sort_keys=False))
        else:
            f.write(json.dumps(run.params, indent=2))
    if run.log:
        lp = os.path.join(path, conv["log"])
        lg = pd.DataFrame(run.log)
        for c in lg.columns:
            if c != "epoch":
                lg[c] = lg[c].map(lambda v: round(float(v), 6) if math.isfinite(float(v)) else float(v))
        with open(lp, "w", encoding="utf-8", newline="") as f:
            f.write(lg.to_json(orient="records", lines=True) if lp.endswith(".jsonl") else lg.to_csv(index=False))


def train_metrics(run: Run, ds: D.Dataset) -> dict:
    if run.log:
        last = run.log[-1]
        return {"loss": _num(last["train_loss"]), "epochs": len(run.log)}
    pred, scores = run.fitted.predict(run.train.iloc[:5000], run.threshold)
    fr = run.train.iloc[:5000].copy()
    fr["__pred__"] = pred
    if scores is not None:
        for j, c in enumerate(run.fitted.codec.classes):
            fr[f"__p_{c}__"] = scores[:, j]
    return compute_metrics(ds.task, fr, run.fitted.codec.classes)


# ----------------------------------------------------------------------------- one case

def plan(seed: int, n: int) -> list:
    """Half faults (cycling through the families in a seeded order), half controls."""
    rng = np.random.default_rng([seed, 0])
    faults = list(FAULTS)
    rng.shuffle(faults)
    ctls = list(CONTROLS)
    out = []
    nf = (n + 1) // 2
    for i in range(nf):
        out.append(("fault", faults[i % len(faults)]))
    for i in range(n - nf):
        out.append(("control", ctls[i % len(ctls)]))
    order = rng.permutation(len(out))
    return [out[i] for i in order]


def eligible(ds: D.Dataset, family: str) -> bool:
    if family in ("threshold_moved",) and ds.task != "binary":
        return False
    if family in ("calibration_dropped", "reweighted_classes", "segment_label_noise", "class_flip", "nan_loss") and ds.task == "regression":
        return False
    if family == "protected_undersampled" and not ds.protected:
        return False
    if family == "time_drift" and not ds.time_ordered:
        return False
    if KIND.get(family) == "mlp" and len(ds.frame) > MLP_MAX_ROWS:
        return False
    return True


def build(index: int, seed: int, kind: str, family: str, attempt: int, vega: str, out_dir: str):
    rng = np.random.default_rng([seed, index, attempt])
    names = [n for n in D.LOADERS if eligible_name(n, family, vega)]
    w = np.array([D.WEIGHTS[n] for n in names])
    ds = D.load(str(rng.choice(names, p=w / w.sum())), vega)
    split_seed = int(rng.integers(1, 100))
    splits = split(ds, split_seed)
    need = KIND.get(family)
    if need == "calibrated":
        mkind = "forest" if rng.random() < 0.5 else "naive_bayes"
    elif need in ("mlp", "gbm"):
        mkind = need
    else:
        mkind = "mlp" if rng.random() < 0.35 and len(ds.frame) <= MLP_MAX_ROWS else "gbm"
    base_seed = int(rng.integers(1, 50))
    conv = pick_conventions(rng, ds)
    label_name = conv["label"]
    base = Run(mkind, default_hp(mkind, rng), base_seed, splits["train"], splits["val"], splits["eval"], list(ds.numeric), list(ds.categorical), {})
    base.params = params_doc(base, ds, split_seed, label_name)
    cur = Run(mkind, json.loads(json.dumps(base.hp)), base_seed, splits["train"], splits["val"], splits["eval"], list(ds.numeric), list(ds.categorical),
              json.loads(json.dumps(base.params)))
    case = Case(index, seed, rng, ds, family, kind == "control", base, cur)
    # realistic noise: a retrain that is not bit-reproducible, and a decoy parameter change
    if rng.random() < 0.7 and family not in ("identical_refactor",):
        cur.seed = base_seed + 1
        cur.params["seed"] = cur.seed
    if kind == "control":
        ok = CONTROLS[family](case, splits)
    else:
        fn = FAULTS[family][1]
        ok = fn(case, splits) if family in NEEDS_SPLITS else fn(case)
    if not ok:
        return None
    if rng.random() < 0.5 and family != "identical_refactor":
        decoy = str(rng.choice(["num_workers", "log_every", "snapshot"]))
        if decoy == "num_workers":
            cur.params["training"]["num_workers"] = 4
        elif decoy == "log_every":
            cur.params["training"]["log_every"] = 100
        else:
            cur.params["data"]["eval_snapshot"] = "2024w22"
    train_and_predict(base, ds)
    train_and_predict(cur, ds)
    # self-checks: the injected effect must be in the files
    for chk in case.checks:
        if not chk(case):
            return None
    significant = False
    if kind == "control":
        # a control's headline metrics stay within noise (an improvement: better, none worse)
        classes = base.fitted.codec.classes
        worse, deltas = S.worse_metrics(ds.task, base.out, cur.out, classes, rng)
        d, _ = S.loss_delta_ci(ds.task, base.out, cur.out, rng)
        case.effect_name, case.effect = "headline loss change", d
        if worse or (family in IMPROVEMENTS and not d < 0):
            return None
    elif family not in ("eval_cut_short",):
        # the secondary expectation, as the shared scenarios state it: the segment's regression for a
        # localized fault, else the headline regression, when the written rows show it beyond noise
        cat = FAULTS[family][0]
        if case.localized is not None and cat not in ("segment_regression",):
            sd, (slo, _) = S.loss_delta_ci(ds.task, base.out, cur.out, rng, case.localized[2](base.out), case.localized[2](cur.out))
            if slo > 0:
                significant = True
                case.expect.append(seg_item("segment_regression", case.localized))
        elif cat not in ("metric_regression", "segment_regression", "bias"):
            if _head_worse(case):
                significant = True
                case.expect.append({"category": "metric_regression"})
        else:
            significant = True
    name = f"{index:04d}-{family}-{ds.name}"
    root = os.path.join(out_dir, name)
    write_run(os.path.join(root, "base"), base, ds, conv, train_metrics(base, ds))
    write_run(os.path.join(root, "current"), cur, ds, conv, train_metrics(cur, ds))
    config = None
    if conv["label_from_config"]:
        config = {"eval": [{"path": conv["eval_path"], "label": label_name}]}
        with open(os.path.join(root, "ml-doctor.yml"), "w", encoding="utf-8") as f:
            f.write(json.dumps(config, indent=2))
    truth = {
        "name": name, "dataset": ds.source, "task": ds.task, "change": case.change,
        "root_cause_category": FAULTS[family][0] if kind == "fault" else "config_change",
        "expect": case.expect if kind == "fault" else [],
        "verdict": (["warn", "fail"] if significant or family == "eval_cut_short" else ["pass", "warn", "fail"]) if kind == "fault" else ["pass"],
        "forbid_severe": kind == "control",
        "observed": {"n_eval_base": int(len(base.out)), "n_eval_current": int(len(cur.out))},
        "bench": {"family": family, "kind": kind, "effect": _num(case.effect) if case.effect == case.effect else None,
                  "effect_name": case.effect_name, "model": mkind, "attempt": attempt, "config": bool(config)},
    }
    with open(os.path.join(root, "truth.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(truth, indent=2, allow_nan=False) + "\n")
    return name


_ELIGIBLE: dict = {}


def eligible_name(name: str, family: str, vega: str) -> bool:
    key = (name, family)
    if key not in _ELIGIBLE:
        _ELIGIBLE[key] = eligible(D.load(name, vega), family)
    return _ELIGIBLE[key]


def make_case(args):
    index, seed, kind, family, vega, out_dir = args
    import time
    t0 = time.time()
    for attempt in range(MAX_ATTEMPTS):
        try:
            name = build(index, seed, kind, family, attempt, vega, out_dir)
        except Exception as e:  # a draw the dataset cannot host (e.g. a class left with one row): draw again
            print(f"case {index} {family} attempt {attempt}: {type(e).__name__}: {str(e)[:160]}", file=sys.stderr)
            name = None
        if name is not None:
            print(f"case {name}: {attempt + 1} draw(s), {time.time() - t0:.1f} s", file=sys.stderr)
            return name, attempt
    return None, MAX_ATTEMPTS


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cases", type=int, default=100)
    ap.add_argument("--out", required=True)
    ap.add_argument("--vega", required=True)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", default=None, help="comma-separated families (debugging)")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    slots = plan(a.seed, a.cases)
    if a.only:
        keep = set(a.only.split(","))
        slots = [s for s in slots if s[1] in keep]
    work = [(i, a.seed, k, f, a.vega, a.out) for i, (k, f) in enumerate(slots)]
    if a.jobs > 1:
        import multiprocessing as mp
        with mp.get_context("fork").Pool(a.jobs) as pool:
            results = pool.map(make_case, work, chunksize=1)
    else:
        results = [make_case(w) for w in work]
    failed = [w[3] for w, (n, _) in zip(work, results) if n is None]
    regenerated = sum(att for n, att in results if n is not None)
    summary = json.dumps({"cases": sum(1 for n, _ in results if n), "regenerated": regenerated, "unbuildable": failed})
    with open(os.path.join(a.out, "generation.json"), "w", encoding="utf-8") as f:
        f.write(summary + "\n")
    print(summary)


if __name__ == "__main__":
    main()
