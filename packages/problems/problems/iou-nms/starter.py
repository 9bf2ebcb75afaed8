def non_max_suppression(
    boxes: list[list[float]], scores: list[float], classes: list[int], iou_threshold: float
) -> list[int]:
    # Return the indices kept by per-class greedy NMS, highest score first.
    raise NotImplementedError
