# Mutant: scores every one of the T^n taggings; right answers, far too slow for the query with 3000 words
import math


def viterbi_tags(start: list[float], trans: list[list[float]], emit: list[list[float]],
                 words: list[int]) -> dict:
    n, num_tags = len(words), len(start)
    if n == 0:
        return {"tags": [], "log_prob": 0.0}
    best, best_tags = -math.inf, None
    tags = [0] * n
    while True:
        score = start[tags[0]] + emit[tags[0]][words[0]]
        for k in range(1, n):
            score += trans[tags[k - 1]][tags[k]] + emit[tags[k]][words[k]]
        if score > best:  # the last tag changes slowest, so the first best seen wins ties
            best, best_tags = score, tags[:]
        k = 0
        while k < n and tags[k] == num_tags - 1:
            tags[k] = 0
            k += 1
        if k == n:
            break
        tags[k] += 1
    if best_tags is None:
        return {"tags": [], "log_prob": -math.inf}
    return {"tags": best_tags, "log_prob": best}
