# Mutant: builds the factor arrays without a float dtype and overwrites rows in place, so integer factors truncate every solution
import numpy as np


def als_sweep(
    ratings: list[list[float]], user_factors: list[list[float]], item_factors: list[list[float]], reg: float
) -> dict:
    p = np.array(user_factors)
    q = np.array(item_factors)
    d = len(user_factors[0])
    by_user = [[] for _ in range(len(user_factors))]
    by_item = [[] for _ in range(len(item_factors))]
    for u, i, value in ratings:
        by_user[int(u)].append((int(i), value))
        by_item[int(i)].append((int(u), value))
    for u, rated in enumerate(by_user):
        if not rated:
            p[u] = 0
            continue
        qs = q[[i for i, _ in rated]].astype(float)
        p[u] = np.linalg.solve(qs.T @ qs + reg * np.eye(d), qs.T @ np.array([v for _, v in rated], dtype=float))
    for i, rated in enumerate(by_item):
        if not rated:
            q[i] = 0
            continue
        ps = p[[u for u, _ in rated]].astype(float)
        q[i] = np.linalg.solve(ps.T @ ps + reg * np.eye(d), ps.T @ np.array([v for _, v in rated], dtype=float))
    if ratings:
        err = [value - float(p[int(u)] @ q[int(i)]) for u, i, value in ratings]
        rmse = float(np.sqrt(np.mean(np.square(err))))
    else:
        rmse = 0.0
    return {"user_factors": p.astype(float).tolist(), "item_factors": q.astype(float).tolist(), "rmse": rmse}
