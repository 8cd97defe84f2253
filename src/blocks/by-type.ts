/**
 * A registry found by folder: Vite's `import.meta.glob('./*\/<piece>')` gives each block type's
 * piece keyed by its path; this keys it by the type's folder name instead. Which types lack a
 * piece is checked by tests/unit/block-registry.test.ts against the list of types (schemas.ts).
 */
export function byType<T>(modules: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(modules).map(([path, piece]) => [path.split('/')[1], piece]));
}
