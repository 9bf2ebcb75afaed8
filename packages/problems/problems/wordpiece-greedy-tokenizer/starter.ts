export function wordpieceEncode(
  vocab: string[],
  text: string,
  unkToken: string,
  maxWordLen: number,
): number[] {
  // Return the ids of the WordPiece tokens of every word of text, in order.
  throw new Error('not implemented')
}
