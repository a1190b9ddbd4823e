"""Reference values for the standardized in-segment shift (src/analysis/data/drift.ts
standardizedShift), checked in test/analysis/data/drift.test.ts.

Run with the system interpreter (numpy, scipy 1.10.1):

    /usr/bin/python3 test/reference/segment_shift_reference.py

It writes test/reference/segment_shift.json next to this file: per case, the rows' values on both
sides, their segment codes, and scipy's Wasserstein-1 distance between the segment's baseline and
current values over the baseline's standard deviation there (ddof 1).
"""
import json
import os

import numpy as np
import scipy
from scipy import stats

assert scipy.__version__ == "1.10.1", scipy.__version__

rng = np.random.RandomState(20261205)
cases = []


def case(name, base, cur, base_codes, cur_codes, code):
    base = np.round(np.asarray(base, dtype=float), 6)
    cur = np.round(np.asarray(cur, dtype=float), 6)
    b = base[np.asarray(base_codes) == code]
    c = cur[np.asarray(cur_codes) == code]
    value = float(stats.wasserstein_distance(b, c) / np.std(b, ddof=1))
    cases.append({
        "name": name,
        "base": [float(x) for x in base],
        "cur": [float(x) for x in cur],
        "base_codes": [int(x) for x in base_codes],
        "cur_codes": [int(x) for x in cur_codes],
        "code": code,
        "shift": value,
    })


n = 300
codes_b = rng.randint(0, 4, n)
codes_c = rng.randint(0, 4, n)
case("shifted segment", rng.normal(0, 1, n), np.where(codes_c == 2, rng.normal(2.5, 1, n), rng.normal(0, 1, n)), codes_b, codes_c, 2)
case("unchanged segment", rng.normal(10, 3, n), rng.normal(10, 3, n), codes_b, codes_c, 1)
case("discrete values, scaled spread", rng.randint(0, 8, n), rng.randint(0, 16, n), codes_b, codes_c, 0)

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "segment_shift.json"), "w") as f:
    json.dump({"scipy": scipy.__version__, "numpy": np.__version__, "cases": cases}, f)
    f.write("\n")
