# Mutant: suppresses a box whose IoU equals the threshold (>= instead of >)
from collections import defaultdict

Box = list[float]


def _area(box: Box) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def iou(a: Box, b: Box) -> float:
    inter_w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    inter_h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = inter_w * inter_h
    union = _area(a) + _area(b) - inter
    return inter / union if union > 0 else 0.0


def non_max_suppression(
    boxes: list[Box], scores: list[float], classes: list[int], iou_threshold: float
) -> list[int]:
    order = sorted(range(len(boxes)), key=lambda i: (-scores[i], i))
    kept_by_class: dict[int, list[int]] = defaultdict(list)
    kept: list[int] = []
    for i in order:
        # A box survives unless a kept box of its own class overlaps it by more than the threshold.
        same_class = kept_by_class[classes[i]]
        if all(iou(boxes[i], boxes[j]) < iou_threshold for j in same_class):
            same_class.append(i)
            kept.append(i)
    return kept
