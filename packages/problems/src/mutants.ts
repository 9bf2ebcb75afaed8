// Reads a problem's mutants: plausible wrong solutions kept beside it to measure its tests.
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Language } from '@pairwise/shared'

/**
 * A problem folder's `mutants/` holds `<name>.py`, `.ts`, `.java` and `.cpp` files, each a whole wrong
 * solution whose first line says its bug (`# Mutant: …` or `// Mutant: …`). A mutant the tests
 * cannot catch because its bug cancels out says why on the next line (`# Equivalent: …`). The
 * loader reads only the files it knows, so mutants never enter a ProblemDefinition: like the
 * reference solutions they stay on the server, and only `problems mutate` reads them.
 */
export const MUTANTS_DIR = 'mutants'

export interface Mutant {
  /** The file name without its extension; unique per language within a problem. */
  name: string
  language: Language
  code: string
  /** The bug, in the words of its header. */
  bug: string
  /** Why no test can catch it (its bug cancels out), when the header says so. */
  equivalent?: string
}

export class MutantFormatError extends Error {
  constructor(
    readonly file: string,
    readonly language: Language | null,
    reason: string,
  ) {
    super(`${file}: ${reason}`)
  }
}

const LANGUAGE_OF_EXTENSION: Record<string, Language> = {
  '.py': 'python',
  '.ts': 'typescript',
  '.java': 'java',
  '.cpp': 'cpp',
}
const COMMENT: Record<Language, string> = { python: '#', typescript: '//', java: '//', cpp: '//' }

/** The value of a `<comment> <label>: text` line, or undefined when the line is something else. */
function headerField(
  line: string | undefined,
  language: Language,
  label: string,
): string | undefined {
  const prefix = `${COMMENT[language]} ${label}:`
  if (line === undefined || !line.startsWith(prefix)) return undefined
  const value = line.slice(prefix.length).trim()
  return value.length > 0 ? value : undefined
}

export function parseMutant(fileName: string, code: string): Mutant {
  const ext = path.extname(fileName)
  const language = LANGUAGE_OF_EXTENSION[ext]
  if (language === undefined)
    throw new MutantFormatError(fileName, null, 'a mutant is a .py, .ts, .java or .cpp file')
  const [first, second] = code.split('\n', 2)
  const bug = headerField(first, language, 'Mutant')
  if (bug === undefined) {
    throw new MutantFormatError(
      fileName,
      language,
      `the first line must say the bug: "${COMMENT[language]} Mutant: …"`,
    )
  }
  const equivalent = headerField(second, language, 'Equivalent')
  return {
    name: path.basename(fileName, ext),
    language,
    code,
    bug,
    ...(equivalent === undefined ? {} : { equivalent }),
  }
}

export interface MutantsLoad {
  mutants: Mutant[]
  /** Files in mutants/ that are not mutants as written above; the rest still load. */
  errors: MutantFormatError[]
}

/** The mutants of the problem in `problemDir`, in file-name order; none when it has no mutants/. */
export async function readMutants(problemDir: string): Promise<MutantsLoad> {
  const dir = path.join(problemDir, MUTANTS_DIR)
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { mutants: [], errors: [] }
    throw err
  }
  const load: MutantsLoad = { mutants: [], errors: [] }
  for (const name of names.sort()) {
    // Notes beside the mutants (a README, say) are not mutants.
    if (name.endsWith('.md')) continue
    try {
      load.mutants.push(parseMutant(name, await fs.readFile(path.join(dir, name), 'utf8')))
    } catch (err) {
      if (err instanceof MutantFormatError) load.errors.push(err)
      else throw err
    }
  }
  return load
}
