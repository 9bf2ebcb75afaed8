def _rank_key(bid: int, quality: int, ad_id: str) -> tuple:
    # Smaller keys rank higher: rank score, then quality, then id in code-point order.
    return (-bid * quality, -quality, ad_id)


def price_ad_slots(ads: list[list], slots: int, reserve: int) -> list[list | None]:
    ranked = sorted(
        (ad for ad in ads if ad[1] >= reserve),
        key=lambda ad: _rank_key(ad[1], ad[2], ad[0]),
    )
    result: list[list | None] = []
    for position in range(min(slots, len(ranked))):
        ad_id, _, quality = ranked[position]
        price = reserve
        if position + 1 < len(ranked):
            below_id, below_bid, below_quality = ranked[position + 1]
            # The smallest whole bid whose rank score reaches the ad below, and one cent more
            # when reaching it exactly would lose the tie.
            needed = -(-below_bid * below_quality // quality)
            if _rank_key(needed, quality, ad_id) > _rank_key(below_bid, below_quality, below_id):
                needed += 1
            price = max(price, needed)
        result.append([ad_id, price])
    return result + [None] * (slots - len(result))
