def sample_size_per_arm(baseline: float, lift: float, alpha: float, power: float, two_sided: bool) -> dict:
    # Return {"n_per_arm": int, "z_alpha": float, "z_power": float}.
    raise NotImplementedError
