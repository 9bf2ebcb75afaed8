// Mutant: does not clamp the overlap widths at 0, so two negative widths make a positive area
type Box = number[]

const area = (b: Box): number => (b[2]! - b[0]!) * (b[3]! - b[1]!)

export function iou(a: Box, b: Box): number {
  const interW = Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!)
  const interH = Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!)
  const inter = interW * interH
  const union = area(a) + area(b) - inter
  return union > 0 ? inter / union : 0
}

export function nonMaxSuppression(
  boxes: Box[],
  scores: number[],
  classes: number[],
  iouThreshold: number,
): number[] {
  const order = boxes.map((_, i) => i).sort((i, j) => scores[j]! - scores[i]! || i - j)
  const keptByClass = new Map<number, number[]>()
  const kept: number[] = []
  for (const i of order) {
    // A box survives unless a kept box of its own class overlaps it by more than the threshold.
    const cls = classes[i]!
    const sameClass = keptByClass.get(cls) ?? []
    if (sameClass.every((j) => iou(boxes[i]!, boxes[j]!) <= iouThreshold)) {
      sameClass.push(i)
      keptByClass.set(cls, sameClass)
      kept.push(i)
    }
  }
  return kept
}
