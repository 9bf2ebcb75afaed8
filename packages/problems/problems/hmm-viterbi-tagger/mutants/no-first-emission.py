# Mutant: forgets the emission of the first word: the first column holds the start log-probabilities only
import math


def viterbi_tags(start: list[float], trans: list[list[float]], emit: list[list[float]],
                 words: list[int]) -> dict:
    n, num_tags = len(words), len(start)
    if n == 0:
        return {"tags": [], "log_prob": 0.0}
    # best[j]: highest log-probability of a tagging of words[0..k] that ends in tag j.
    best = [float(start[j]) for j in range(num_tags)]
    back = []  # back[k - 1][j]: the previous tag on that best tagging
    for k in range(1, n):
        word = words[k]
        new_best, pointers = [], []
        for j in range(num_tags):
            arg, top = 0, -math.inf
            for i in range(num_tags):
                # Strictly greater keeps the lowest previous tag on ties; an impossible
                # column keeps pointer 0, which is never followed back from a finite end.
                candidate = best[i] + trans[i][j]
                if candidate > top:
                    arg, top = i, candidate
            new_best.append(top + emit[j][word])
            pointers.append(arg)
        best = new_best
        back.append(pointers)
    last = min(range(num_tags), key=lambda j: (-best[j], j))
    if best[last] == -math.inf:
        return {"tags": [], "log_prob": -math.inf}
    tags = [last]
    for pointers in reversed(back):
        tags.append(pointers[tags[-1]])
    tags.reverse()
    return {"tags": tags, "log_prob": best[last]}
