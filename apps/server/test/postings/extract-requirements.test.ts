// How a posting is read: bullets, word forms, acronyms, false friends, negation, "nice to have".
import { describe, expect, it } from 'vitest'
import { extractRequirements, segmentPosting } from '../../src/postings/index.ts'
import type { Requirement } from '../../src/postings/index.ts'

const areasOf = (text: string) => extractRequirements(text).requirements.map((r) => r.area)
const requirement = (text: string, area: string): Requirement | undefined =>
  extractRequirements(text).requirements.find((r) => r.area === area)

describe('splitting a posting into sentences and bullets', () => {
  it('splits at line breaks, bullet characters, list numbers and sentence ends, keeping the text verbatim', () => {
    const posting = [
      'About us. We rank things, e.g. products!',
      '• Spark • Kafka',
      '- Flink',
      '* BigQuery',
      '1. Learning to rank',
      '2) NDCG and MRR; also recall',
      '<ul><li>FAISS</li><li>ANN <b>search</b></li></ul>',
    ].join('\n')
    expect(segmentPosting(posting).map((s) => s.text)).toEqual([
      'About us.',
      'We rank things, e.g. products!',
      'Spark',
      'Kafka',
      'Flink',
      'BigQuery',
      'Learning to rank',
      'NDCG and MRR;',
      'also recall',
      'FAISS',
      'ANN <b>search</b>',
    ])
    for (const s of segmentPosting(posting)) expect(posting.slice(s.start, s.end)).toBe(s.text)
  })

  it('handles Windows line endings and a posting with no line breaks at all', () => {
    expect(segmentPosting('Spark.\r\nKafka.').map((s) => s.text)).toEqual(['Spark.', 'Kafka.'])
    expect(segmentPosting('We use Spark. We use Kafka.').map((s) => s.text)).toEqual([
      'We use Spark.',
      'We use Kafka.',
    ])
  })
})

describe('matching the taxonomy', () => {
  it('matches word forms and spellings: plurals, -ing, -ise/-ize, hyphens', () => {
    expect(areasOf('Build recommender systems and personalised feeds')).toContain('recommendation')
    expect(areasOf('Own personalization')).toContain('recommendation')
    expect(areasOf('Learning-to-rank experience')).toContain('ranking')
    expect(areasOf('re-ranking with a cross-encoder')).toContain('ranking')
    expect(areasOf('Approximate nearest neighbours')).toContain('retrieval')
    expect(areasOf('a/b-testing culture')).toContain('experimentation')
  })

  it('reports which taxonomy phrases it found, in the order the posting uses them', () => {
    expect(requirement('NDCG, then MRR, then learning to rank', 'ranking')?.matched).toEqual([
      'NDCG',
      'MRR',
      'learning to rank',
    ])
  })

  it('counts a longer phrase once rather than again for the words inside it', () => {
    expect(requirement('Learning to rank', 'ranking')?.matched).toEqual(['Learning to rank'])
  })

  it('reports the terms as the evidence writes them, not as the vocabulary spells them', () => {
    expect(requirement('Advertiser spend and re-ranking', 'ads')?.matched).toEqual(['Advertiser'])
    expect(requirement('Build recommender <b>systems</b>', 'recommendation')?.matched).toEqual([
      'recommender systems',
    ])
  })

  it('reports only the terms of the quoted sentence, never those of other sentences', () => {
    const text = [
      'Senior ML Engineer, Recommendations',
      'We care about calibration of our models.',
      'Strong grounding in machine learning, regularization and model evaluation.',
    ].join('\n')
    const fundamentals = requirement(text, 'ml-fundamentals')
    expect(fundamentals?.evidence).toBe(
      'Strong grounding in machine learning, regularization and model evaluation.',
    )
    expect(fundamentals?.matched).toEqual([
      'machine learning',
      'regularization',
      'model evaluation',
    ])
    for (const r of extractRequirements(text).requirements) {
      for (const term of r.matched) expect(r.evidence).toContain(term)
    }
  })

  it('matches ambiguous acronyms only as written, so a name or a word does not count', () => {
    expect(areasOf('Experience with ANN indexes')).toContain('retrieval')
    expect(areasOf('Report to Ann, our director')).not.toContain('retrieval')
    expect(areasOf('Build NER models')).toContain('nlp')
    expect(areasOf('We have a ner-do-well mascot')).not.toContain('nlp')
  })

  it('skips false friends such as "ad hoc" and "brand image"', () => {
    expect(areasOf('Ad hoc analysis and dashboards')).not.toContain('ads')
    expect(areasOf('Protect our brand image, brand image matters')).not.toContain('vision')
    expect(areasOf('Ad targeting and ads ranking')).toContain('ads')
  })

  it('needs more than one weak word before it calls an area required', () => {
    expect(areasOf('Upload an image of your passport')).not.toContain('vision')
    expect(areasOf('Computer vision for product photos')).toContain('vision')
  })

  it('maps an area to its evidence sentence, the one that names it most strongly', () => {
    const text = 'We like search. Build BM25 and vector search over an inverted index. Search more.'
    expect(requirement(text, 'retrieval')?.evidence).toBe(
      'Build BM25 and vector search over an inverted index.',
    )
  })

  it('gains confidence with more and stronger matches', () => {
    const one = requirement('Kafka.', 'streaming')?.confidence ?? 0
    const three = requirement('Kafka, Flink and stream processing.', 'streaming')?.confidence ?? 0
    const weak = requirement('Real-time.', 'streaming')?.confidence ?? 0
    expect(three).toBeGreaterThan(one)
    expect(one).toBeGreaterThan(weak)
  })
})

