// Mutant: rounds the needed bid up but never adds the cent that an exact tie lost on quality or id needs
type Ad = [id: string, bid: number, quality: number]

/** Negative when the first ad ranks above the second: rank score, then quality, then id. */
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
  const ranked = ads.filter(([, bid]) => bid >= reserve).sort(compareRank)
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
      // The smallest whole bid whose rank score reaches the ad below, and one cent more when
      // reaching it exactly would lose the tie.
      let needed = Math.ceil((below[1] * below[2]) / quality)
      price = Math.max(price, needed)
    }
    result.push([id, price])
  }
  return result
}
