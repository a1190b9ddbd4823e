"""Reference values for the data-check statistics (test/analysis/stats/*.test.ts).

Run with the system interpreter (numpy, scipy 1.10.1):

    /usr/bin/python3 test/reference/data_reference.py

It writes test/reference/data.json next to this file. Inputs are drawn from fixed seeds and
written out in full (JSON floats round-trip exactly), so the TypeScript tests feed the very same
numbers to our implementation.
"""
import json
import os

import numpy as np
import scipy
from scipy import stats, special
from scipy.spatial import distance

assert scipy.__version__ == "1.10.1", scipy.__version__

rng = np.random.RandomState(20261125)
out = {"scipy": scipy.__version__, "numpy": np.__version__}


def floats(a):
    return [float(x) for x in a]


# ---------------------------------------------------------------------------------------------
# ks_2samp: statistic and two-sided p-value, per method
# ---------------------------------------------------------------------------------------------
ks_cases = []


def ks_case(name, a, b, methods=("auto", "exact", "asymp")):
    # Rounded to 6 decimals so the file stays small; the rounded values are the inputs.
    a = np.round(np.asarray(a, dtype=float), 6)
    b = np.round(np.asarray(b, dtype=float), 6)
    results = []
    for method in methods:
        r = stats.ks_2samp(a, b, method=method)
        results.append({
            "method": method,
            "statistic": float(r.statistic),
            "pvalue": float(r.pvalue),
            "location": float(r.statistic_location),
            "sign": int(r.statistic_sign),
        })
    ks_cases.append({"name": name, "a": floats(a), "b": floats(b), "results": results})


ks_case("equal n, shifted normals", rng.normal(0, 1, 40), rng.normal(0.6, 1, 40))
ks_case("equal n, same distribution", rng.normal(0, 1, 60), rng.normal(0, 1, 60))
ks_case("unequal n, shifted", rng.normal(0, 1, 30), rng.normal(0.5, 1.3, 47))
ks_case("unequal n, integer ties", rng.randint(0, 6, 55).astype(float), rng.randint(0, 7, 80).astype(float))
ks_case("unequal n, larger", rng.normal(0, 1, 700), rng.normal(0.08, 1, 900))
ks_case("tiny samples", [1.0, 2.0, 3.0], [2.5, 4.0, 5.0, 6.0])
ks_case("identical samples", [1.0, 2.0, 2.0, 3.0], [1.0, 2.0, 2.0, 3.0])
ks_case("disjoint samples", rng.uniform(0, 1, 25), rng.uniform(2, 3, 35))
# Above 10,000 rows 'auto' switches to the asymptotic p-value (kstwo.sf at n = m·n/(m+n)).
ks_case("large, small shift", rng.normal(0, 1, 10001), rng.normal(0.04, 1, 10500), methods=("auto", "asymp"))
out["ks_2samp"] = ks_cases

# kstwo.sf over the regions of Simard & L'Ecuyer's method choice (scipy/stats/_ksstats.py).
kstwo_cases = []
for n in [3, 10, 50, 140, 141, 400, 1000, 5000, 20000, 100000, 100001, 500000]:
    for x in [0.6 / n, 0.9 / n, 1.5 / n, 0.004, 0.01, 0.02, 0.05, 0.08, 0.12, 0.2, 0.3, 0.45, 0.55, 0.8, 1 - 0.5 / n]:
        if not (0 < x < 1):
            continue
        kstwo_cases.append({"n": n, "x": float(x), "sf": float(stats.kstwo.sf(x, n))})
out["kstwo_sf"] = kstwo_cases

smirnov_cases = []
for n in [2, 5, 20, 100, 1000, 5000, 100000]:
    for x in [0.5 / n, 1.0 / n, 0.001, 0.01, 0.05, 0.1, 0.3, 0.6, 0.95]:
        if not (0 <= x <= 1):
            continue
        smirnov_cases.append({"n": n, "x": float(x), "sf": float(special.smirnov(n, x))})
out["smirnov"] = smirnov_cases

out["kolmogorov"] = [{"x": x, "sf": float(special.kolmogorov(x))} for x in [0.05, 0.3, 0.5, 0.82, 0.83, 1.0, 1.36, 2.0, 4.0]]

# ---------------------------------------------------------------------------------------------
# chi2_contingency (default correction=True: Yates only at dof 1) and the chi-square tail
# ---------------------------------------------------------------------------------------------
chi_cases = []


