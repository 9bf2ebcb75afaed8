// The files of a new problem: a small, valid example in the library's format to edit from.
export const PROBLEM_FILES = [
  'problem.md',
  'starter.py',
  'solution.py',
  'starter.ts',
  'solution.ts',
  'starter.java',
  'solution.java',
  'starter.cpp',
  'solution.cpp',
  'tests.json',
  'rubric.json',
  'hints.md',
] as const
export type ProblemFileName = (typeof PROBLEM_FILES)[number]
export type ProblemFiles = Record<ProblemFileName, string>

export const NEW_PROBLEM: ProblemFiles = {
  'problem.md': `---
title: Precision at k
areas: [ranking]
difficulty: easy
function: { python: precision_at_k, typescript: precisionAtK, java: precisionAtK, cpp: precision_at_k }
languages: [python, typescript, java, cpp]
signature: "(labels: list[int], k: int) -> float"
timeLimitMs: 2000
assistant: coach
---

A search page shows ranked results; each has a binary relevance label (1 relevant, 0 not).

Write \`precision_at_k(labels, k)\`: the share of relevant results among the first $k$, that is
$\\mathrm{P@k} = \\frac{1}{k}\\sum_{i=1}^{k} rel_i$. When the list is shorter than $k$, divide by $k$
anyway.
`,
  'starter.py': `def precision_at_k(labels: list[int], k: int) -> float:
    raise NotImplementedError
`,
  'solution.py': `def precision_at_k(labels: list[int], k: int) -> float:
    return sum(labels[:k]) / k if k > 0 else 0.0
`,
  'starter.ts': `export function precisionAtK(labels: number[], k: number): number {
  throw new Error('not implemented')
}
`,
  'solution.ts': `export function precisionAtK(labels: number[], k: number): number {
  if (k <= 0) return 0
  return labels.slice(0, k).reduce((s, x) => s + x, 0) / k
}
`,
  'starter.java': `class Solution {
    public double precisionAtK(int[] labels, int k) {
        throw new UnsupportedOperationException("not implemented");
    }
}
`,
  'solution.java': `class Solution {
    public double precisionAtK(int[] labels, int k) {
        if (k <= 0) return 0.0;
        int hits = 0;
        for (int i = 0; i < Math.min(k, labels.length); i++) hits += labels[i];
        return (double) hits / k;
    }
}
`,
  'starter.cpp': `#include <stdexcept>

double precision_at_k(const std::vector<int>& labels, int k) {
    throw std::logic_error("not implemented");
}
`,
  'solution.cpp': `#include <algorithm>

double precision_at_k(const std::vector<int>& labels, int k) {
    if (k <= 0) return 0.0;
    int hits = 0;
    int n = std::min(k, static_cast<int>(labels.size()));
    for (int i = 0; i < n; i++) hits += labels[i];
    return static_cast<double>(hits) / k;
}
`,
  'tests.json': `{
  "cases": [
    { "name": "half relevant", "args": [[1, 0, 1, 0], 4], "expected": 0.5, "visible": true, "tolerance": 1e-9 },
    { "name": "shorter than k", "args": [[1, 1], 4], "expected": 0.5, "visible": false, "tolerance": 1e-9 }
  ]
}
`,
  'rubric.json': `{
  "criteria": [
    {
      "id": "approach",
      "title": "States the approach",
      "weight": 0.6,
      "description": "Counts relevant results in the top k and divides by k.",
      "concepts": ["top k", "divide by k"],
      "misconceptions": [
        {
          "id": "divide-by-list-length",
          "claim": "Precision at k divides the hits by the length of the list.",
          "correction": "Divide by k, even when the list is shorter than k."
        }
      ]
    },
    {
      "id": "edge-cases",
      "title": "Edge cases",
      "weight": 0.4,
      "description": "A list shorter than k, and k of zero.",
      "concepts": ["list shorter than k", "k of zero"]
    }
  ],
  "referenceExplanation": "Sum the labels of the first k results and divide by k, even when fewer than k results exist."
}
`,
  'hints.md': `## Hint 1

Only the first k labels matter.
`,
}

/** Splits problem.md into its front matter and its statement. */
export function splitFrontMatter(md: string): { front: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(md)
  return match
    ? { front: match[1] ?? '', body: md.slice(match[0].length) }
    : { front: '', body: md }
}

/** The `assistant:` policy of the front matter, if it has one. */
export function policyOf(md: string): string {
  return /^assistant:\s*(\S+)\s*$/m.exec(splitFrontMatter(md).front)?.[1] ?? ''
}

/** Sets (or adds) the `assistant:` line of the front matter. */
export function withPolicy(md: string, policy: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(md)
  if (!match) return `---\nassistant: ${policy}\n---\n\n${md}`
  const front = match[1] ?? ''
  const nextFront = /^assistant:.*$/m.test(front)
    ? front.replace(/^assistant:.*$/m, `assistant: ${policy}`)
    : `${front}\nassistant: ${policy}`
  return `---\n${nextFront}\n---${md.slice(match[0].length)}`
}
