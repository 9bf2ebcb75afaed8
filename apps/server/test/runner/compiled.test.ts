// Java and C++ through both runners: harnesses generated from the signature, compile errors with
// their line, parameters taken every way the languages allow, records, NaN, runtime errors.
import { parseSignature } from '@pairwise/problems'
import type { ProblemSignature, RunResult, TestCase } from '@pairwise/shared'
import { describe, expect, it } from 'vitest'
import {
  createLocalRunner,
  createSandboxRunner,
  resolveRunnerOptions,
  type Runner,
} from '../../src/runner/index.ts'
import {
  hasBwrap,
  hasCpp,
  hasJava,
  warnIfMissing,
  warnIfNoToolchain,
} from './helpers/environment.ts'
import { functionCase, ndcgCases } from './helpers/fixtures.ts'

warnIfMissing('compiled languages', { bwrap: true })
warnIfNoToolchain('compiled languages')

function signatureOf(text: string, records: Record<string, string> = {}): ProblemSignature {
  const reasons: string[] = []
  const signature = parseSignature(text, records, reasons)
  expect(reasons).toEqual([])
  return signature!
}

const NDCG = signatureOf('(relevances: list[int], k: int) -> float')

const JAVA_NDCG = `import java.util.*;

class Solution {
    private static double dcg(List<Integer> labels, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, labels.size()); i++) {
            sum += (Math.pow(2, labels.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }

    // A List<Integer> where the harness's own type would be int[]: Jackson decodes either.
    public double ndcgAtK(List<Integer> relevances, int k) {
        List<Integer> ideal = new ArrayList<>(relevances);
        ideal.sort(Comparator.reverseOrder());
        double best = dcg(ideal, k);
        return best > 0 ? dcg(relevances, k) / best : 0.0;
    }
}
`

/** The C++ solution with its parameters taken `by`: by value, const& or &. */
function cppNdcg(by: 'value' | 'const' | 'ref'): string {
  const vector =
    by === 'value'
      ? 'std::vector<int>'
      : by === 'const'
        ? 'const std::vector<int>&'
        : 'std::vector<int>&'
  return `#include <algorithm>
#include <cmath>

static double dcg(const std::vector<int>& labels, int k) {
    double sum = 0;
    for (int i = 0; i < std::min<int>(k, labels.size()); i++) sum += (std::pow(2.0, labels[i]) - 1) / std::log2(i + 2.0);
    return sum;
}

double ndcg_at_k(${vector} relevances, ${by === 'ref' ? 'int&' : 'int'} k) {
    std::vector<int> ideal(relevances);
    std::sort(ideal.rbegin(), ideal.rend());
    double best = dcg(ideal, k);
    return best > 0 ? dcg(relevances, k) / best : 0.0;
}
`
}

const RUNNERS = [
  { kind: 'sandbox', available: hasBwrap, create: createSandboxRunner },
  { kind: 'local', available: true, create: createLocalRunner },
]

function passedAll(result: RunResult): void {
  expect(result.tests.filter((t) => !t.passed)).toEqual([])
  expect(result.status).toBe('passed')
}

/** Nothing of the host's folders shows in what a run returns. */
function expectNoHostPaths(result: RunResult, workDir: string): void {
  const text = JSON.stringify(result)
  expect(text).not.toContain(workDir)
  expect(text).not.toContain('pairwise-run-')
  expect(text).not.toContain('pairwise-build-')
  expect(text).not.toContain('pairwise-harness-cache')
}

