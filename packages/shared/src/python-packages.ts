// The Python libraries a problem may require, which the sandbox's system Python may lack.
import { z } from 'zod'

/** Import names, in the order the catalog and the docs list them. */
export const PYTHON_PACKAGES = ['numpy', 'scipy', 'pandas', 'sklearn', 'torch'] as const
export const PythonPackage = z.enum(PYTHON_PACKAGES)
export type PythonPackage = z.infer<typeof PythonPackage>

/** The Debian package that provides each: what the README and .ci/run install. */
export const DEBIAN_PYTHON_PACKAGES: Record<PythonPackage, string> = {
  numpy: 'python3-numpy',
  scipy: 'python3-scipy',
  pandas: 'python3-pandas',
  sklearn: 'python3-sklearn',
  torch: 'python3-torch',
}

/** The names a person knows them by, for messages ("scikit-learn", not "sklearn"). */
export const PYTHON_PACKAGE_LABELS: Record<PythonPackage, string> = {
  numpy: 'NumPy',
  scipy: 'SciPy',
  pandas: 'pandas',
  sklearn: 'scikit-learn',
  torch: 'PyTorch',
}

/** "PyTorch", "pandas and PyTorch", "NumPy, pandas and PyTorch". */
export function listPackages(packages: readonly PythonPackage[]): string {
  const names = packages.map((name) => PYTHON_PACKAGE_LABELS[name])
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** Why a problem cannot run here, in the words the API and the web app both use. */
export function packagesUnavailableMessage(missing: readonly PythonPackage[]): string {
  const one = missing.length === 1
  return (
    `This problem needs ${listPackages(missing)}, which ${one ? 'is' : 'are'} not installed ` +
    `for this server's sandboxed Python, so its Python code cannot run here. An administrator ` +
    `can install ${missing.map((name) => DEBIAN_PYTHON_PACKAGES[name]).join(' ')}.`
  )
}
