// The problem library: its folder of problems and the loader that reads them.
export * from './loader.ts'
export * from './import-open-print.ts'
export * from './serialize.ts'
export * from './graded.ts'
export * from './mutants.ts'
export * from './signature.ts'