describe.each(RUNNERS)('$kind runner', ({ available, create }) => {
  const options = resolveRunnerOptions()
  const runner: Runner | undefined = available ? create(options) : undefined
  const run = (
    language: 'java' | 'cpp',
    code: string,
    cases: TestCase[] = ndcgCases,
    signature: ProblemSignature = NDCG,
    functionName = language === 'java' ? 'ndcgAtK' : 'ndcg_at_k',
  ) => runner!.run({ language, code, functionName, cases, signature, revealHidden: true })

  describe.skipIf(!available || !hasJava)('Java', () => {
    it('passes every case with a correct solution, decoding into the declared parameter types', async () => {
      passedAll(await run('java', JAVA_NDCG))
    })

    it('reports a compile error as its own verdict, with the line and no host path', async () => {
      const code = JAVA_NDCG.replace('double sum = 0;', 'double sum = 0')
      const result = await run('java', code)
      expect(result.status).toBe('compile_error')
      expect(result.line).toBe(5)
      expect(result.error).toMatch(/^Solution\.java:5: error: ';' expected/)
      expect(result.tests.every((t) => !t.passed && t.line === 5)).toBe(true)
      expectNoHostPaths(result, options.workDir)
    })

    it('compiles despite warnings', async () => {
      const code = `import java.util.*;\n${JAVA_NDCG.replace('import java.util.*;\n', '').replace('double sum = 0;', 'double sum = 0; List raw = new ArrayList(); raw.add(1);')}`
      passedAll(await run('java', code))
    })

    it('shows an exception with the line in Solution.java, and a missing method by name', async () => {
      const throwing = JAVA_NDCG.replace(
        'double best = dcg(ideal, k);',
        'if (k == 1) throw new IllegalStateException("k is one"); double best = dcg(ideal, k);',
      )
      const result = await run('java', throwing, [
        functionCase('ok', [[3, 2, 1], 2], 1, 1e-9),
        functionCase('throws', [[3, 2, 1], 1], 1, 1e-9),
      ])
      expect(result.tests.map((t) => t.passed)).toEqual([true, false])
      expect(result.tests[1]?.error).toMatch(/IllegalStateException: k is one/)
      expect(result.tests[1]?.error).toMatch(/at Solution\.ndcgAtK\(Solution\.java:16\)/)
      expect(result.tests[1]?.line).toBe(16)
      const renamed = await run('java', JAVA_NDCG.replace('ndcgAtK', 'ndcg'))
      expect(renamed.status).toBe('error')
      expect(renamed.tests[0]?.error).toBe('Solution.java: class Solution has no method ndcgAtK')
    })
  })

  describe.skipIf(!available || !hasCpp)('C++', () => {
    it.each(['value', 'const', 'ref'] as const)(
      'passes every case with the parameters taken by %s',
      async (by) => {
        passedAll(await run('cpp', cppNdcg(by)))
      },
    )

    it('reports a compile error with the line in solution.cpp, and no host path', async () => {
      const code = cppNdcg('const').replace('double sum = 0;', 'double sum = zero;')
      const result = await run('cpp', code)
      expect(result.status).toBe('compile_error')
      expect(result.line).toBe(5)
      expect(result.error).toMatch(/solution\.cpp:5:\d+: error: ‘zero’ was not declared/)
      expect(result.error).not.toMatch(/pairwise_shim|In file included/)
      expectNoHostPaths(result, options.workDir)
    })

    it('says which function it needs when the code defines another', async () => {
      const code = 'double ndcg_at_k(const std::vector<double>& relevances, int k) { return 1; }\n'
      const result = await run('cpp', code)
      expect(result.status).toBe('compile_error')
      expect(result.tests[0]?.error).toBe(
        'solution.cpp: the harness cannot call double ndcg_at_k(std::vector<int> relevances, int k)',
      )
    })

    it('reports an exception and a crash against the case that raised them', async () => {
      const code = `#include <stdexcept>
double ndcg_at_k(const std::vector<int>& relevances, int k) {
    if (k == 1) throw std::out_of_range("k is one");
    if (k == 2) { volatile int* p = nullptr; return *p; }
    return 0.5;
}
`
      const result = await run('cpp', code, [
        functionCase('fine', [[1], 3], 0.5),
        functionCase('throws', [[1], 1], 0.5),
        functionCase('crashes', [[1], 2], 0.5),
        functionCase('after the crash', [[1], 3], 0.5),
      ])
      expect(result.tests.map((t) => t.passed)).toEqual([true, false, false, false])
      expect(result.tests[1]?.error).toBe('std::out_of_range: k is one')
      expect(result.tests[2]?.error).toMatch(/^Segmentation fault \(SIGSEGV\)/)
      expect(result.tests[3]?.error).toMatch(/^Not run: The program was killed by SIGSEGV/)
      expect(result.status).toBe('error')
    })
  })

  describe.skipIf(!available || !hasJava || !hasCpp)(
    'records, maps, optional values and NaN',
    () => {
      const signature = signatureOf(
        '(items: list[Scored], weights: dict[str, float], fallback: optional[int]) -> Summary',
        {
          Scored: '(doc: int, score: float)',
          Summary:
            '{top_doc: optional[int], mean_score: float, by_doc: dict[str, float], tail: list[Scored]}',
        },
      )
      const cases = [
        functionCase(
          'two items',
          [
            [
              [7, 0.5],
              [3, 2.0],
            ],
            { '7': 2, '3': 1 },
            null,
          ],
          { top_doc: 3, mean_score: 1.25, by_doc: { '7': 1, '3': 2 }, tail: [[7, 0.5]] },
        ),
        functionCase('no items', [[], {}, 9], {
          top_doc: 9,
          mean_score: { $number: 'NaN' },
          by_doc: {},
          tail: [],
        }),
        functionCase('a NaN score in', [[[1, { $number: 'NaN' }]], { '1': 1 }, null], {
          top_doc: 1,
          mean_score: { $number: 'NaN' },
          by_doc: { '1': { $number: 'NaN' } },
          tail: [],
        }),
      ]
      const java = `import java.util.*;

class Solution {
    static Summary summarize(Scored[] items, Map<String, Double> weights, Integer fallback) {
        Integer top = fallback;
        double best = Double.NEGATIVE_INFINITY, sum = 0;
        Map<String, Double> byDoc = new HashMap<>();
        for (Scored item : items) {
            sum += item.score();
            byDoc.put(String.valueOf(item.doc()), item.score() * weights.getOrDefault(String.valueOf(item.doc()), 1.0));
            if (top == null || item.score() > best || Double.isNaN(item.score())) { top = item.doc(); best = item.score(); }
        }
        List<Scored> tail = new ArrayList<>(Arrays.asList(items));
        if (!tail.isEmpty()) tail.remove(tail.size() - 1);
        return new Summary(top, sum / items.length, byDoc, tail.toArray(new Scored[0]));
    }
}
`
      const cpp = `#include <cmath>
#include <limits>

Summary summarize(const std::vector<Scored>& items, const std::map<std::string, double>& weights, std::optional<int> fallback) {
    Summary out{fallback, 0.0, {}, {}};
    double best = -std::numeric_limits<double>::infinity(), sum = 0;
    for (const auto& item : items) {
        sum += item.score;
        auto w = weights.find(std::to_string(item.doc));
        out.by_doc[std::to_string(item.doc)] = item.score * (w == weights.end() ? 1.0 : w->second);
        if (!out.top_doc || item.score > best || std::isnan(item.score)) { out.top_doc = item.doc; best = item.score; }
    }
    out.mean_score = sum / items.size();
    out.tail.assign(items.begin(), items.empty() ? items.end() : items.end() - 1);
    return out;
}
`
      it.each([
        ['java', java],
        ['cpp', cpp],
      ] as const)(
        '%s: decodes and encodes them as the JSON the cases hold',
        async (language, code) => {
          passedAll(await run(language, code, cases, signature, 'summarize'))
        },
      )
    },
  )
})
