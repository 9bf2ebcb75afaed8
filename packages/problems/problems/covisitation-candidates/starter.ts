export function covisitationCandidates(
  events: [number, number, number][],
  window: number,
  queries: number[],
  k: number,
): [number, number][][] {
  // events[i] = [session, item, t], in no particular order.
  // For each query item, return up to k [item, count] pairs: count descending, then item ascending.
  throw new Error('not implemented')
}
