def two_proportion_z_test(clicks_a: int, n_a: int, clicks_b: int, n_b: int) -> dict:
    # Return {"z", "p_value", "ci_low", "ci_high"} for the difference p_b - p_a.
    raise NotImplementedError
