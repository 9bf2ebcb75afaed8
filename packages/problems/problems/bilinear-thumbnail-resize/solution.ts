interface Tap {
  low: number
  high: number
  frac: number
}

// Source position of output index i (half-pixel centres): ((2i + 1) * n - m) / (2m), clamped to
// [0, n - 1]. `frac` is the upper pixel's weight as a numerator over 2m.
function taps(outSize: number, inSize: number): Tap[] {
  const denominator = 2 * outSize
  const result: Tap[] = []
  for (let i = 0; i < outSize; i++) {
    const numerator = (2 * i + 1) * inSize - outSize
    if (numerator <= 0) {
      result.push({ low: 0, high: 0, frac: 0 })
      continue
    }
    const low = Math.floor(numerator / denominator)
    if (low >= inSize - 1) {
      result.push({ low: inSize - 1, high: inSize - 1, frac: 0 })
    } else {
      result.push({ low, high: low + 1, frac: numerator - low * denominator })
    }
  }
  return result
}

export function resizeBilinear(image: number[][], outH: number, outW: number): number[][] {
  const rows = taps(outH, image.length)
  const cols = taps(outW, image[0].length)
  const dy = 2 * outH
  const dx = 2 * outW
  const scale = dy * dx
  return rows.map(({ low: y0, high: y1, frac: fy }) => {
    const top = image[y0]
    const bottom = image[y1]
    return cols.map(({ low: x0, high: x1, frac: fx }) => {
      const upper = (dx - fx) * top[x0] + fx * top[x1]
      const lower = (dx - fx) * bottom[x0] + fx * bottom[x1]
      const total = (dy - fy) * upper + fy * lower
      // The exact value is total / scale: every term is an integer below 2^53, so this is exact.
      return Math.floor((2 * total + scale) / (2 * scale))
    })
  })
}
