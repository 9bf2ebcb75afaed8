export function recommendPopular(
  events: [user: number, item: number, t: number][],
  user: number,
  now: number,
  halfLife: number,
  k: number,
): [item: number, score: number][] {
  // events[i] = [user, item, t]. Return up to k [item, score] pairs, best first.
  throw new Error('not implemented')
}
