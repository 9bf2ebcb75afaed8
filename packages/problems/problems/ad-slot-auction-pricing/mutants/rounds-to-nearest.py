# Mutant: rounds the needed bid to the nearest cent instead of up (and adds a cent only for an exact tie it would lose)
def price_ad_slots(ads: list[list], slots: int, reserve: int) -> list[list | None]:
    ranked = sorted(
        (ad for ad in ads if ad[1] >= reserve),
        key=lambda ad: (-ad[1] * ad[2], -ad[2], ad[0]),
    )
    result: list[list | None] = []
    for position in range(min(slots, len(ranked))):
        ad_id, _, quality = ranked[position]
        price = reserve
        if position + 1 < len(ranked):
            below_id, below_bid, below_quality = ranked[position + 1]
            below_score = below_bid * below_quality
            needed = round(below_score / quality)
            loses_tie = quality < below_quality or (quality == below_quality and ad_id > below_id)
            if needed * quality == below_score and loses_tie:
                needed += 1
            price = max(price, needed)
        result.append([ad_id, price])
    return result + [None] * (slots - len(result))
