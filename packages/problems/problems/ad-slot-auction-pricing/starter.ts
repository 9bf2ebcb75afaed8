export function priceAdSlots(
  ads: [string, number, number][],
  slots: number,
  reserve: number,
): ([string, number] | null)[] {
  // ads[i] = [adId, bidCents, quality]. Return one [adId, priceCents] or null per slot.
  throw new Error('not implemented')
}
