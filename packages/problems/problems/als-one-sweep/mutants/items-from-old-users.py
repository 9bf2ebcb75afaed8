# Mutant: refits the items against the given user vectors instead of the ones just computed (a Jacobi step, not alternating)
import numpy as np


def _solve_side(rows, cols, values, fixed, n_rows, reg):
    """Ridge solve for every row given the other side's fixed factors; no ratings -> zeros."""
    rank = fixed.shape[1]
    updated = np.zeros((n_rows, rank))
    order = np.argsort(rows, kind="stable")
    rows, cols, values = rows[order], cols[order], values[order]
    bounds = np.searchsorted(rows, np.arange(n_rows + 1))
    eye = reg * np.eye(rank)
    for r in range(n_rows):
        lo, hi = bounds[r], bounds[r + 1]
        if lo == hi:
            continue
        q = fixed[cols[lo:hi]]  # (ratings of this row, rank)
        updated[r] = np.linalg.solve(q.T @ q + eye, q.T @ values[lo:hi])
    return updated


def als_sweep(
    ratings: list[list[float]], user_factors: list[list[float]], item_factors: list[list[float]], reg: float
) -> dict:
    users = np.array([int(r[0]) for r in ratings], dtype=np.int64)
    items = np.array([int(r[1]) for r in ratings], dtype=np.int64)
    values = np.array([r[2] for r in ratings], dtype=np.float64)
    p = np.array(user_factors, dtype=np.float64).reshape(len(user_factors), -1)
    q = np.array(item_factors, dtype=np.float64).reshape(len(item_factors), -1)
    # Users first with the given item factors, then items with the users just computed.
    p_new = _solve_side(users, items, values, q, p.shape[0], reg)
    q = _solve_side(items, users, values, p, q.shape[0], reg)
    p = p_new
    if len(values):
        residual = values - np.einsum("ij,ij->i", p[users], q[items])
        rmse = float(np.sqrt(np.mean(residual**2)))
    else:
        rmse = 0.0
    return {"user_factors": p.tolist(), "item_factors": q.tolist(), "rmse": rmse}
