// A queue of serve times, oldest first; dropping from the front is O(1) amortized.
class TimeQueue {
  private times: number[] = []
  private head = 0

  expire(cutoff: number): void {
    while (this.head < this.times.length && this.times[this.head] <= cutoff) this.head++
  }

  get size(): number {
    return this.times.length - this.head
  }

  push(t: number): void {
    this.times.push(t)
  }
}

export function capImpressions(
  events: [user: number, campaign: number, t: number][],
  userCap: number,
  campaignCap: number,
  window: number,
): boolean[] {
  // Decide in time order; Array.prototype.sort is stable, so equal times keep the log's order.
  const order = events.map((_, i) => i).sort((a, b) => events[a][2] - events[b][2])
  const byUser = new Map<number, TimeQueue>()
  const byPair = new Map<string, TimeQueue>()
  const served = new Array<boolean>(events.length).fill(false)
  for (const i of order) {
    const [user, campaign, t] = events[i]
    const pairKey = `${user}:${campaign}`
    let recentUser = byUser.get(user)
    if (!recentUser) byUser.set(user, (recentUser = new TimeQueue()))
    let recentPair = byPair.get(pairKey)
    if (!recentPair) byPair.set(pairKey, (recentPair = new TimeQueue()))
    // Times only grow, so an impression that has left the window never returns to it.
    recentUser.expire(t - window)
    recentPair.expire(t - window)
    if (recentUser.size < userCap && recentPair.size < campaignCap) {
      served[i] = true
      recentUser.push(t)
      recentPair.push(t)
    }
  }
  return served
}
