export function recommendItems(
  userBoards: [string, string][],
  boardItems: [string, string][],
  userItems: [string, string][],
  user: string,
  alpha: number,
  iterations: number,
  n: number,
): [string, number][] {
  // Return the top-n unseen [item, score] pairs by random walk with restart from `user`.
  throw new Error('not implemented')
}
