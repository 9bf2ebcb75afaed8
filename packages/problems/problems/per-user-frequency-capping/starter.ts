export function capImpressions(
  events: [number, number, number][],
  userCap: number,
  campaignCap: number,
  window: number,
): boolean[] {
  // events[i] = [user, campaign, t], in arrival order (not time order).
  // Return one boolean per event, in the given order: true if it is served.
  throw new Error('not implemented')
}
