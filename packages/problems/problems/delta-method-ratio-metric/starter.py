def ratio_metric_test(control: list[list[int]], treatment: list[list[int]]) -> dict:
    # control[i] = treatment[j] = [clicks, views] for one user.
    # Return {"diff", "se", "z", "ci_low", "ci_high"}; a value is None where it is undefined.
    raise NotImplementedError
