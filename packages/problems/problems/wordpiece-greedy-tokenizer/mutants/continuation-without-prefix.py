# Mutant: looks every piece up as it appears in the word, forgetting the ## prefix on the pieces after the first
def wordpiece_encode(vocab: list[str], text: str, unk_token: str, max_word_len: int) -> list[int]:
    ids: dict[str, int] = {}
    longest = 0
    for i, piece in enumerate(vocab):
        # The first occurrence of a duplicated string keeps its id.
        if piece not in ids:
            ids[piece] = i
        longest = max(longest, len(piece))
    unk_id = ids[unk_token]
    out: list[int] = []
    # The text holds only space, tab, newline and carriage return as whitespace, so split() is exact.
    for word in text.split():
        if len(word) > max_word_len:
            out.append(unk_id)
            continue
        pieces: list[int] = []
        start = 0
        while start < len(word):
            # No entry is longer than `longest`, so longer candidates cannot match.
            end = min(len(word), start + longest)
            found = -1
            while end > start:
                candidate = word[start:end]
                found = ids.get(candidate, -1)
                if found >= 0:
                    break
                end -= 1
            if found < 0:
                # A word that cannot be covered is unknown as a whole, not just its remainder.
                pieces = [unk_id]
                break
            pieces.append(found)
            start = end
        out.extend(pieces)
    return out
