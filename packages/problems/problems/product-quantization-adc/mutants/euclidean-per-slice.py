# Mutant: adds the Euclidean (square-rooted) distances of the slices instead of their squares
import numpy as np


def pq_search(
    codebooks: list[list[list[float]]],
    database: list[list[float]],
    queries: list[list[float]],
    k: int,
) -> list[list[tuple[int, float]]]:
    books = np.asarray(codebooks, dtype=np.float64)  # (M, K, d): M sub-codebooks of K centroids
    n_sub, _, sub_dim = books.shape
    data = np.asarray(database, dtype=np.float64).reshape(len(database), n_sub, sub_dim)

    # Encode: the nearest centroid of each sub-vector (argmin keeps the smaller index on ties).
    # (N, M, 1, d) - (M, K, d) -> (N, M, K) squared distances
    sub_dist = ((data[:, :, None, :] - books[None, :, :, :]) ** 2).sum(axis=3)
    codes = sub_dist.argmin(axis=2)  # (N, M)

    results = []
    columns = np.arange(n_sub)
    for query in queries:
        q = np.asarray(query, dtype=np.float64).reshape(n_sub, 1, sub_dim)
        table = np.sqrt(((q - books) ** 2).sum(axis=2))  # (M, K): query sub-vector to every centroid
        approx = table[columns, codes].sum(axis=1)  # (N,): one lookup per sub-space
        approx = np.round(approx, 6)
        order = np.lexsort((np.arange(len(approx)), approx))[:k]  # distance, then id
        results.append([(int(i), float(approx[i])) for i in order])
    return results
