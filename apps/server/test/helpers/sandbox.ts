// What the sandbox-backed tests share: whether bwrap and Debian's python3 are here, and a
// candidate's correct NDCG solution to run.
import fs from 'node:fs'

export const hasSandbox = fs.existsSync('/usr/bin/bwrap') && fs.existsSync('/usr/bin/python3')

/** Warns once per file that uses the sandbox when it is missing, naming what the file skips. */
export function warnIfNoSandbox(what: string): void {
  if (!hasSandbox) console.warn(`bubblewrap or /usr/bin/python3 is missing: ${what}.`)
}

export const NDCG_PY_SOLUTION = `import math


def ndcg_at_k(relevances, k):
    def dcg(labels):
        return sum((2 ** r - 1) / math.log2(i + 2) for i, r in enumerate(labels[:k]))
    ideal = dcg(sorted(relevances, reverse=True))
    return dcg(relevances) / ideal if ideal > 0 else 0.0
`
