export function reservoirSample(stream: number[], k: number, randoms: number[]): number[] {
  // Return the k-slot reservoir after Algorithm R, drawing from `randoms` in order.
  throw new Error('not implemented')
}
