// The compilers and libraries Java and C++ need on the runner host, which a server may lack.
import type { Language } from './areas.ts'

/** The Debian packages each compiled language needs: what the README and .ci/run install. */
export const TOOLCHAIN_PACKAGES: Partial<Record<Language, readonly string[]>> = {
  java: ['openjdk-17-jdk-headless', 'libjackson2-databind-java'],
  cpp: ['g++', 'nlohmann-json3-dev'],
}

const NAMES: Record<Language, string> = {
  python: 'Python',
  typescript: 'TypeScript',
  java: 'Java',
  cpp: 'C++',
}

/** Why code in `language` cannot run here, as the problem page says it. */
export function toolchainUnavailableMessage(language: Language): string {
  const packages = TOOLCHAIN_PACKAGES[language]
  const install = packages ? ` An administrator can install ${packages.join(' ')}.` : ''
  return (
    `This server's sandbox has no ${NAMES[language]} toolchain, so ${NAMES[language]} code ` +
    `cannot run here.${install}`
  )
}
