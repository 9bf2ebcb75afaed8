# Mutant: ranks every ad, fills the slots with those at or above the reserve, but prices each winner against the next ad in the full ranking, even one under the reserve
def _rank_key(bid: int, quality: int, ad_id: str) -> tuple:
    return (-bid * quality, -quality, ad_id)


def price_ad_slots(ads: list[list], slots: int, reserve: int) -> list[list | None]:
    ranked = sorted(ads, key=lambda ad: _rank_key(ad[1], ad[2], ad[0]))
    result: list[list | None] = []
    for index, (ad_id, bid, quality) in enumerate(ranked):
        if len(result) == slots:
            break
        if bid < reserve:
            continue
        price = reserve
        if index + 1 < len(ranked):
            below_id, below_bid, below_quality = ranked[index + 1]
            needed = -(-below_bid * below_quality // quality)
            if _rank_key(needed, quality, ad_id) > _rank_key(below_bid, below_quality, below_id):
                needed += 1
            price = max(price, needed)
        result.append([ad_id, price])
    return result + [None] * (slots - len(result))
