"""Reference values for the sentinel test (src/analysis/data/quality.ts sentinelOf), checked in
test/analysis/data/sentinel.test.ts.

Run with the system interpreter (numpy, scipy 1.10.1):

    /usr/bin/python3 test/reference/sentinel_reference.py

It writes test/reference/sentinel.json next to this file: the median spacing of a column's
distinct values (numpy) and the exact binomial test of the sentinel's count among the
out-of-range values against the baseline's top share (scipy.stats.binomtest), in the regimes
the sentinel check meets (every out-of-range value one value, small top shares, large counts).
"""
import json
import os

import numpy as np
import scipy
from scipy import stats

assert scipy.__version__ == "1.10.1", scipy.__version__

rng = np.random.RandomState(20261205)
out = {"scipy": scipy.__version__, "numpy": np.__version__}


def spacing_case(name, values):
    values = np.round(np.asarray(values, dtype=float), 6)
    u = np.unique(values)
    out.setdefault("spacing", []).append(
        {"name": name, "values": [float(x) for x in values], "median_spacing": float(np.median(np.diff(u))) if len(u) > 1 else None}
    )


spacing_case("integer hours", rng.randint(0, 24, 300))
spacing_case("zero-inflated rainfall", np.where(rng.uniform(size=400) < 0.6, 0.0, np.round(rng.exponential(4.0, 400), 1)))
spacing_case("heavy-tailed votes", np.round(np.exp(rng.normal(9, 1.6, 250))))
spacing_case("continuous normal", rng.normal(0, 1, 200))
spacing_case("one value", [3.0] * 20)

cases = [(180, 180, 0.607), (117, 117, 0.0034), (240, 240, 0.0685), (60, 100, 0.4), (7, 12, 0.5), (30, 40, 0.62), (1500, 1500, 0.001)]
out["binomtest"] = [{"k": k, "n": n, "p": p, "pvalue": float(stats.binomtest(k, n, p).pvalue)} for k, n, p in cases]

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentinel.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
