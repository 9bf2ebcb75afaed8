# Inputs of rising size for bpe-merge-training: n words drawn with a skew from n / 10 different
# syllable words, and n / 40 merges, so the merges grow with the corpus.
import random

SYLLABLES = ["ka", "to", "ri", "mon", "sel", "ba", "ne", "ver", "qu", "ix", "lo", "stra", "pe",
             "dun", "Zo", "ti", "ob", "mi", "en", "us", "cha", "In", "de", "al", "e", "a", "o"]


def generate(n: int, seed: int) -> list:
    rng = random.Random(seed * 1_000_003 + n)
    vocab = ["".join(rng.choices(SYLLABLES, k=rng.randint(1, 4))) for _ in range(max(1, n // 10))]
    words = [vocab[int(len(vocab) * rng.random() ** 3)] for _ in range(n)]
    corpus = [" ".join(words[i:i + 50]) for i in range(0, n, 50)]
    return [corpus, n // 40]
