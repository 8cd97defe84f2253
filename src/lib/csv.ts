/**
 * CSV for spreadsheets, from untrusted text (hand-in files). A cell that begins with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is read as a formula by Excel and Sheets (CSV
 * injection), so it gets a leading `'`, which spreadsheets show as plain text (OWASP's advice).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Rows to CSV text, CRLF line ends as RFC 4180 has them. */
export function toCsv(rows: string[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n');
}
