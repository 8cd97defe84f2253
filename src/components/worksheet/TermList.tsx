/** Named things with an optional sentence each (a sort's categories, a cycle's phases), on screen and on paper. */
export function TermList({ className, terms }: { className: string; terms: { id: string; label: string; note?: string | undefined }[] }) {
  return (
    <dl className={className}>
      {terms.map((t) => (
        <div key={t.id}>
          <dt>{t.label}</dt>
          {t.note && <dd>{t.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
