export function lshCandidatePairs(
  vectors: number[][],
  hyperplanes: number[][],
  bands: number,
): Array<[number, number]> {
  // Return every [i, j], i < j, whose signatures agree on at least one band, sorted.
  throw new Error('not implemented')
}
