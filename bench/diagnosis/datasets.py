"""Real tabular datasets that Debian or npm packages ship, loaded into one shape.

Sources: scikit-learn's bundled data (Debian python3-sklearn), statsmodels' bundled data (Debian
python3-statsmodels) and the npm package vega-datasets (a devDependency, so `npm ci` brings it).
Nothing is downloaded. Columns are snake_cased the way a training pipeline would; each dataset
names its task, label, feature kinds, a time column when the rows are time-ordered (so that a
"later snapshot" is real time drift, not a simulation) and the protected attributes it has.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd


@dataclass
class Dataset:
    name: str
    source: str
    task: str  # binary | multiclass | regression
    frame: pd.DataFrame  # features + "__y__" (+ "__t__" when time-ordered)
    numeric: list[str]
    categorical: list[str]
    protected: list[str] = field(default_factory=list)
    time_ordered: bool = False
    # fractions of rows for train / val / eval / pool (the pool feeds resamples and drift)
    split: tuple[float, float, float, float] = (0.5, 0.1, 0.2, 0.2)
    natural_label: str = "target"

    @property
    def features(self) -> list[str]:
        return self.numeric + self.categorical


def snake(name: str) -> str:
    s = re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_")
    s = re.sub(r"([a-z])([A-Z])", r"\1_\2", s)
    return s.lower()


def _pkg_dir(module: str) -> str:
    mod = __import__(module, fromlist=["__file__"])
    return os.path.dirname(mod.__file__)


def _vega(vega_dir: str, name: str):
    path = os.path.join(vega_dir, name)
    if name.endswith(".csv"):
        return pd.read_csv(path)
    with open(path, encoding="utf-8") as f:
        return pd.DataFrame(json.load(f))


def load_fair(_: str) -> Dataset:
    df = pd.read_csv(os.path.join(_pkg_dir("statsmodels.datasets.fair"), "fair.csv"))
    y = (df.pop("affairs") > 0).astype(int)
    df["__y__"] = y
    return Dataset("fair", "statsmodels fair (Fair 1978, 6,366 survey answers)", "binary", df,
                   numeric=["rate_marriage", "age", "yrs_married", "children", "educ"],
                   categorical=["religious", "occupation", "occupation_husb"],
                   protected=["age"], natural_label="had_affair")


def load_randhie(_: str) -> Dataset:
    df = pd.read_csv(os.path.join(_pkg_dir("statsmodels.datasets.randhie"), "randhie.csv"))
    health = np.where(df.hlthp == 1, "poor", np.where(df.hlthf == 1, "fair", np.where(df.hlthg == 1, "good", "excellent")))
    df = df.drop(columns=["hlthg", "hlthf", "hlthp"])
    df["health"] = health
    df["idp"] = np.where(df.idp == 1, "deductible", "no_deductible")
    df["__y__"] = df.pop("mdvis").astype(float)
    return Dataset("randhie", "statsmodels randhie (RAND Health Insurance Experiment, 20,190 person-years)", "regression", df,
                   numeric=["lncoins", "lpi", "fmde", "physlm", "disea"], categorical=["idp", "health"],
                   natural_label="md_visits")


def load_breast_cancer(_: str) -> Dataset:
    from sklearn.datasets import load_breast_cancer
    b = load_breast_cancer(as_frame=True)
    df = b.frame.rename(columns=snake)
    df["__y__"] = (df.pop("target") == 0).astype(int)  # 1 = malignant
    num = [c for c in df.columns if c != "__y__"]
    return Dataset("breast_cancer", "scikit-learn breast_cancer (Wisconsin diagnostic, 569 cases)", "binary", df,
                   numeric=num, categorical=[], split=(0.45, 0.1, 0.3, 0.15), natural_label="malignant")


def load_digits(_: str) -> Dataset:
    from sklearn.datasets import load_digits
    d = load_digits(as_frame=True)
    df = d.frame.rename(columns=snake)
    df["__y__"] = df.pop("target").astype(int)
    num = [c for c in df.columns if c != "__y__"]
    return Dataset("digits", "scikit-learn digits (UCI optdigits, 1,797 images)", "multiclass", df,
                   numeric=num, categorical=[], split=(0.45, 0.1, 0.3, 0.15), natural_label="digit")


def load_diabetes(_: str) -> Dataset:
    from sklearn.datasets import load_diabetes
    d = load_diabetes(as_frame=True, scaled=False)
    df = d.frame.rename(columns=snake)
    df["sex"] = np.where(df["sex"] == 1, "1", "2")
    df["__y__"] = df.pop("target").astype(float)
    return Dataset("diabetes", "scikit-learn diabetes (Efron et al. 2004, 442 patients)", "regression", df,
                   numeric=["age", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"], categorical=["sex"],
                   protected=["sex"], split=(0.45, 0.1, 0.3, 0.15), natural_label="progression")


def load_anes96(_: str) -> Dataset:
    df = pd.read_csv(os.path.join(_pkg_dir("statsmodels.datasets.anes96"), "anes96.csv"), sep="\t")
    df.columns = [snake(c.strip("'")) for c in df.columns]
    df["__y__"] = df.pop("vote").astype(int)
    return Dataset("anes96", "statsmodels anes96 (American National Election Study 1996, 944 voters)", "binary", df,
                   numeric=["popul", "tvnews", "self_lr", "clin_lr", "dole_lr", "age", "income"],
                   categorical=["pid", "educ"], protected=["age"], split=(0.45, 0.1, 0.3, 0.15), natural_label="voted_dole")


def load_birdstrikes(vega: str) -> Dataset:
    df = _vega(vega, "birdstrikes.csv").rename(columns=snake)
    t = pd.to_datetime(df["flight_date"])
    out = pd.DataFrame({
        "phase_of_flight": df["phase_of_flight"].fillna("Unknown"),
        "wildlife_size": df["wildlife_size"].fillna("Unknown"),
        "time_of_day": df["time_of_day"].fillna("Unknown"),
        "operator": df["aircraft_airline_operator"].where(df["aircraft_airline_operator"].map(df["aircraft_airline_operator"].value_counts()) >= 150, "OTHER"),
        "speed_ias_in_knots": df["speed_ias_in_knots"],
        "month": t.dt.month,
        "__y__": (df["effect_amount_of_damage"].fillna("None") != "None").astype(int),
        "__t__": t.astype("int64") // 10**9,
    })
    return Dataset("birdstrikes", "vega-datasets birdstrikes (FAA wildlife strikes, 10,000 reports)", "binary", out,
                   numeric=["speed_ias_in_knots", "month"], categorical=["phase_of_flight", "wildlife_size", "time_of_day", "operator"],
                   time_ordered=True, natural_label="damaged")


def load_penguins(vega: str) -> Dataset:
    df = _vega(vega, "penguins.json").rename(columns=snake)
    df = df[df["species"].notna()].copy()
    df["sex"] = df["sex"].fillna("UNKNOWN").replace({".": "UNKNOWN"})
    df["__y__"] = df.pop("species")
    return Dataset("penguins", "vega-datasets penguins (Palmer Station, 344 penguins)", "multiclass", df,
                   numeric=["beak_length_mm", "beak_depth_mm", "flipper_length_mm", "body_mass_g"],
                   categorical=["island", "sex"], split=(0.45, 0.1, 0.3, 0.15), natural_label="species")


def load_movies(vega: str) -> Dataset:
    df = _vega(vega, "movies.json").rename(columns=snake)
    df = df[df["imdb_rating"].notna()].copy()
    t = pd.to_datetime(df["release_date"], errors="coerce", format="mixed") if pd.__version__ >= "2" else pd.to_datetime(df["release_date"], errors="coerce")
    df = df[t.notna()].copy()
    t = t[t.notna()]
    out = pd.DataFrame({
        "us_gross": df["us_gross"], "worldwide_gross": df["worldwide_gross"], "production_budget": df["production_budget"],
        "running_time_min": df["running_time_min"], "rotten_tomatoes_rating": df["rotten_tomatoes_rating"],
        "imdb_votes": df["imdb_votes"],
        "mpaa_rating": df["mpaa_rating"].fillna("Unrated"), "major_genre": df["major_genre"].fillna("Unknown"),
        "creative_type": df["creative_type"].fillna("Unknown"),
        "__y__": df["imdb_rating"].astype(float), "__t__": t.astype("int64") // 10**9,
    })
    return Dataset("movies", "vega-datasets movies (3,201 films)", "regression", out,
                   numeric=["us_gross", "worldwide_gross", "production_budget", "running_time_min", "rotten_tomatoes_rating", "imdb_votes"],
                   categorical=["mpaa_rating", "major_genre", "creative_type"], time_ordered=True, natural_label="imdb_rating")


def load_seattle_weather(vega: str) -> Dataset:
    df = _vega(vega, "seattle-weather.csv")
    t = pd.to_datetime(df["date"])
    out = pd.DataFrame({
        "precipitation": df["precipitation"], "temp_max": df["temp_max"], "temp_min": df["temp_min"], "wind": df["wind"],
        "season": np.array(["winter", "winter", "spring", "spring", "spring", "summer", "summer", "summer", "autumn", "autumn", "autumn", "winter"])[t.dt.month - 1],
        "__y__": df["weather"], "__t__": t.astype("int64") // 10**9,
    })
    return Dataset("seattle_weather", "vega-datasets seattle-weather (1,461 days, 2012-2015)", "multiclass", out,
                   numeric=["precipitation", "temp_max", "temp_min", "wind"], categorical=["season"], time_ordered=True,
                   split=(0.45, 0.1, 0.3, 0.15), natural_label="weather")


def load_flights_20k(vega: str) -> Dataset:
    df = _vega(vega, "flights-20k.json")
    t = pd.to_datetime(df["date"], format="%Y/%m/%d %H:%M")
    top = df["origin"].value_counts().index[:12]
    out = pd.DataFrame({
        "distance": df["distance"].astype(float), "hour": t.dt.hour, "weekday": t.dt.dayofweek,
        "origin": df["origin"].where(df["origin"].isin(top), "OTHER"),
        "__y__": df["delay"].astype(float), "__t__": t.astype("int64") // 10**9,
    })
    return Dataset("flights_20k", "vega-datasets flights-20k (US domestic flights, 2001)", "regression", out,
                   numeric=["distance", "hour", "weekday"], categorical=["origin"], time_ordered=True, natural_label="arrival_delay_min")


def load_flights_200k(vega: str) -> Dataset:
    df = _vega(vega, "flights-200k.json")
    period = np.array(["night", "morning", "afternoon", "evening"])[np.clip((df["time"].to_numpy() // 6).astype(int), 0, 3)]
    out = pd.DataFrame({"distance": df["distance"].astype(float), "dep_time": df["time"].astype(float), "dep_period": period,
                        "__y__": (df["delay"] > 15).astype(int)})
    return Dataset("flights_200k", "vega-datasets flights-200k (231,083 US flights)", "binary", out,
                   numeric=["distance", "dep_time"], categorical=["dep_period"], split=(0.4, 0.05, 0.4, 0.15),
                   natural_label="delayed")


LOADERS = {
    "fair": load_fair, "randhie": load_randhie, "breast_cancer": load_breast_cancer, "digits": load_digits,
    "diabetes": load_diabetes, "anes96": load_anes96, "birdstrikes": load_birdstrikes, "penguins": load_penguins,
    "movies": load_movies, "seattle_weather": load_seattle_weather, "flights_20k": load_flights_20k,
    "flights_200k": load_flights_200k,
}
# How often a dataset is drawn: the 100k-row one is slow to diagnose, so it is drawn rarely.
WEIGHTS = {name: (0.25 if name == "flights_200k" else 1.0) for name in LOADERS}

_cache: dict[str, Dataset] = {}


def load(name: str, vega_dir: str) -> Dataset:
    if name not in _cache:
        _cache[name] = LOADERS[name](vega_dir)
    return _cache[name]
