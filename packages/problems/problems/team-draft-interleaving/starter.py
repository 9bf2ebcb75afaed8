def team_draft_interleave(
    ranking_a: list[int], ranking_b: list[int], k: int, coins: list[bool], clicks: list[int]
) -> dict:
    # Return {"shown", "teams", "credit_a", "credit_b", "winner"}.
    raise NotImplementedError
