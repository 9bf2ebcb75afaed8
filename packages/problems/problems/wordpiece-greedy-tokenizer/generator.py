# Inputs of rising size for wordpiece-greedy-tokenizer: n = N, the number of characters of text.
# The vocabulary is the same at every size (1,500 pieces of 1 to 12 letters, so L = 14 with the
# "##", drawn from seed alone): the time grows with the text only. Words are glued from vocabulary
# pieces; a few end in a stray letter that makes them unknown, and max_word_len = 40 cuts the
# longest ones.
import random

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def generate(n: int, seed: int) -> list:
    fixed = random.Random(seed)
    vocab = ["[UNK]"] + [c for c in LETTERS] + ["##" + c for c in LETTERS[:20]]
    while len(vocab) < 1500:
        piece = "".join(fixed.choice(LETTERS) for _ in range(fixed.randint(2, 12)))
        vocab.append(piece if fixed.random() < 0.4 else "##" + piece)
    rng = random.Random(seed * 1_000_003 + n)
    heads = [p for p in vocab[1:] if not p.startswith("##")]
    tails = [p[2:] for p in vocab if p.startswith("##")]
    parts = []
    length = 0
    while length < n:
        word = rng.choice(heads) + "".join(rng.choice(tails) for _ in range(rng.randint(0, 3)))
        if rng.random() < 0.03:
            # "z" is no continuation piece: the word becomes [UNK] after some pieces were found.
            word += "z"
        parts.append(word)
        parts.append(rng.choice(" \t\n ") if rng.random() < 0.9 else "  \r\n")
        length += len(word) + len(parts[-1])
    return [vocab, "".join(parts)[:n], "[UNK]", 40]
