# Mutant: offers each request only to the highest bidder, and leaves it unsold when that campaign has no room
def pace_campaigns(campaigns: list[list[int]], requests: list[list[int]]) -> list[int]:
    if not campaigns:
        return [-1] * len(requests)
    top = min(range(len(campaigns)), key=lambda j: (-campaigns[j][1], j))
    budget, multiplier = campaigns[top]
    spent = 0
    winners = []
    for t, value, price in requests:
        cap = budget * (t // 3600 + 1) // 24
        if multiplier * value >= price and spent + price <= cap:
            spent += price
            winners.append(top)
        else:
            winners.append(-1)
    return winners
