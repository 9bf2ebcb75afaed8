export function compactShards(shards: [string, number, string][][]): [string, number, string][] {
  // shards[s] is sorted by key; an empty value is a deletion.
  // Return the visible [key, timestamp, value] of every live key, sorted by key.
  throw new Error('not implemented')
}
