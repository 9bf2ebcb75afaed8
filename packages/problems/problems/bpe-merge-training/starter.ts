export function trainBpe(
  corpus: string[],
  numMerges: number,
): { merges: [string, string][]; tokens: string[][] } {
  // Learn up to numMerges BPE merges; return the merged pairs and each line's final symbols.
  throw new Error('not implemented')
}
