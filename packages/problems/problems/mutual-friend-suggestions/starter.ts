export function suggestFriends(
  n: number,
  edges: [number, number][],
  user: number,
  k: number,
): [candidate: number, mutual: number][] {
  // edges[i] = [a, b]: a and b are friends (may repeat, may be [a, a]).
  // Return up to k [candidate, mutualFriendCount] pairs, most mutual friends first, then smaller id.
  throw new Error('not implemented')
}
