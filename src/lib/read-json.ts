/** A stored JSON text read with a schema: the value when it parses and fits, else undefined (never throws). */
export function readJson<T>(schema: { safeParse(v: unknown): { success: boolean; data?: T } }, raw: string | null): T | undefined {
  if (raw === null) return undefined;
  try {
    const r = schema.safeParse(JSON.parse(raw));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}
