import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.preprocessing import StandardScaler


def session_clusters(events: list[list], gap: int, centroids: list[list[float]]) -> dict:
    if not events:
        return {"sessions": [], "labels": []}
    df = pd.DataFrame(events, columns=["user", "ts", "page"])
    df = df.sort_values(["user", "ts"], kind="mergesort")

    # A session starts at a user's first event and after every pause longer than `gap`.
    pause = df.groupby("user")["ts"].diff()
    df["session"] = (pause.isna() | (pause > gap)).cumsum()

    sessions = (
        df.groupby(["user", "session"], sort=False)
        .agg(start=("ts", "min"), end=("ts", "max"), events=("ts", "size"), pages=("page", "nunique"))
        .reset_index()
        .sort_values(["user", "start"], kind="mergesort")
    )
    sessions["duration"] = sessions["end"] - sessions["start"]

    # Population standard deviation; a constant feature is only centred (scale 1).
    features = StandardScaler().fit_transform(
        sessions[["events", "duration", "pages"]].to_numpy(dtype=float)
    )
    start = np.asarray(centroids, dtype=float)
    kmeans = KMeans(n_clusters=len(start), init=start, n_init=1, max_iter=300, tol=0.0)
    labels = kmeans.fit_predict(features)

    rows = sessions[["user", "start", "events", "duration", "pages"]].itertuples(index=False)
    return {
        "sessions": [[u, int(s), int(e), int(d), int(p)] for u, s, e, d, p in rows],
        "labels": [int(label) for label in labels],
    }
