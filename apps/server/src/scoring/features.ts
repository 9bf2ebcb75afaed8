// Features of an answer against a reference and its question, the inputs of the fitted grade model.
import { analyse, type Token } from './text.ts'
import {
  align,
  DEFAULT_SIMILARITY,
  harmonic,
  questionWords,
  vectorCosine,
  weigh,
  type SimilarityOptions,
} from './similarity.ts'

export const FEATURE_NAMES = [
  'softRecall',
  'softPrecision',
  'hardF1',
  'vectorCosine',
  'vectorCosineAll',
  'lengthRatio',
  'hardRecall',
  'hardPrecision',
  'softRecallAll',
  'novelty',
  'bigramRecall',
  'referenceBrevity',
] as const

export type FeatureName = (typeof FEATURE_NAMES)[number]

export function contentTokens(text: string): Token[] {
  return analyse(text).flatMap((s) => s.content)
}

export interface PairInput {
  question: string
  reference: string
  answer: string
}

/** Every feature lies in 0..1 and none grows with length past the reference's own length. */
export function pairFeatures(
  input: PairInput,
  options: SimilarityOptions = DEFAULT_SIMILARITY,
  memo?: Map<string, number>,
): number[] {
  const question = questionWords(contentTokens(input.question))
  const reference = contentTokens(input.reference)
  const answer = contentTokens(input.answer)
  return tokenFeatures(question, reference, answer, options, memo)
}

export function tokenFeatures(
  question: ReadonlySet<string>,
  reference: Token[],
  answer: Token[],
  options: SimilarityOptions = DEFAULT_SIMILARITY,
  memo?: Map<string, number>,
): number[] {
  if (answer.length === 0 || reference.length === 0) return FEATURE_NAMES.map(() => 0)
  const ref = weigh(reference, question, options)
  const ans = weigh(answer, question, options)
  const none = new Set<string>()
  const recall = align(ref, ans, options.embeddingFloor, memo)
  const precision = align(ans, ref, options.embeddingFloor, memo)
  const lengthRatio = Math.min(1, answer.length / reference.length)
  const refAll = weigh(reference, none, options)
  const ansAll = weigh(answer, none, options)
  const recallAll = align(refAll, ansAll, options.embeddingFloor, memo)
  const total = ansAll.reduce((s, w) => s + w.weight, 0)
  const novel = ans.reduce((s, w) => s + w.weight, 0)
  return [
    recall.soft,
    precision.soft,
    harmonic(recall.hard, precision.hard),
    vectorCosine(ref, ans),
    vectorCosine(refAll, ansAll),
    lengthRatio,
    recall.hard,
    precision.hard,
    recallAll.soft,
    total > 0 ? novel / total : 0,
    bigramRecall(reference, answer),
    1 / Math.log2(2 + reference.length),
  ]
}

/** Share of the reference's content-lemma bigrams that the answer also has, in order. */
function bigramRecall(reference: Token[], answer: Token[]): number {
  const grams = (tokens: Token[]) => {
    const set = new Set<string>()
    for (let i = 1; i < tokens.length; i++) set.add(`${tokens[i - 1]?.stem} ${tokens[i]?.stem}`)
    return set
  }
  const ref = grams(reference)
  if (ref.size === 0) return 0
  const ans = grams(answer)
  let hit = 0
  for (const g of ref) if (ans.has(g)) hit++
  return hit / ref.size
}
