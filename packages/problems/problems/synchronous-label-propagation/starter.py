def propagate_labels(n: int, edges: list[list[int]], max_rounds: int) -> list[int]:
    # Member v starts with label v. Each synchronous round, every member with contacts takes the
    # label most common among them (smallest label on ties). Stop when nothing changes or after max_rounds.
    raise NotImplementedError
