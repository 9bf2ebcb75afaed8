import math


def beam_search(logp: list[list[float]], start: int, end: int, beam_width: int, max_len: int,
                alpha: float) -> dict:
    beam = [(0.0, ())]  # (raw score, generated tokens); the last token is the model's state
    finished = []
    for _ in range(max_len):
        candidates = []
        for score, tokens in beam:
            last = tokens[-1] if tokens else start
            for token, lp in enumerate(logp[last]):
                if lp != -math.inf:
                    candidates.append((score + lp, tokens + (token,)))
        # Highest raw score first; equal scores: the lexicographically smaller sequence.
        candidates.sort(key=lambda c: (-c[0], c[1]))
        beam = []
        for score, tokens in candidates[:beam_width]:
            # A hypothesis that emits the end token leaves the beam for good.
            (finished if tokens[-1] == end else beam).append((score, tokens))
        if not beam:
            break
    finished.extend(beam)  # hypotheses still open after max_len steps are complete too
    if not finished:
        return {"tokens": [], "score": -math.inf}
    best = min(finished, key=lambda f: (-(f[0] / len(f[1]) ** alpha), f[1]))
    return {"tokens": list(best[1]), "score": best[0] / len(best[1]) ** alpha}
