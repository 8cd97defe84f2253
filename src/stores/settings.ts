/** Learner settings: theme, facilitator view, and the name used on hand-ins and portfolios. */
import * as z from 'zod/mini';
import { persistedMap } from './persisted';

export const SETTINGS_PREFIX = 'course:v1:settings:';
export const settingValue = z.union([z.string().check(z.maxLength(200)), z.boolean()]);
export const $settings = persistedMap<string | boolean>(SETTINGS_PREFIX, settingValue);

export type Theme = 'system' | 'light' | 'dark';
