# Mutant: scans the campaigns in bid order for every request, O(n * m); right answers, too slow for the day with 100000 campaigns
def pace_campaigns(campaigns: list[list[int]], requests: list[list[int]]) -> list[int]:
    order = sorted(range(len(campaigns)), key=lambda j: (-campaigns[j][1], j))
    spent = [0] * len(campaigns)
    winners = []
    for t, value, price in requests:
        hour = t // 3600
        winner = -1
        for j in order:
            budget, multiplier = campaigns[j]
            if multiplier * value < price:
                break  # everyone further down bids even less
            if spent[j] + price <= budget * (hour + 1) // 24:
                winner = j
                break
        if winner >= 0:
            spent[winner] += price
        winners.append(winner)
    return winners
