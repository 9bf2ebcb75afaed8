# Mutant: picks each slot's winner with a fresh scan of the remaining ads, O(n * slots); right answers, too slow for the largest case
def _rank_key(bid: int, quality: int, ad_id: str) -> tuple:
    return (-bid * quality, -quality, ad_id)


def price_ad_slots(ads: list[list], slots: int, reserve: int) -> list[list | None]:
    remaining = [ad for ad in ads if ad[1] >= reserve]
    ranked = []
    for _ in range(slots + 1):
        if not remaining:
            break
        best = min(range(len(remaining)), key=lambda i: _rank_key(remaining[i][1], remaining[i][2], remaining[i][0]))
        ranked.append(remaining.pop(best))
    result: list[list | None] = []
    for position in range(min(slots, len(ranked))):
        ad_id, _, quality = ranked[position]
        price = reserve
        if position + 1 < len(ranked):
            below_id, below_bid, below_quality = ranked[position + 1]
            needed = -(-below_bid * below_quality // quality)
            if _rank_key(needed, quality, ad_id) > _rank_key(below_bid, below_quality, below_id):
                needed += 1
            price = max(price, needed)
        result.append([ad_id, price])
    return result + [None] * (slots - len(result))
