# Mutant: fills a missing pre-period with 0 and uses no new-user indicator
import math

import pandas as pd
from sklearn.linear_model import LinearRegression


def cuped_effect(users: list[dict]) -> dict:
    df = pd.DataFrame(users, columns=["user", "arm", "pre", "post"])
    # A retried export repeats a user's row: count every user once.
    df = df.drop_duplicates(subset="user", keep="first")
    post = df["post"].astype(float)
    pre = df["pre"].astype(float)  # None becomes NaN, ints become floats

    covariates = pd.DataFrame(
        {"pre": pre.fillna(0.0)}
    )
    # Without any pre-period value there is nothing to adjust with.
    covariates = covariates.loc[:, covariates.notna().all() & (covariates.nunique() > 1)]
    if covariates.shape[1] > 0:
        # The theta that minimises the variance of post - covariates @ theta over all users
        # is the least-squares slope of post on the covariates (with an intercept).
        model = LinearRegression().fit(covariates.to_numpy(), post.to_numpy())
        adjusted = post - covariates.to_numpy() @ model.coef_
    else:
        adjusted = post

    raw_se = _welch_se(post, df["arm"])
    adjusted_se = _welch_se(adjusted, df["arm"])
    means = adjusted.groupby(df["arm"]).mean()
    return {
        "effect": float(means["treatment"] - means["control"]),
        "std_error": adjusted_se,
        "variance_reduction": 1.0 - adjusted_se**2 / raw_se**2,
    }


def _welch_se(values: pd.Series, arm: pd.Series) -> float:
    stats = values.groupby(arm).agg(["var", "count"])  # var uses n - 1
    return math.sqrt(float((stats["var"] / stats["count"]).sum()))
