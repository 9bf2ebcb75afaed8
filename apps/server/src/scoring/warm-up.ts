// Loads the scorer's data (word vectors, WordNet, tagger) once, and reports how long each took.
import { wordVectors, wordVectorsLoadMs } from './embeddings.ts'
import { nlpLoadMs, analyseSentence } from './text.ts'
import { synonyms, wordNetLoadMs } from './wordnet.ts'

export interface ScorerLoadTimes {
  vectorsMs: number
  wordNetMs: number
  taggerMs: number
  totalMs: number
}

/** Call at boot so that the first explanation is scored in milliseconds too. */
export function warmUpScorer(): ScorerLoadTimes {
  const started = performance.now()
  wordVectors()
  synonyms('rank')
  analyseSentence('Warm up the tagger.')
  return {
    vectorsMs: wordVectorsLoadMs(),
    wordNetMs: wordNetLoadMs(),
    taggerMs: nlpLoadMs(),
    totalMs: performance.now() - started,
  }
}
