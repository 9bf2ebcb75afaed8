def travel_times(n: int, rides: list[list[int]], change_penalty: list[int], source: int) -> list[int]:
    # rides[i] = [u, v, minutes, line]; changing lines at stop v costs change_penalty[v].
    # Return the fastest time from source to every stop, 0 for source, -1 if unreachable.
    raise NotImplementedError
