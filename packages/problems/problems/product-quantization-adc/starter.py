import numpy as np


def pq_search(
    codebooks: list[list[list[float]]],
    database: list[list[float]],
    queries: list[list[float]],
    k: int,
) -> list[list[tuple[int, float]]]:
    # codebooks[m][c]: centroid c of sub-codebook m. Encode the database, then for each query
    # return its k nearest [index, distance] pairs by asymmetric (query vs codes) distance.
    raise NotImplementedError
