import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.preprocessing import OneHotEncoder


def ctr_holdout_metrics(log: list[dict], features: list[str], l2: float) -> dict:
    # Train on every day but the last, evaluate on the last day: {"log_loss", "auc"}.
    raise NotImplementedError
