// Mutant: ends the page as soon as the team due to pick has no job left
export function teamDraftInterleave(
  rankingA: number[],
  rankingB: number[],
  k: number,
  coins: boolean[],
  clicks: number[],
): { shown: number[]; teams: string; credit_a: number; credit_b: number; winner: string } {
  const rankings = [rankingA, rankingB]
  const cursor = [0, 0] // next position to look at in each ranking
  const picked = [0, 0] // documents each team has put on the page
  const shown: number[] = []
  let teams = ''
  const seen = new Set<number>()
  let coinIndex = 0

  const nextUnshown = (team: number): number | undefined => {
    const ranking = rankings[team]
    // Skip documents already on the page, picked by the other team.
    while (cursor[team] < ranking.length && seen.has(ranking[cursor[team]])) cursor[team]++
    return ranking[cursor[team]]
  }

  while (shown.length < k) {
    let team: number
    if (picked[0] === picked[1]) team = coins[coinIndex++] ? 0 : 1
    else team = picked[0] < picked[1] ? 0 : 1 // the team that is behind
    let doc = nextUnshown(team)
    if (doc === undefined) {
      break
    }
    shown.push(doc)
    teams += 'AB'[team]
    seen.add(doc)
    picked[team]++
  }

  const credit = [0, 0]
  for (const position of new Set(clicks)) credit[teams[position] === 'A' ? 0 : 1]++ // a repeated click counts once
  const winner = credit[0] > credit[1] ? 'A' : credit[1] > credit[0] ? 'B' : 'tie'
  return { shown, teams, credit_a: credit[0], credit_b: credit[1], winner }
}
