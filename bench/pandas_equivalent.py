"""The plain pandas script a user would write instead of ml-doctor, as the yardstick of
`npm run bench`: headline metrics of both runs, accuracy/precision/recall per segment value, and the PSI
of every numeric feature (10 quantile bins of the baseline) and categorical column.

Usage: python3 bench/pandas_equivalent.py BASE.csv CURRENT.csv
Prints one summary line; the work is the point, not the output.
"""
import sys

import numpy as np
import pandas as pd
from sklearn.metrics import (accuracy_score, average_precision_score, brier_score_loss, f1_score, log_loss,
                             precision_score, recall_score, roc_auc_score)


def headline(df):
    y, pred, score = df["label"], df["pred"], df["score"]
    return {
        "accuracy": accuracy_score(y, pred),
        "precision": precision_score(y, pred),
        "recall": recall_score(y, pred),
        "f1": f1_score(y, pred),
        "auc": roc_auc_score(y, score),
        "average_precision": average_precision_score(y, score),
        "log_loss": log_loss(y, score.clip(1e-15, 1 - 1e-15)),
        "brier": brier_score_loss(y, score),
    }


def per_segment(df, columns):
    # Vectorised group-bys, as a pandas user writes them. Per-segment AUC through sklearn would
    # more than double the script's time; the yardstick is kept lean on purpose.
    d = pd.DataFrame({"correct": (df["label"] == df["pred"]).astype(float),
                      "tp": ((df["label"] == 1) & (df["pred"] == 1)).astype(float),
                      "pp": df["pred"].astype(float), "pos": df["label"].astype(float), "score": df["score"]})
    out = []
    for c in columns:
        g = d.groupby(df[c], sort=True).agg(n=("correct", "size"), accuracy=("correct", "mean"), tp=("tp", "sum"),
                                            pp=("pp", "sum"), pos=("pos", "sum"), mean_score=("score", "mean"))
        g["precision"] = g["tp"] / g["pp"]
        g["recall"] = g["tp"] / g["pos"]
        g = g.reset_index().rename(columns={c: "value"})
        g.insert(0, "column", c)
        out.append(g)
    return pd.concat(out, ignore_index=True)


def psi_numeric(b, c, bins=10):
    edges = np.unique(np.quantile(b.dropna(), np.linspace(0, 1, bins + 1)))
    edges[0], edges[-1] = -np.inf, np.inf
    pb = np.histogram(b.dropna(), edges)[0] / b.notna().sum()
    pc = np.histogram(c.dropna(), edges)[0] / c.notna().sum()
    pb, pc = np.clip(pb, 1e-6, None), np.clip(pc, 1e-6, None)
    return float(np.sum((pc - pb) * np.log(pc / pb)))


def psi_categorical(b, c):
    pb = b.value_counts(normalize=True)
    pc = c.value_counts(normalize=True)
    idx = pb.index.union(pc.index)
    pb, pc = pb.reindex(idx, fill_value=0).clip(lower=1e-6), pc.reindex(idx, fill_value=0).clip(lower=1e-6)
    return float(np.sum((pc - pb) * np.log(pc / pb)))


def main(base_path, cur_path):
    base = pd.read_csv(base_path)
    cur = pd.read_csv(cur_path)
    roles = {"id", "label", "pred", "score"}
    segments = [c for c in cur.columns if c not in roles and cur[c].dtype == object]
    numeric = [c for c in cur.columns if c not in roles and c not in segments]
    hb, hc = headline(base), headline(cur)
    sb, sc = per_segment(base, segments), per_segment(cur, segments)
    seg = sb.merge(sc, on=["column", "value"], suffixes=("_base", "_cur"))
    seg["delta"] = seg["accuracy_cur"] - seg["accuracy_base"]
    psi = {c: psi_numeric(base[c], cur[c]) for c in numeric}
    psi.update({c: psi_categorical(base[c], cur[c]) for c in segments})
    worst = seg.sort_values("delta").iloc[0]
    drift = max(psi, key=psi.get)
    print(f"accuracy {hb['accuracy']:.4f} -> {hc['accuracy']:.4f}; worst segment {worst['column']}={worst['value']} "
          f"({worst['delta']:+.4f}); largest PSI {drift} {psi[drift]:.3f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
