// Turns a ProblemDefinition back into the files of a problem folder (for authoring and export).
import { stringify as toYaml } from 'yaml'
import { signatureText, typeText, type ProblemDefinition } from '@pairwise/shared'
import { EXTENSIONS, type ProblemFiles } from './loader.ts'

export function problemToFiles(p: ProblemDefinition): ProblemFiles {
  const names = Object.values(p.functionNames)
  const sameName = names.every((n) => n === names[0])
  const front = {
    title: p.title,
    areas: p.areas,
    difficulty: p.difficulty,
    function: sameName && names[0] ? names[0] : p.functionNames,
    languages: p.languages,
    timeLimitMs: p.timeLimitMs,
    ...(p.memoryMb ? { memoryMb: p.memoryMb } : {}),
    assistant: p.assistant,
    ...(p.requires?.length ? { requires: p.requires } : {}),
    ...(p.signature ? { signature: signatureText(p.signature) } : {}),
    ...(p.signature?.records.length
      ? {
          records: Object.fromEntries(
            p.signature.records.map((r) => {
              const fields = r.fields.map((f) => `${f.name}: ${typeText(f.type)}`).join(', ')
              return [r.name, r.shape === 'object' ? `{${fields}}` : `(${fields})`]
            }),
          ),
        }
      : {}),
  }
  const files: ProblemFiles = {
    'problem.md': `---\n${toYaml(front).trim()}\n---\n\n${p.statement}\n`,
    'tests.json': `${JSON.stringify({ cases: p.cases }, null, 2)}\n`,
    'rubric.json': `${JSON.stringify(p.rubric, null, 2)}\n`,
    'hints.md': `${p.hints.map((h, i) => `## Hint ${i + 1}\n\n${h}\n`).join('\n')}`,
  }
  for (const language of p.languages) {
    const ext = EXTENSIONS[language]
    const starter = p.starter[language]
    const solution = p.solutions[language]
    if (starter !== undefined) files[`starter.${ext}`] = starter
    if (solution !== undefined) files[`solution.${ext}`] = solution
  }
  if (p.generator) {
    const { code, sizes, seed, expectedComplexity: expected } = p.generator
    files['generator.py'] = code
    files['generator.json'] = `${JSON.stringify({ sizes, seed, expected })}\n`
  }
  return files
}
