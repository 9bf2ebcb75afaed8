def cap_impressions(events: list[list[int]], user_cap: int, campaign_cap: int, window: int) -> list[bool]:
    # events[i] = [user, campaign, t], in arrival order (not time order).
    # Return one boolean per event, in the given order: True if it is served.
    raise NotImplementedError
