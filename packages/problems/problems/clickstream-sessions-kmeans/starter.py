import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.preprocessing import StandardScaler


def session_clusters(events: list[list], gap: int, centroids: list[list[float]]) -> dict:
    # Return {"sessions": [[user, start, views, duration, pages], ...], "labels": [...]}.
    raise NotImplementedError
