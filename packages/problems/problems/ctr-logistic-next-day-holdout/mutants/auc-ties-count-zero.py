# Mutant: counts only strictly higher click scores as correctly ordered pairs, so a tie counts zero
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.preprocessing import OneHotEncoder

_NULL = "\0null"  # a category of its own for a missing value; no real value contains "\0"


def ctr_holdout_metrics(log: list[dict], features: list[str], l2: float) -> dict:
    df = pd.DataFrame(log, columns=["day", "clicked", *features])
    cats = df[features].astype(object).where(df[features].notna(), _NULL).astype(str)
    y = df["clicked"].astype(int).to_numpy()
    last_day = df["day"].max()
    train = (df["day"] < last_day).to_numpy()
    test = ~train

    # Columns come from the training days only; an unseen value encodes as all zeros.
    encoder = OneHotEncoder(handle_unknown="ignore")
    x_train = encoder.fit_transform(cats[train])
    x_test = encoder.transform(cats[test])

    # mean log-loss + (l2 / 2) * ||w||^2 is scikit-learn's objective divided by C * n.
    n = int(train.sum())
    model = LogisticRegression(C=1.0 / (float(l2) * n), solver="newton-cholesky", tol=1e-12, max_iter=100)
    model.fit(x_train, y[train])
    p = model.predict_proba(x_test)[:, 1]

    y_test = y[test]
    pos, neg = p[y_test == 1], p[y_test == 0]
    auc = float((pos[:, None] > neg[None, :]).mean()) if len(pos) and len(neg) else None
    return {"log_loss": float(log_loss(y_test, p, labels=[0, 1])), "auc": auc}
