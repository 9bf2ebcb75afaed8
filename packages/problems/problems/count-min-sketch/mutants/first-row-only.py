# Mutant: answers from the first row only
def count_min_estimates(
    width: int,
    prime: int,
    hash_params: list[list[int]],
    updates: list[list[int]],
    queries: list[int],
) -> list[int]:
    table = [[0] * width for _ in hash_params]

    def column(row: int, key: int) -> int:
        a, b = hash_params[row]
        return ((a * key + b) % prime) % width

    for key, count in updates:
        for r in range(len(hash_params)):
            table[r][column(r, key)] += count

    return [table[0][column(0, q)] for q in queries]
