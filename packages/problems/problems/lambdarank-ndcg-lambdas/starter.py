def lambdarank_lambdas(scores: list[float], labels: list[int], k: int, sigma: float) -> list[float]:
    # scores[d], labels[d]: the model's score and the graded label of document d.
    # Return one lambda per document, in input order.
    raise NotImplementedError