def chi_case(name, table, correction=True):
    t = np.asarray(table, dtype=float)
    stat, p, dof, expected = stats.chi2_contingency(t, correction=correction)
    chi_cases.append({
        "name": name,
        "observed": t.tolist(),
        "correction": correction,
        "statistic": float(stat),
        "pvalue": float(p),
        "dof": int(dof),
        "expected": expected.tolist(),
    })


chi_case("2x2 with Yates", [[12, 5], [7, 19]])
chi_case("2x2 without correction", [[12, 5], [7, 19]], correction=False)
chi_case("2x2 small difference (Yates caps at |o-e|)", [[10, 10], [10, 11]])
chi_case("2x4 categories", [[30, 22, 41, 7], [25, 30, 20, 25]])
chi_case("3x3", [[20, 15, 5], [10, 25, 15], [5, 10, 30]])
chi_case("2x10 big counts, tiny p", [list(map(int, rng.poisson(500, 10))), list(map(int, rng.poisson(450, 10) + np.arange(10) * 30))])
chi_case("2x6 same distribution", [list(map(int, rng.multinomial(3000, [0.1, 0.2, 0.3, 0.2, 0.15, 0.05]))), list(map(int, rng.multinomial(2500, [0.1, 0.2, 0.3, 0.2, 0.15, 0.05])))])
chi_case("1x3 (dof 0)", [[5, 6, 7]])
out["chi2_contingency"] = chi_cases

out["chi2_sf"] = [
    {"x": x, "dof": d, "sf": float(stats.chi2.sf(x, d))}
    for x, d in [(0.5, 1), (3.84, 1), (10.0, 1), (60.0, 1), (2.0, 2), (15.0, 5), (5.0, 9), (30.0, 9), (200.0, 9),
                 (90.0, 100), (100.0, 100), (140.0, 100), (400.0, 100), (980.0, 1000), (1200.0, 1000), (3000.0, 1000)]
]
out["normal_sf"] = [{"z": z, "sf": float(stats.norm.sf(z))} for z in [-3.0, -1.0, 0.0, 0.5, 1.96, 3.0, 6.0, 10.0, 20.0]]
out["gammaincc"] = [
    {"a": a, "x": x, "q": float(special.gammaincc(a, x))}
    for a, x in [(0.5, 0.1), (0.5, 2.0), (1.0, 1.0), (3.5, 2.0), (3.5, 9.0), (25.0, 20.0), (25.0, 30.0),
                 (150.0, 140.0), (150.0, 170.0), (500.0, 480.0), (500.0, 560.0), (5000.0, 5100.0)]
]

# ---------------------------------------------------------------------------------------------
# Jensen-Shannon distance and Wasserstein-1
# ---------------------------------------------------------------------------------------------
js_cases = []
for p, q in [
    ([0.5, 0.5, 0.0], [0.0, 0.1, 0.9]),
    ([1.0, 0.0], [0.0, 1.0]),
    ([0.25, 0.25, 0.25, 0.25], [0.25, 0.25, 0.25, 0.25]),
    ([10, 20, 30, 40], [40, 30, 20, 10]),
    (list(map(float, rng.dirichlet(np.ones(8)))), list(map(float, rng.dirichlet(np.ones(8))))),
]:
    for base in [None, 2.0]:
        js_cases.append({"p": p, "q": q, "base": base, "value": float(distance.jensenshannon(p, q, base=base))})
out["jensenshannon"] = js_cases

ws_cases = []
for name, u, v in [
    ("small", [0.0, 1.0, 3.0], [5.0, 6.0, 8.0]),
    ("ties", [1.0, 1.0, 2.0, 2.0, 2.0], [1.0, 2.0, 2.0, 3.0]),
    ("normals", rng.normal(0, 1, 300), rng.normal(0.4, 1.5, 450)),
    ("lognormal vs scaled", rng.lognormal(0, 1, 1000), 12 * rng.lognormal(0, 1, 800)),
]:
    ws_cases.append({"name": name, "u": floats(u), "v": floats(v), "value": float(stats.wasserstein_distance(u, v))})
out["wasserstein"] = ws_cases

# numpy's default (linear) quantile, which the PSI bin edges use.
qs = rng.normal(10, 3, 101)
out["quantile"] = {"values": floats(qs), "q": [0.1, 0.25, 0.5, 0.9, 0.999],
                   "expected": floats(np.quantile(qs, [0.1, 0.25, 0.5, 0.9, 0.999]))}

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print(f"wrote {path}: {len(ks_cases)} ks, {len(kstwo_cases)} kstwo, {len(chi_cases)} chi2 cases")
