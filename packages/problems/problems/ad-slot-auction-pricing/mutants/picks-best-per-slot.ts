// Mutant: picks each slot's winner with a fresh scan of the remaining ads, O(n * slots); right answers, too slow for the largest case
type Ad = [id: string, bid: number, quality: number]

function compareRank([idA, bidA, qualityA]: Ad, [idB, bidB, qualityB]: Ad): number {
  return (
    bidB * qualityB - bidA * qualityA || qualityB - qualityA || (idA < idB ? -1 : idA > idB ? 1 : 0)
  )
}

export function priceAdSlots(
  ads: Ad[],
  slots: number,
  reserve: number,
): ([string, number] | null)[] {
  const remaining = ads.filter(([, bid]) => bid >= reserve)
  const ranked: Ad[] = []
  while (ranked.length <= slots && remaining.length > 0) {
    let best = 0
    for (let i = 1; i < remaining.length; i++) {
      if (compareRank(remaining[i], remaining[best]) < 0) best = i
    }
    ranked.push(remaining[best])
    remaining[best] = remaining[remaining.length - 1]
    remaining.pop()
  }
  const result: ([string, number] | null)[] = []
  for (let position = 0; position < slots; position++) {
    const ad = ranked[position]
    if (ad === undefined) {
      result.push(null)
      continue
    }
    const [id, , quality] = ad
    let price = reserve
    const below = ranked[position + 1]
    if (below !== undefined) {
      let needed = Math.ceil((below[1] * below[2]) / quality)
      if (compareRank([id, needed, quality], below) > 0) needed += 1
      price = Math.max(price, needed)
    }
    result.push([id, price])
  }
  return result
}
