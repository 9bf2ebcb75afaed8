export function equalizeHistogram(image: number[][]): number[][] {
  // Return the equalised image, same shape as image.
  throw new Error('not implemented')
}
