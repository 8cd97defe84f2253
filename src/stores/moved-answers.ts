/**
 * Moves the answers this browser saved under blocks' earlier ids to their current ids
 * (the table in lib/answer-moves.ts), through the storage engine. Every page that reads saved
 * answers straight from storage calls it first: the answer store, the portfolio, the LMS launch.
 */
import { moveAnswers } from '../lib/answer-moves';
import { ANSWERS_PREFIX } from './keys';
import { allKeys, readRaw, removeRaw, writeRaw } from './storage';

export const moveSavedAnswers = (): string[] => moveAnswers({ read: readRaw, write: writeRaw, remove: removeRaw, keys: allKeys }, ANSWERS_PREFIX);
