"""Reference values for the attribution decompositions (test/analysis/attribution/*.test.ts).

Run with the system interpreter (numpy, pandas):

    /usr/bin/python3 test/reference/attribution_reference.py

It writes test/reference/attribution.json next to this file. Inputs are drawn from fixed seeds
and written out in full, so the TypeScript tests feed the very same numbers to our code.

- shift-share: the point values (mix, within per group, reweighted baseline) computed with a
  pandas group-by, the textbook way; the standard errors of the within-share of one group and of
  the mix share from a numpy bootstrap (4,000 resamples of each run's rows, independently).
- paired row share: Σ over touched pairs of (ℓ' − ℓ) / Σ over all pairs, and its bootstrap
  standard error (4,000 resamples of the pairs).
"""
import json
import os

import numpy as np
import pandas as pd

rng = np.random.RandomState(20261204)
B = 4000
out = {"numpy": np.__version__, "pandas": pd.__version__, "resamples": B}


def shift_share(gb, lb, gc, lc):
    db = pd.DataFrame({"g": gb, "l": lb})
    dc = pd.DataFrame({"g": gc, "l": lc})
    M = db.l.mean()
    sb = db.groupby("g").l.agg(["mean", "size"])
    sc = dc.groupby("g").l.agg(["mean", "size"])
    groups = sorted(set(sb.index) | set(sc.index))
    mix = 0.0
    within = {}
    for g in groups:
        pB = sb["size"].get(g, 0) / len(db)
        pC = sc["size"].get(g, 0) / len(dc)
        mB = sb["mean"].get(g, np.nan)
        ref = M if np.isnan(mB) else mB
        mix += (pC - pB) * ref
        within[int(g)] = pC * (sc["mean"].get(g) - ref) if g in sc.index else 0.0
    return {"total": dc.l.mean() - M, "mix": mix, "within": within, "base": M, "cur": dc.l.mean(), "reweighted": M + mix}


# Unpaired: 4 groups; the current run moves rows into group 3 (mix) and gets worse inside group 1.
nb, nc = 3000, 2500
gb = rng.choice(4, size=nb, p=[0.4, 0.3, 0.2, 0.1])
gc = rng.choice(4, size=nc, p=[0.3, 0.3, 0.15, 0.25])
err_b = np.array([0.10, 0.15, 0.20, 0.35])
err_c = np.array([0.10, 0.30, 0.20, 0.35])
lb = (rng.rand(nb) < err_b[gb]).astype(float)
lc = (rng.rand(nc) < err_c[gc]).astype(float)
ref = shift_share(gb, lb, gc, lc)
boot_within1 = []
boot_mix = []
for _ in range(B):
    ib = rng.randint(0, nb, nb)
    ic = rng.randint(0, nc, nc)
    r = shift_share(gb[ib], lb[ib], gc[ic], lc[ic])
    boot_within1.append(r["within"][1] / r["total"])
    boot_mix.append(r["mix"] / r["total"])
out["shift_share"] = {
    "groups_base": [int(x) for x in gb],
    "loss_base": [float(x) for x in lb],
    "groups_cur": [int(x) for x in gc],
    "loss_cur": [float(x) for x in lc],
    "k": 4,
    "total": ref["total"],
    "mix": ref["mix"],
    "within": {str(k): v for k, v in ref["within"].items()},
    "base": ref["base"],
    "cur": ref["cur"],
    "reweighted": ref["reweighted"],
    "within1_share": ref["within"][1] / ref["total"],
    "within1_share_boot_se": float(np.std(boot_within1, ddof=1)),
    "mix_share": ref["mix"] / ref["total"],
    "mix_share_boot_se": float(np.std(boot_mix, ddof=1)),
}

# Paired: 4000 pairs, a continuous loss; touched rows (20 %) got much worse, the rest a little.
n = 4000
touched = (rng.rand(n) < 0.2).astype(int)
l0 = rng.gamma(2.0, 0.3, n)
l1 = l0 + np.where(touched == 1, rng.normal(0.5, 0.6, n), rng.normal(0.02, 0.3, n))
d = l1 - l0
share = d[touched == 1].sum() / d.sum()
boot = []
for _ in range(B):
    i = rng.randint(0, n, n)
    boot.append(d[i][touched[i] == 1].sum() / d[i].sum())
out["paired_share"] = {
    "d": [float(x) for x in np.round(d, 9)],
    "touched": [int(x) for x in touched],
}
dd = np.array(out["paired_share"]["d"])
out["paired_share"]["share"] = float(dd[touched == 1].sum() / dd.sum())
out["paired_share"]["total"] = float(dd.mean())
out["paired_share"]["total_se"] = float(dd.std(ddof=1) / np.sqrt(n))
out["paired_share"]["share_boot_se"] = float(np.std(boot, ddof=1))

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "attribution.json"), "w") as f:
    json.dump(out, f, indent=None, separators=(",", ":"))
print("wrote attribution.json")
