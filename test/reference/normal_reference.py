"""Reference values of the standard normal quantile (scipy.stats.norm.ppf) for normalQuantile
(src/analysis/performance/special.ts), used by the delta-method intervals of the headline metrics.

Run with /usr/bin/python3 (scipy 1.10.1):

    /usr/bin/python3 test/reference/normal_reference.py

Writes test/reference/normal.json.
"""

import json
import os

import scipy
from scipy.stats import norm

# Upper tail to 1 - 1e-9: nearer 1, p itself carries the rounding of 1 - p and the function its error.
PS = [1e-300, 1e-20, 1e-8, 0.001, 0.01, 0.025, 0.05, 0.1, 0.3, 0.5, 0.6, 0.75, 0.9, 0.975, 0.99, 0.999, 1 - 1e-9]

out = {"scipy": scipy.__version__, "ppf": [[p, float(norm.ppf(p))] for p in PS]}
with open(os.path.join(os.path.dirname(__file__), "normal.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
