def price_ad_slots(ads: list[list], slots: int, reserve: int) -> list[list | None]:
    # ads[i] = [ad_id, bid_cents, quality]. Return one [ad_id, price_cents] or None per slot.
    raise NotImplementedError
