export function saltedJoin(
  left: [number, string][],
  right: [number, string][],
  reducers: number,
  hotThreshold: number,
  salts: number,
): { rows: [number, string, string][]; max_load_before: number; max_load_after: number } {
  // Simulate the salted reduce-side join; return rows and max reducer load before/after.
  throw new Error('not implemented')
}