describe('negation and "nice to have"', () => {
  const base = requirement('Experience with Kafka and Flink.', 'streaming')?.confidence ?? 0

  it('lowers confidence for a nice-to-have sentence but still counts the area', () => {
    const nice = requirement('Kafka and Flink are a plus.', 'streaming')
    expect(nice).toBeDefined()
    expect(nice?.confidence).toBeLessThan(base)
  })

  it('applies a "Nice to have:" heading to the bullets under it, until the next heading', () => {
    const text = 'Nice to have:\n- Kafka and Flink\nRequirements:\n- Spark and Hadoop'
    const streaming = requirement(text, 'streaming')?.confidence ?? 0
    const bigData = requirement(text, 'big-data')?.confidence ?? 0
    expect(streaming).toBeLessThan(bigData)
    expect(streaming).toBeGreaterThan(0)
  })

  it('lowers confidence further for a negated mention, which still counts', () => {
    const negated = requirement('No Kafka or Flink experience needed.', 'streaming')
    const nice = requirement('Kafka and Flink are a plus.', 'streaming')
    expect(negated).toBeDefined()
    expect(negated?.confidence).toBeLessThan(nice?.confidence ?? 0)
  })
})

describe('the title', () => {
  const body = 'You will build data pipelines in Spark and Airflow.'

  it('does not make a generic title word such as "ML" or "Recommendations" a requirement', () => {
    const text = `Senior ML Engineer, Recommendations\n${body}`
    expect(areasOf(text)).not.toContain('ml-fundamentals')
    expect(areasOf(text)).not.toContain('recommendation')
    expect(areasOf(text)).toContain('big-data')
  })

  it('counts a term of art named only in the title, weaker and marked as title-only', () => {
    const text = `Recommender Systems Engineer\n${body}`
    const fromTitle = requirement(text, 'recommendation')
    expect(fromTitle?.titleOnly).toBe(true)
    expect(fromTitle?.evidence).toBe('Recommender Systems Engineer')
    const inBody = requirement(`Engineer\nBuild recommender systems.\n${body}`, 'recommendation')
    expect(inBody?.titleOnly).toBe(false)
    expect(fromTitle?.confidence ?? 1).toBeLessThan(inBody?.confidence ?? 0)
  })

  it('quotes a body sentence rather than the title whenever the body names the area', () => {
    const text = `Recommender Systems and Collaborative Filtering Engineer\nOwn our recommendations.`
    const r = requirement(text, 'recommendation')
    expect(r?.evidence).toBe('Own our recommendations.')
    expect(r?.matched).toEqual(['recommendations'])
    expect(r?.titleOnly).toBe(false)
  })

  it('reads a one-line posting, or a first line that is a sentence, as body', () => {
    expect(requirement('Build recommender systems', 'recommendation')?.titleOnly).toBe(false)
    const sentence = requirement('We build recommender systems.\nApply now', 'recommendation')
    expect(sentence?.titleOnly).toBe(false)
  })
})

describe('sorting', () => {
  it('puts the most wanted area first', () => {
    const text = [
      'You will build learning to rank models, tune NDCG and MRR, and own re-ranking.',
      'Some Kafka exposure is a plus.',
    ].join('\n')
    expect(areasOf(text)[0]).toBe('ranking')
    expect(areasOf(text)).toContain('streaming')
  })
})
