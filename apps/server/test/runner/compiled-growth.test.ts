// Growth measurement of Java and C++: timed inside the process by the generated harness (after a
// JIT warm-up in Java), on the inputs the problem's generator.py writes in a process of its own.
import type { ProblemDefinition } from '@pairwise/shared'
import { loadLibrary } from '@pairwise/problems'
import { describe, expect, it } from 'vitest'
import { limitsForProblem } from '../../src/problems/limits.ts'
import { createSandboxRunner, resolveRunnerOptions } from '../../src/runner/index.ts'
import { measureGrowth } from '../../src/runner/measure-growth.ts'
import {
  hasBwrap,
  hasCpp,
  hasJava,
  hasPython,
  warnIfMissing,
  warnIfNoToolchain,
} from './helpers/environment.ts'

warnIfMissing('compiled growth', { bwrap: true, python: true })
warnIfNoToolchain('compiled growth')

const runner = createSandboxRunner(resolveRunnerOptions())
const { problems } = await loadLibrary()
const ndcg = problems.find((p) => p.slug === 'ndcg-at-k') as ProblemDefinition

/** Selection of the ideal order by repeated max: O(n²) however the labels fall. */
const QUADRATIC = {
  java: `class Solution {
    public double ndcgAtK(int[] relevances, int k) {
        int[] left = relevances.clone();
        int[] ideal = new int[left.length];
        int count = left.length;
        for (int out = 0; out < ideal.length; out++) {
            int at = 0;
            for (int i = 1; i < count; i++) if (left[i] > left[at]) at = i;
            ideal[out] = left[at];
            left[at] = left[--count];
        }
        double dcg = 0, best = 0;
        for (int i = 0; i < Math.min(k, ideal.length); i++) {
            dcg += (Math.pow(2, relevances[i]) - 1) / (Math.log(i + 2) / Math.log(2));
            best += (Math.pow(2, ideal[i]) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return best > 0 ? dcg / best : 0.0;
    }
}
`,
  cpp: `#include <cmath>
double ndcg_at_k(std::vector<int> left, int k) {
    std::vector<int> relevances(left), ideal;
    while (!left.empty()) {
        std::size_t at = 0;
        for (std::size_t i = 1; i < left.size(); i++) if (left[i] > left[at]) at = i;
        ideal.push_back(left[at]);
        left.erase(left.begin() + at);
    }
    double dcg = 0, best = 0;
    for (int i = 0; i < k && i < (int) ideal.size(); i++) {
        dcg += (std::pow(2.0, relevances[i]) - 1) / std::log2(i + 2.0);
        best += (std::pow(2.0, ideal[i]) - 1) / std::log2(i + 2.0);
    }
    return best > 0 ? dcg / best : 0.0;
}
`,
}

const LANGUAGES = [
  { language: 'java', available: hasJava },
  { language: 'cpp', available: hasCpp },
] as const

describe.each(LANGUAGES)('$language growth', ({ language, available }) => {
  const measure = (code: string) =>
    measureGrowth(runner, {
      language,
      code,
      functionName: ndcg.functionNames[language]!,
      ...(ndcg.signature ? { signature: ndcg.signature } : {}),
      generator: ndcg.generator!,
      // The budget is CPU time; on a loaded machine spending it takes longer than 10 s of wall.
      limits: { ...limitsForProblem(ndcg, language), wallMs: 60_000 },
    })

  it.skipIf(!available || !hasBwrap || !hasPython)(
    'measures the O(n log n) reference near 1, over every size',
    async () => {
      const measured = await measure(ndcg.solutions[language]!)
      expect(measured.error).toBeUndefined()
      expect(measured.sizes).toEqual(ndcg.generator!.sizes)
      expect(measured.exponent!).toBeGreaterThan(0.8)
      expect(measured.exponent!).toBeLessThan(1.4)
    },
    120_000,
  )

  it.skipIf(!available || !hasBwrap || !hasPython)(
    'measures a quadratic version near 2',
    async () => {
      const measured = await measure(QUADRATIC[language])
      expect(measured.exponent).not.toBeNull()
      expect(measured.exponent!).toBeGreaterThan(1.6)
      expect(measured.exponent!).toBeLessThan(2.4)
    },
    120_000,
  )

  it.skipIf(!available || !hasBwrap || !hasPython)(
    'ends a call that outlasts the budget itself, keeping the sizes measured before it',
    async () => {
      const endless =
        language === 'java'
          ? 'class Solution {\n    public double ndcgAtK(int[] r, int k) {\n        long spin = 0;\n        while (r.length >= 6400) spin++;\n        return 0.5;\n    }\n}\n'
          : 'double ndcg_at_k(const std::vector<int>& r, int k) {\n    volatile long spin = 0;\n    while (r.size() >= 6400) spin++;\n    return 0.5;\n}\n'
      const measured = await measure(endless)
      expect(measured.error).toBeUndefined()
      // The endless call at 6400 is ended. When the first pass has too few sizes for a fit, the
      // pass on smaller sizes may itself run out of budget earlier (at 3200 on a slow machine):
      // either way nothing at or past the cut is measured.
      const stop = measured.stoppedAt
      expect(stop).toBeDefined()
      expect(stop).toBeLessThanOrEqual(6400)
      expect(measured.sizes.length).toBeGreaterThan(0)
      expect(Math.max(...measured.sizes)).toBeLessThan(stop ?? 0)
    },
    120_000,
  )
})
