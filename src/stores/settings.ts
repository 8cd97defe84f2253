/**
 * Learner settings, each with its own schema: the theme, whether facilitator notes show, and
 * the name put on hand-ins and portfolios. Every page reads and writes them here, through the
 * storage engine; the page script, which must stay small, writes the same keys (./keys.ts).
 */
import { computed } from 'nanostores';
import * as z from 'zod/mini';
import { SETTINGS_PREFIX, themes, type Theme } from './keys';
import { persistedRecord } from './persisted';

export { SETTINGS_PREFIX, themes, type Theme };

export const settingSchemas = {
  theme: z.enum(themes),
  facilitator: z.boolean(),
  name: z.string().check(z.maxLength(200)),
};
export type SettingName = keyof typeof settingSchemas;

export const $settings = persistedRecord(SETTINGS_PREFIX, settingSchemas);

export const $theme = computed($settings, (s): Theme => s.theme ?? 'system');
export const $facilitator = computed($settings, (s) => s.facilitator ?? false);
export const $learnerName = computed($settings, (s) => s.name ?? '');

export function setLearnerName(name: string): void {
  $settings.setKey('name', name.slice(0, 200));
}
