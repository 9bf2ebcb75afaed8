def run_auctions(campaigns: list[list[int]], reserves: list[int]) -> list[int]:
    # campaigns[j] = [bid, budget]; reserves[i] = the reserve price of auction i.
    # Return the total spend of every campaign.
    raise NotImplementedError
