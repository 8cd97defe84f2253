import type { ReactNode } from 'react';
import './illustrative.css';
import { ILLUSTRATIVE_LABEL, isIllustrative, wholeMemberIllustrative, type MarkedMember, type MemberField } from '../../lib/illustrative';

/**
 * Wraps a detail the course invented together with its visible label. Used by the lab islands
 * and, without any client code, by the Astro pages (case facts, case sheet): one look for the
 * mark everywhere, and the `data-illustrative` wrapper is what the content test checks for.
 */
export function Illustrative({ children, block = false }: { children: ReactNode; block?: boolean }) {
  const label = <span className="illustrative-label">{ILLUSTRATIVE_LABEL}</span>;
  // Inline, the label follows the detail; around a block of several lines it leads, where it is seen first.
  return block ? (
    <div className="illustrative" data-illustrative="">
      {label}
      {children}
    </div>
  ) : (
    <span className="illustrative" data-illustrative="">
      {children} {label}
    </span>
  );
}

/** One field of a member, wrapped with the label when the course invented it (and the whole member is not already wrapped). */
export function MemberField({ member, field, children }: { member: MarkedMember; field: MemberField; children: ReactNode }) {
  return isIllustrative(member, field) && !wholeMemberIllustrative(member) ? <Illustrative>{children}</Illustrative> : <>{children}</>;
}

/** A member's whole entry, wrapped once when the person is the course's invention. */
export function MemberEntry({ member, block = false, children }: { member: MarkedMember; block?: boolean; children: ReactNode }) {
  return wholeMemberIllustrative(member) ? <Illustrative block={block}>{children}</Illustrative> : <>{children}</>;
}

/** A list of members' names: the report's first, then the course's under a single label. */
export function MemberNames({ members, empty = 'None' }: { members: readonly Pick<MarkedMember, 'name' | 'illustrative'>[]; empty?: string }) {
  if (!members.length) return <>{empty}</>;
  const invented = members.filter((m) => isIllustrative(m, 'name'));
  const reported = members.filter((m) => !isIllustrative(m, 'name'));
  return (
    <>
      {reported.map((m) => m.name).join('; ')}
      {reported.length > 0 && invented.length > 0 && '; '}
      {invented.length > 0 && <Illustrative>{invented.map((m) => m.name).join('; ')}</Illustrative>}
    </>
  );
}

/** A member's role and, when there is one, the detail after it ("role; detail"), each invented part labelled. */
export function MemberRole({ member: m }: { member: MarkedMember }) {
  return (
    <>
      <MemberField member={m} field="role">
        {m.role}
      </MemberField>
      {m.detail && (
        <>
          ;{' '}
          <MemberField member={m} field="detail">
            {m.detail}
          </MemberField>
        </>
      )}
    </>
  );
}

/** A member as "Name (role; detail)", each invented part labelled: the printed case sheet's form. */
export function MemberLine({ member: m }: { member: MarkedMember }) {
  return (
    <MemberEntry member={m}>
      <MemberField member={m} field="name">
        {m.name}
      </MemberField>{' '}
      (<MemberRole member={m} />)
    </MemberEntry>
  );
}
