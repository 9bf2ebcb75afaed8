def conv2d(
    image: list[list[float]], kernel: list[list[float]], stride: int, padding: int
) -> list[list[float]]:
    # Return the cross-correlation of the zero-padded image with the kernel, at the given stride.
    raise NotImplementedError
