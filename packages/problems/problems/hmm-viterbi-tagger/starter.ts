export function viterbiTags(
  start: number[],
  trans: number[][],
  emit: number[][],
  words: number[],
): { tags: number[]; log_prob: number } {
  // Return { tags, log_prob } for the most likely tagging of words.
  throw new Error('not implemented')
}
