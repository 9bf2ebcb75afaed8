def tfidf_vectors(docs: list[str]) -> list[list[tuple[str, float]]]:
    # Return, per document, its L2-normalised TF-IDF weights as (term, weight) pairs sorted by term.
    raise NotImplementedError
