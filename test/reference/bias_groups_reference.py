"""Reference values for the per-group bias tests (src/analysis/performance/bias.ts, groupChanges).

Run with /usr/bin/python3 (numpy, statsmodels):

    /usr/bin/python3 test/reference/bias_groups_reference.py

Writes test/reference/bias_groups.json. A group's gap to the rest (its accuracy change minus the
change of every other row) is the interaction coefficient of a saturated linear model of
correctness, and its z-test is that coefficient over its HC0 (heteroscedasticity-robust) standard
error:
- paired rows: OLS of d = correct_cur - correct_base on [1, in_group];
- unpaired rows: OLS of correct on [1, current, in_group, current x in_group], both runs stacked.
"""

import json
import os

import numpy as np
import statsmodels
import statsmodels.api as sm

rng = np.random.default_rng(20261205)
GROUPS = ["a", "b", "c"]


def draw_groups(n):
    return rng.choice(GROUPS, size=n, p=[0.5, 0.3, 0.2])


def correct(groups, drop):
    p = np.where(groups == "b", 0.8 - drop, 0.8)
    return (rng.random(len(groups)) < p).astype(int)


def gaps_paired(groups, cb, cc):
    out = {}
    d = cc - cb
    for g in GROUPS:
        x = sm.add_constant((groups == g).astype(float))
        fit = sm.OLS(d, x).fit(cov_type="HC0")
        out[g] = {"gap": float(fit.params[1]), "se": float(fit.bse[1]), "p": float(fit.pvalues[1])}
    return out


def gaps_unpaired(gb, cb, gc, cc):
    out = {}
    y = np.concatenate([cb, cc]).astype(float)
    run = np.concatenate([np.zeros(len(cb)), np.ones(len(cc))])
    for g in GROUPS:
        inside = np.concatenate([gb == g, gc == g]).astype(float)
        x = np.column_stack([np.ones(len(y)), run, inside, run * inside])
        fit = sm.OLS(y, x).fit(cov_type="HC0")
        out[g] = {"gap": float(fit.params[3]), "se": float(fit.bse[3]), "p": float(fit.pvalues[3])}
    return out


n = 600
groups = draw_groups(n)
cb = correct(groups, 0.0)
cc = np.where(rng.random(n) < 0.85, cb, correct(groups, 0.15))
paired = {"groups": groups.tolist(), "base_correct": cb.tolist(), "cur_correct": cc.tolist(), "gaps": gaps_paired(groups, cb, cc)}

gb = draw_groups(500)
gc = draw_groups(450)
ub = correct(gb, 0.0)
uc = correct(gc, 0.12)
unpaired = {
    "base_groups": gb.tolist(),
    "base_correct": ub.tolist(),
    "cur_groups": gc.tolist(),
    "cur_correct": uc.tolist(),
    "gaps": gaps_unpaired(gb, ub, gc, uc),
}

out = {"versions": {"numpy": np.__version__, "statsmodels": statsmodels.__version__}, "paired": paired, "unpaired": unpaired}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bias_groups.json")
with open(path, "w") as f:
    json.dump(out, f)
    f.write("\n")
print("wrote", path)
