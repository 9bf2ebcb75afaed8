# Mutant: adds b after the prime modulus: ((a * x) mod p + b) mod width
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
        return ((a * key) % prime + b) % width

    for key, count in updates:
        for r in range(len(hash_params)):
            table[r][column(r, key)] += count

    return [min(table[r][column(r, q)] for r in range(len(hash_params))) for q in queries]
