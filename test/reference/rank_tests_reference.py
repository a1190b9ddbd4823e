"""Reference values for the rank tests of regression segments (src/analysis/stats/rank-tests.ts).

Run with /usr/bin/python3 (numpy, scipy 1.10.1):

    /usr/bin/python3 test/reference/rank_tests_reference.py

Writes test/reference/rank_tests.json: small deterministic inputs (so the TypeScript tests need no
generator) and what scipy returns for them:
- scipy.stats.wilcoxon(d) with its defaults (zero_method='wilcox', correction=False, mode 'auto':
  exact for n <= 50 without zeros, else the normal approximation with the tie correction), on
  continuous, tied, zero-containing, heavy-tailed and n = 50 / 51 inputs;
- scipy.stats.mannwhitneyu(x, y, method='asymptotic', use_continuity=True) on continuous, tied,
  unequal-size and identical samples;
- scipy.stats.combine_pvalues(method='stouffer', weights=sqrt(n)) on one-sided p-values of signed z's.
"""

import json
import os
import warnings

import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20261204)
warnings.simplefilter("ignore")


def wilcoxon_case(name, d):
    d = np.asarray(d, dtype=float)
    res = stats.wilcoxon(d)
    return {"name": name, "d": d.tolist(), "statistic": float(res.statistic), "pvalue": float(res.pvalue)}


def mwu_case(name, x, y):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    res = stats.mannwhitneyu(x, y, method="asymptotic", use_continuity=True, alternative="two-sided")
    return {"name": name, "x": x.tolist(), "y": y.tolist(), "statistic": float(res.statistic), "pvalue": float(res.pvalue)}


wilcoxon = [
    wilcoxon_case("exact_continuous_n30", np.round(rng.normal(0.4, 1, 30), 6)),
    wilcoxon_case("exact_tied_n30", np.round(rng.normal(0.3, 1, 30), 0) + 0.5),
    wilcoxon_case("exact_n50", np.round(rng.normal(-0.3, 1, 50), 6)),
    wilcoxon_case("approx_n51", np.round(rng.normal(-0.3, 1, 51), 6)),
    wilcoxon_case("approx_zeros_n40", np.concatenate([np.round(rng.normal(0.5, 1, 34), 6), np.zeros(6)])),
    wilcoxon_case("approx_heavy_tail_n300", np.round(rng.standard_t(1.5, 300) + 0.2, 6)),
    wilcoxon_case("approx_ties_n300", np.round(rng.normal(0.1, 1, 300), 1)),
    wilcoxon_case("approx_null_n200", np.round(rng.normal(0, 1, 200), 6)),
]

mann_whitney = [
    mwu_case("continuous", np.round(rng.normal(0, 1, 60), 6), np.round(rng.normal(0.5, 1, 45), 6)),
    mwu_case("heavy_tail", np.round(np.abs(rng.standard_t(1.5, 200)), 6), np.round(np.abs(rng.standard_t(1.5, 180)) * 1.4, 6)),
    mwu_case("ties", np.round(rng.normal(0, 1, 80), 0), np.round(rng.normal(0.3, 1, 70), 0)),
    mwu_case("second_smaller", np.round(rng.normal(1, 1, 40), 6), np.round(rng.normal(0, 1, 35), 6)),
    mwu_case("identical", [1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 3.0, 4.0]),
]

stouffer = []
for z, n in (([2.1, 1.3], [400, 120]), ([2.5, -1.0], [50, 500]), ([0.3, 0.1, -0.2], [30, 40, 50])):
    z = np.asarray(z)
    w = np.sqrt(np.asarray(n, dtype=float))
    res = stats.combine_pvalues(stats.norm.sf(z), method="stouffer", weights=w)
    stouffer.append({"z": z.tolist(), "n": list(n), "statistic": float(res.statistic), "pvalue_two_sided": float(2 * stats.norm.sf(abs(res.statistic)))})

out = {
    "versions": {"numpy": np.__version__, "scipy": scipy.__version__},
    "wilcoxon": wilcoxon,
    "mann_whitney": mann_whitney,
    "stouffer": stouffer,
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rank_tests.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print("wrote", path)
