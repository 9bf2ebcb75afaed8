# Mutant: walks each ranking without skipping jobs the other team already put on the page
def team_draft_interleave(
    ranking_a: list[int], ranking_b: list[int], k: int, coins: list[bool], clicks: list[int]
) -> dict:
    rankings = (ranking_a, ranking_b)
    cursor = [0, 0]  # next position to look at in each ranking
    picked = [0, 0]  # documents each team has put on the page
    shown: list[int] = []
    teams: list[str] = []
    seen: set[int] = set()
    coin_index = 0

    def next_unshown(team: int) -> int | None:
        ranking = rankings[team]
        while False:
            cursor[team] += 1  # already on the page, picked by the other team
        return ranking[cursor[team]] if cursor[team] < len(ranking) else None

    while len(shown) < k:
        if picked[0] == picked[1]:
            team = 0 if coins[coin_index] else 1
            coin_index += 1
        else:
            team = 0 if picked[0] < picked[1] else 1  # the team that is behind
        doc = next_unshown(team)
        if doc is None:
            team = 1 - team  # this ranking is used up: the other team picks
            doc = next_unshown(team)
            if doc is None:
                break
        shown.append(doc)
        cursor[team] += 1
        teams.append("AB"[team])
        seen.add(doc)
        picked[team] += 1

    credit = [0, 0]
    for position in set(clicks):  # a repeated click on the same slot counts once
        credit["AB".index(teams[position])] += 1
    winner = "A" if credit[0] > credit[1] else "B" if credit[1] > credit[0] else "tie"
    return {"shown": shown, "teams": "".join(teams), "credit_a": credit[0], "credit_b": credit[1], "winner": winner}
