# Mutant: finds each piece by looping over the whole vocabulary at every position, O(N * V) instead of hashed lookups
def wordpiece_encode(vocab: list[str], text: str, unk_token: str, max_word_len: int) -> list[int]:
    unk_id = vocab.index(unk_token)
    out: list[int] = []
    for word in text.split():
        if len(word) > max_word_len:
            out.append(unk_id)
            continue
        pieces: list[int] = []
        start = 0
        while start < len(word):
            best, best_len = -1, 0
            for i, entry in enumerate(vocab):
                if start == 0:
                    body = entry
                elif entry.startswith("##") and len(entry) > 2:
                    body = entry[2:]
                else:
                    continue
                if len(body) > best_len and word.startswith(body, start):
                    best, best_len = i, len(body)
            if best < 0:
                pieces = [unk_id]
                break
            pieces.append(best)
            start += best_len
        out.extend(pieces)
    return out
