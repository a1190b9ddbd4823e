"""Reference values of the pooled two-proportion z-test (statsmodels proportions_ztest) for
twoProportionTest (src/analysis/stats/two-sample.ts), which decides whether a confusion rate's
change is material (src/analysis/performance/error-facts.ts, MIN_RATE_CHANGE).

Run with /usr/bin/python3 (scipy 1.10.1, statsmodels 0.13.5):

    /usr/bin/python3 test/reference/two_proportion_reference.py

Writes test/reference/two_proportion.json. Cases: the demo's high-value tier (true positives
179 of 282 → 54 of 282), small and large counts, unequal sizes, non-integer (Kish-scaled)
counts, an extreme rate, and equal rates.
"""

import json
import os

import scipy
import statsmodels
from statsmodels.stats.proportion import proportions_ztest

CASES = [
    (179, 282, 54, 282),
    (7, 22, 1, 22),
    (610, 1126, 485, 1126),
    (238, 2874, 179, 2874),
    (54, 55, 45, 55),
    (0, 54, 4, 54),
    (12.5, 40.25, 20.75, 38.5),
    (5000, 100000, 5150, 100000),
    (30, 60, 30, 60),
    (1, 1000, 0, 900),
]

rows = []
for x1, n1, x2, n2 in CASES:
    # proportions_ztest tests count[0]/nobs[0] - count[1]/nobs[1]; ours is the second rate minus the first.
    z, p = proportions_ztest([x2, x1], [n2, n1])
    rows.append({"x1": x1, "n1": n1, "x2": x2, "n2": n2, "z": float(z), "pvalue": float(p)})

out = {"scipy": scipy.__version__, "statsmodels": statsmodels.__version__, "cases": rows}
with open(os.path.join(os.path.dirname(__file__), "two_proportion.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
