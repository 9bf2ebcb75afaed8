# Mutant: uses 0.7213 / (1 + 1.079 / m) for every m, also 16, 32 and 64
import math

MASK = (1 << 64) - 1


def mix64(x: int) -> int:
    # SplitMix64's finaliser, in 64-bit unsigned arithmetic.
    z = (x + 0x9E3779B97F4A7C15) & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def alpha(m: int) -> float:
    return 0.7213 / (1 + 1.079 / m)


def merge_and_estimate(sketches: list[list[int]], items: list[int], p: int) -> dict:
    m = 1 << p
    # Merging sketches is a register-wise max; an empty list of sketches starts from zeros.
    registers = [0] * m
    for sketch in sketches:
        registers = [max(a, b) for a, b in zip(registers, sketch)]
    width = 64 - p
    for item in items:
        h = mix64(item)
        index = h >> width
        rest = h & ((1 << width) - 1)
        # Position of the first 1 bit in the remaining (64 - p)-bit word, counted from 1.
        rank = width - rest.bit_length() + 1
        if rank > registers[index]:
            registers[index] = rank
    zeros = registers.count(0)
    raw = alpha(m) * m * m / sum(2.0**-r for r in registers)
    estimate = m * math.log(m / zeros) if raw <= 2.5 * m and zeros > 0 else raw
    return {"estimate": estimate, "zero_registers": zeros, "registers": registers}
