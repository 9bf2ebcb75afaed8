# Mutant: lets None fall out of the encoding (as pd.get_dummies does), so a missing value has all-zero indicators
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.preprocessing import OneHotEncoder

_NULL = "\0null"  # a category of its own for a missing value; no real value contains "\0"


def ctr_holdout_metrics(log: list[dict], features: list[str], l2: float) -> dict:
    df = pd.DataFrame(log, columns=["day", "clicked", *features])
    cats = df[features].astype(object)
    y = df["clicked"].astype(int).to_numpy()
    last_day = df["day"].max()
    train = (df["day"] < last_day).to_numpy()
    test = ~train

    # Columns come from the training days only; an unseen value encodes as all zeros.
    x_train = pd.get_dummies(cats[train])
    x_test = pd.get_dummies(cats[test]).reindex(columns=x_train.columns, fill_value=0)
    x_train, x_test = x_train.to_numpy(float), x_test.to_numpy(float)

    # mean log-loss + (l2 / 2) * ||w||^2 is scikit-learn's objective divided by C * n.
    n = int(train.sum())
    model = LogisticRegression(C=1.0 / (float(l2) * n), solver="newton-cholesky", tol=1e-12, max_iter=100)
    model.fit(x_train, y[train])
    p = model.predict_proba(x_test)[:, 1]

    y_test = y[test]
    auc = float(roc_auc_score(y_test, p)) if np.unique(y_test).size == 2 else None
    return {"log_loss": float(log_loss(y_test, p, labels=[0, 1])), "auc": auc}
