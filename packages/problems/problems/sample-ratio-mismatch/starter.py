def srm_check(counts: list[int], weights: list[float], alpha: float) -> dict:
    # Return {"statistic", "df", "p_value", "mismatch"} for the observed counts against the plan.
    raise NotImplementedError
