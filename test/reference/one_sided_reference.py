"""Reference values for the one-sided confirmatory tests (src/analysis/performance/signals.ts
oneSidedWorse, src/analysis/stats/multiple-testing.ts holm).

Run with /usr/bin/python3 (numpy, scipy 1.10.1, statsmodels):

    /usr/bin/python3 test/reference/one_sided_reference.py

Writes test/reference/one_sided.json:
- scipy.stats.wilcoxon(d, alternative='greater') beside the two-sided p, on exact (n <= 50, no
  zeros) and normal-approximation inputs whose shift is positive (the predicted direction);
- the exact McNemar test one-sided: scipy.stats.binomtest(b, b + c, 0.5, alternative='greater')
  (b discordant pairs the baseline got right and the current model gets wrong, as in
  exact-tests.ts mcnemarExact) beside the two-sided exact test;
- statsmodels.stats.multitest.multipletests(p, method='holm') adjusted p-values.
"""

import json
import os
import warnings

import numpy as np
from scipy import stats
from statsmodels.stats.multitest import multipletests

rng = np.random.default_rng(20261205)
warnings.simplefilter("ignore")


def wilcoxon_case(name, d):
    d = np.asarray(d, dtype=float)
    two = stats.wilcoxon(d)
    greater = stats.wilcoxon(d, alternative="greater")
    return {"name": name, "d": d.tolist(), "two_sided": float(two.pvalue), "greater": float(greater.pvalue)}


def mcnemar_case(b, c):
    two = stats.binomtest(b, b + c, 0.5).pvalue
    greater = stats.binomtest(b, b + c, 0.5, alternative="greater").pvalue
    return {"b": b, "c": c, "two_sided": float(two), "greater": float(greater)}


wilcoxon = [
    wilcoxon_case("exact_n20", np.round(rng.normal(0.5, 1, 20), 6)),
    wilcoxon_case("exact_n50", np.round(rng.normal(0.3, 1, 50), 6)),
    wilcoxon_case("approx_n120", np.round(rng.normal(0.2, 1, 120), 6)),
    wilcoxon_case("approx_ties_n300", np.round(rng.normal(0.1, 1, 300), 1)),
    wilcoxon_case("approx_heavy_tail_n400", np.round(rng.standard_t(1.5, 400) + 0.15, 6)),
]
mcnemar = [mcnemar_case(b, c) for b, c in [(11, 3), (19, 10), (61, 40), (150, 120)]]
holm_cases = [
    [0.041],
    [0.01, 0.04, 0.03, 0.2],
    [0.02, 0.02, 0.5],
    [0.3, 0.001, 0.6, 0.04, 0.012],
]
holm = [{"p": p, "adjusted": multipletests(p, method="holm")[1].tolist()} for p in holm_cases]

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "one_sided.json")
with open(out, "w") as f:
    json.dump({"wilcoxon": wilcoxon, "mcnemar": mcnemar, "holm": holm}, f, indent=1)
    f.write("\n")
print("wrote", out)
