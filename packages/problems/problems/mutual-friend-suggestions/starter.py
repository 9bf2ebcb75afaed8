def suggest_friends(n: int, edges: list[list[int]], user: int, k: int) -> list[tuple[int, int]]:
    # edges[i] = [a, b]: a and b are friends (may repeat, may be [a, a]).
    # Return up to k (candidate, mutual_friend_count) pairs, most mutual friends first, then smaller id.
    raise NotImplementedError
