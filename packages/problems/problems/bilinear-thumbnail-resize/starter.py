def resize_bilinear(image: list[list[int]], out_h: int, out_w: int) -> list[list[int]]:
    # image[r][c] in 0..255; return out_h rows of out_w integers (half-pixel centres, round half up).
    raise NotImplementedError
