export function attributeConversions(
  touches: [number, number, string][],
  conversions: [number, number, number][],
  lookback: number,
): [string, number][] {
  // Return [channel, credit] pairs, highest credit first.
  throw new Error('not implemented')
}
