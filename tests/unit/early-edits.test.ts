import { describe, expect, it } from 'vitest';
import { addedText, earlyEditsKey, mergeEdits, parseKeptEdits } from '../../src/stores/early-edits';

describe('edits kept from a visit left before the worksheet woke', () => {
  it('are kept per block, beside the answers', () => {
    expect(earlyEditsKey('activity/trust/trust-grid')).toBe('course:v1:early-edits:activity/trust/trust-grid');
  });

  it('read back only what has their shape: a broken or hostile record gives no edit, never an error', () => {
    const edits = [
      { field: 0, text: 'a' },
      { field: 2, choice: 'b' },
      { field: 3, checked: false },
    ];
    expect(parseKeptEdits(JSON.stringify(edits))).toEqual(edits);
    expect(parseKeptEdits(null)).toEqual([]);
    expect(parseKeptEdits('{not json')).toEqual([]);
    expect(parseKeptEdits('{"field":0,"text":"a"}')).toEqual([]);
    expect(
      parseKeptEdits(
        JSON.stringify([null, 3, 'x', { field: -1, text: 'a' }, { field: 1.5, text: 'a' }, { field: '0', text: 'a' }, { field: 0 }, { field: 0, text: 7 }]),
      ),
    ).toEqual([]);
    // Extra properties are left behind: only the edit itself is replayed.
    expect(parseKeptEdits('[{"field":1,"text":"<b>hi</b>","__proto__":{"x":1},"onclick":"y"}]')).toEqual([{ field: 1, text: '<b>hi</b>' }]);
  });

  it('from two visits keep both texts, the earlier first, and the later tick or choice', () => {
    const first = [
      { field: 0, text: 'First visit' },
      { field: 1, checked: true },
      { field: 2, choice: 'a' },
    ];
    const second = [
      { field: 0, text: 'Second visit' },
      { field: 1, checked: false },
      { field: 2, choice: 'b' },
      { field: 3, text: 'New' },
    ];
    expect(mergeEdits(first, second)).toEqual([
      { field: 0, text: 'First visit\nSecond visit' },
      { field: 1, checked: false },
      { field: 2, choice: 'b' },
      { field: 3, text: 'New' },
    ]);
    // A text that holds the other (typed on, or the same again) is not doubled.
    expect(mergeEdits([{ field: 0, text: 'Start' }], [{ field: 0, text: 'Start and more' }])).toEqual([{ field: 0, text: 'Start and more' }]);
    expect(mergeEdits([{ field: 0, text: 'Start and more' }], [{ field: 0, text: 'Start' }])).toEqual([{ field: 0, text: 'Start and more' }]);
  });

  it('add typed text to what is there, never in its place and never twice', () => {
    expect(addedText('', 'Typed')).toBe('Typed');
    expect(addedText('  ', 'Typed')).toBe('Typed');
    expect(addedText('Saved', 'Typed')).toBe('Saved\nTyped');
    expect(addedText('Saved', 'Typed', ' ')).toBe('Saved Typed');
    // Typed on from the saved text, or the same again: nothing doubled.
    expect(addedText('Saved', 'Saved and more')).toBe('Saved and more');
    expect(addedText('Saved and more', 'and more')).toBe('Saved and more');
  });
});
