# Mutant: builds the dense users x items matrix and treats every missing rating as an observed 0 (and a repeated pair as one)
import numpy as np


def als_sweep(
    ratings: list[list[float]], user_factors: list[list[float]], item_factors: list[list[float]], reg: float
) -> dict:
    p = np.array(user_factors, dtype=np.float64).reshape(len(user_factors), -1)
    q = np.array(item_factors, dtype=np.float64).reshape(len(item_factors), -1)
    r = np.zeros((p.shape[0], q.shape[0]))
    for u, i, value in ratings:
        r[int(u), int(i)] = value
    eye = reg * np.eye(p.shape[1])
    p = np.linalg.solve(q.T @ q + eye, q.T @ r.T).T
    q = np.linalg.solve(p.T @ p + eye, p.T @ r).T
    if ratings:
        users = np.array([int(x[0]) for x in ratings])
        items = np.array([int(x[1]) for x in ratings])
        values = np.array([x[2] for x in ratings], dtype=np.float64)
        rmse = float(np.sqrt(np.mean((values - np.einsum("ij,ij->i", p[users], q[items])) ** 2)))
    else:
        rmse = 0.0
    return {"user_factors": p.tolist(), "item_factors": q.tolist(), "rmse": rmse}
