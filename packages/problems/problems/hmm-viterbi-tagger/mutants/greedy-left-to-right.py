# Mutant: greedy, word by word: takes the best tag for each word given the tag already chosen before it
import math


def viterbi_tags(start: list[float], trans: list[list[float]], emit: list[list[float]],
                 words: list[int]) -> dict:
    if not words:
        return {"tags": [], "log_prob": 0.0}
    num_tags = len(start)
    scores = [start[j] + emit[j][words[0]] for j in range(num_tags)]
    tag = max(range(num_tags), key=lambda j: (scores[j], -j))
    total, tags = scores[tag], [tag]
    for word in words[1:]:
        scores = [trans[tag][j] + emit[j][word] for j in range(num_tags)]
        tag = max(range(num_tags), key=lambda j: (scores[j], -j))
        total += scores[tag]
        tags.append(tag)
    if total == -math.inf:
        return {"tags": [], "log_prob": -math.inf}
    return {"tags": tags, "log_prob": total}
