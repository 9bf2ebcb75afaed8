// Mutant: takes the smallest bid strictly above the next rank score, floor(score / quality) + 1, which overcharges by a cent when the division is exact and the tie is won
type Ad = [id: string, bid: number, quality: number]

export function priceAdSlots(
  ads: Ad[],
  slots: number,
  reserve: number,
): ([string, number] | null)[] {
  const ranked = ads
    .filter(([, bid]) => bid >= reserve)
    .sort(
      ([idA, bidA, qA], [idB, bidB, qB]) =>
        bidB * qB - bidA * qA || qB - qA || (idA < idB ? -1 : idA > idB ? 1 : 0),
    )
  const result: ([string, number] | null)[] = []
  for (let position = 0; position < slots; position++) {
    const ad = ranked[position]
    if (ad === undefined) {
      result.push(null)
      continue
    }
    const below = ranked[position + 1]
    const price = below === undefined ? reserve : Math.floor((below[1] * below[2]) / ad[2]) + 1
    result.push([ad[0], Math.max(reserve, price)])
  }
  return result
}
