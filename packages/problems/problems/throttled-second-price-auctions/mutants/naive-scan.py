# Mutant: scans every campaign for every auction, O(n * m); right answers, too slow for 100000 auctions and 60000 campaigns
def run_auctions(campaigns, reserves):
    n = len(reserves); spend = [0]*len(campaigns)
    for i, r in enumerate(reserves):
        bidders = [j for j, (b, B) in enumerate(campaigns) if B - spend[j] >= b and spend[j]*n <= B*i and b >= r]
        if not bidders: continue
        bidders.sort(key=lambda j: (-campaigns[j][0], j))
        w = bidders[0]; second = campaigns[bidders[1]][0] if len(bidders) > 1 else 0
        spend[w] += max(r, second)
    return spend
