export function recommendItems(
  interactions: Array<[string, string, number]>,
  user: string,
  n: number,
): Array<[string, number]> {
  // Return up to n [item, score] pairs of unseen items, scored by item-item cosine similarity.
  throw new Error('not implemented')
}
