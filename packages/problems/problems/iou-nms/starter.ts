export function nonMaxSuppression(
  boxes: number[][],
  scores: number[],
  classes: number[],
  iouThreshold: number,
): number[] {
  // Return the indices kept by per-class greedy NMS, highest score first.
  throw new Error('not implemented')
}
