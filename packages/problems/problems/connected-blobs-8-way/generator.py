# Inputs of rising size for connected-blobs-8-way: an n x n mask of small V-shaped blobs whose two
# arms join one row below where they start, over a serpentine blob in the bottom third.
def generate(n: int, seed: int) -> list:
    side = max(3, n)
    top = side * 2 // 3
    rows = []
    for r in range(top):
        pattern = ("#.#.", ".#..", "....")[r % 3]
        rows.append((pattern * (side // 4 + 1))[:side])
    for r in range(side - top):
        if r % 2 == 0:
            rows.append("#" * side)
        elif r % 4 == 1:
            rows.append("." * (side - 1) + "#")
        else:
            rows.append("#" + "." * (side - 1))
    probes = [[(seed * 7 + i * 13) % side, (seed * 11 + i * 17) % side] for i in range(10)]
    return [rows, probes]
