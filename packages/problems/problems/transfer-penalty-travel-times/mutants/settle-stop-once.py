# Mutant: settles each stop at its first arrival, so a later arrival on a better line is thrown away
import heapq


def travel_times(n: int, rides: list[list[int]], change_penalty: list[int], source: int) -> list[int]:
    # States 0..n-1: "at stop v, free to board any line". Further states: "just arrived at
    # stop v on line L", created on demand. A change of line passes through the free state.
    line_state: dict[tuple[int, int], int] = {}
    stop_of: list[int] = list(range(n))
    adjacency: list[list[tuple[int, int]]] = [[] for _ in range(n)]

    def state_of(stop: int, line: int) -> int:
        key = (stop, line)
        if key not in line_state:
            line_state[key] = len(stop_of)
            stop_of.append(stop)
            # getting off the line at this stop costs the stop's change penalty
            adjacency.append([(stop, change_penalty[stop])])
        return line_state[key]

    for u, v, minutes, line in rides:
        arrive = state_of(v, line)
        adjacency[u].append((arrive, minutes))  # board from the free state
        adjacency[state_of(u, line)].append((arrive, minutes))  # stay on the same line

    dist = [-1] * len(stop_of)
    dist[source] = 0
    heap = [(0, source)]
    settled = [False] * n
    while heap:
        d, s = heapq.heappop(heap)
        if d > dist[s]:
            continue  # a stale heap entry
        if s >= n:
            if settled[stop_of[s]]:
                continue
            settled[stop_of[s]] = True
        for nxt, w in adjacency[s]:
            if dist[nxt] < 0 or d + w < dist[nxt]:
                dist[nxt] = d + w
                heapq.heappush(heap, (d + w, nxt))

    best = [-1] * n
    best[source] = 0
    for s in range(n, len(stop_of)):
        stop = stop_of[s]
        if dist[s] >= 0 and (best[stop] < 0 or dist[s] < best[stop]):
            best[stop] = dist[s]
    return best
