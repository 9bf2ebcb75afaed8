export function travelTimes(
  n: number,
  rides: [u: number, v: number, minutes: number, line: number][],
  changePenalty: number[],
  source: number,
): number[] {
  // Changing lines at stop v costs changePenalty[v].
  // Return the fastest time from source to every stop, 0 for source, -1 if unreachable.
  throw new Error('not implemented')
}
