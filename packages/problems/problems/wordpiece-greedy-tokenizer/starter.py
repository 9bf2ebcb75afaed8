def wordpiece_encode(vocab: list[str], text: str, unk_token: str, max_word_len: int) -> list[int]:
    # Return the ids of the WordPiece tokens of every word of text, in order.
    raise NotImplementedError
