/**
 * Details the course invents for a scenario (a department's name, a job title, a whole person
 * in the member pool) are marked in the content file and always shown with this label, so a
 * learner can tell them from what the report says. One home for the rule: the lab, the case
 * sheet and the saved-work labels all read the marks through these helpers.
 */

/** The visible label beside every illustrative detail. */
export const ILLUSTRATIVE_LABEL = "Illustrative detail (the course's, not the report's)";

/** The same mark in plain text, for labels that cannot hold markup (saved-work and export labels). */
export const ILLUSTRATIVE_SUFFIX = " [illustrative detail: the course's, not the report's]";

/** Fields of a pool member the course may have invented. */
export const memberFields = ['name', 'role', 'detail'] as const;
export type MemberField = (typeof memberFields)[number];

export interface MarkedMember {
  name: string;
  role: string;
  detail?: string | undefined;
  illustrative?: readonly MemberField[] | undefined;
}

/** Whether one field of a member is the course's invention. */
export function isIllustrative(m: Pick<MarkedMember, 'illustrative'>, field: MemberField): boolean {
  return m.illustrative?.includes(field) ?? false;
}

/** True when every field the member shows is invented: the whole person is the course's, and one label covers them. */
export function wholeMemberIllustrative(m: MarkedMember): boolean {
  return isIllustrative(m, 'name') && isIllustrative(m, 'role') && (m.detail === undefined || isIllustrative(m, 'detail'));
}

/** The member as one line of plain text, "Name (role; detail)", with the mark where a field is invented. */
export function memberText(m: MarkedMember): string {
  const mark = (field: MemberField, text: string) => (isIllustrative(m, field) && !wholeMemberIllustrative(m) ? `${text}${ILLUSTRATIVE_SUFFIX}` : text);
  const about = [mark('role', m.role), ...(m.detail ? [mark('detail', m.detail)] : [])].join('; ');
  return `${mark('name', m.name)} (${about})${wholeMemberIllustrative(m) ? ILLUSTRATIVE_SUFFIX : ''}`;
}
