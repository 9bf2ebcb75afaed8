export function propagateLabels(n: number, edges: [number, number][], maxRounds: number): number[] {
  // Member v starts with label v. Each synchronous round, every member with contacts takes the
  // label most common among them (smallest label on ties). Stop when nothing changes or after maxRounds.
  throw new Error('not implemented')
}
