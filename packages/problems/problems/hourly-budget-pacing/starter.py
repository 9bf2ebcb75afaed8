def pace_campaigns(campaigns: list[list[int]], requests: list[list[int]]) -> list[int]:
    # campaigns[j] = [budget, multiplier]; requests[i] = [t, value, price].
    # Return, per request, the index of the campaign that takes it, or -1.
    raise NotImplementedError
