import { describe, expect, it } from 'vitest';
import { LmsError, ScormSession, completion, findApi, sessionTime12, sessionTime2004, type PackageLesson } from '../../src/lib/scorm/runtime';

describe('findApi', () => {
  it('walks up the parents, then the opener', () => {
    const api = { LMSInitialize: () => 'true' };
    const top: Record<string, unknown> = { API: api };
    top['parent'] = top;
    const middle = { parent: top };
    const frame = { parent: middle };
    expect(findApi(frame, '1.2')).toBe(api);
    expect(findApi(frame, '2004')).toBeUndefined();
    const opener: Record<string, unknown> = { API_1484_11: api };
    opener['parent'] = opener;
    const popup: Record<string, unknown> = { opener };
    popup['parent'] = popup;
    expect(findApi(popup, '2004')).toBe(api);
  });

  it('skips a window of another origin, which throws on access', () => {
    const foreign = new Proxy(
      {},
      {
        get: () => {
          throw new DOMException('cross-origin', 'SecurityError');
        },
      },
    );
    expect(findApi({ parent: foreign }, '1.2')).toBeUndefined();
  });
});

function fakeApi(version: '1.2' | '2004', fail: string[] = []) {
  const values: Record<string, string> = {};
  const calls: string[] = [];
  const ok = (name: string) => (calls.push(name), fail.includes(name) ? 'false' : 'true');
  const core = {
    init: () => ok('Initialize'),
    finish: () => ok('Terminate'),
    get: (el: string) => values[el] ?? '',
    set: (el: string, v: string) => {
      calls.push(`set ${el}`);
      if (fail.includes(`set ${el}`)) return 'false';
      values[el] = v;
      return 'true';
    },
    commit: () => ok('Commit'),
    err: () => (fail.length ? '351' : '0'),
    text: () => 'General set failure',
  };
  const api =
    version === '1.2'
      ? {
          LMSInitialize: core.init,
          LMSFinish: core.finish,
          LMSGetValue: core.get,
          LMSSetValue: core.set,
          LMSCommit: core.commit,
          LMSGetLastError: core.err,
          LMSGetErrorString: core.text,
        }
      : {
          Initialize: core.init,
          Terminate: core.finish,
          GetValue: core.get,
          SetValue: core.set,
          Commit: core.commit,
          GetLastError: core.err,
          GetErrorString: core.text,
        };
  return { api, values, calls };
}

const lessons: PackageLesson[] = [
  {
    key: 'activity/trust',
    label: 'Activity 4',
    title: 'Trust',
    path: 'activities/trust/index.html',
    blocks: [
      { id: 'a', type: 'text' },
      { id: 'b', type: 'text' },
      { id: 'c', type: 'text' },
    ],
    required: ['a', 'b'],
  },
];

describe('ScormSession', () => {
  it('reports status, progress, exit, session time in SCORM 2004 names', () => {
    const { api, values, calls } = fakeApi('2004');
    const s = new ScormSession('2004', api);
    s.initialize();
    s.save({ suspendData: 'DL1:xx', completion: { complete: false, measure: 0.5, done: 1, total: 2 }, location: 'activities/trust/index.html' });
    expect(values).toMatchObject({
      'cmi.suspend_data': 'DL1:xx',
      'cmi.completion_status': 'incomplete',
      'cmi.progress_measure': '0.5',
      'cmi.location': 'activities/trust/index.html',
      'cmi.exit': 'suspend',
    });
    s.terminate(Date.now() + 3_723_000);
    expect(values['cmi.session_time']).toMatch(/^PT1H2M3(\.\d+)?S$/);
    expect(calls.slice(-2)).toEqual(['Commit', 'Terminate']);
    expect(s.isLive).toBe(false);
  });

  it('uses the SCORM 1.2 names', () => {
    const { api, values } = fakeApi('1.2');
    const s = new ScormSession('1.2', api);
    s.initialize();
    s.save({ completion: { complete: true, measure: 1, done: 2, total: 2 } });
    expect(values['cmi.core.lesson_status']).toBe('completed');
    expect(values['cmi.core.exit']).toBe('suspend');
    expect(values['cmi.suspend_data']).toBeUndefined();
    s.terminate();
    expect(values['cmi.core.session_time']).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  });

  it('turns a refused call into an LmsError with the LMS code and text', () => {
    const { api } = fakeApi('2004', ['set cmi.suspend_data']);
    const s = new ScormSession('2004', api);
    s.initialize();
    expect(() => s.save({ suspendData: 'x', completion: { complete: false, measure: 0, done: 0, total: 1 } })).toThrow(
      new LmsError('SetValue cmi.suspend_data failed (error 351: General set failure)'),
    );
    const throwing = new ScormSession('1.2', {
      LMSInitialize: () => {
        throw new Error('boom');
      },
    });
    expect(() => throwing.initialize()).toThrow(LmsError);
  });
});

describe('session time and completion', () => {
  it('formats both timespans', () => {
    expect(sessionTime12(3723.456)).toBe('0001:02:03.46');
    expect(sessionTime12(0)).toBe('0000:00:00.00');
    expect(sessionTime2004(3723.456)).toBe('PT1H2M3.46S');
  });

  it('is complete when every required block is answered', () => {
    const at = 1;
    expect(completion(lessons, { answers: {}, progress: {} })).toEqual({ complete: false, measure: 0, done: 0, total: 2 });
    expect(completion(lessons, { answers: { 'activity/trust/a': { v: 'yes', at }, 'activity/trust/c': { v: 'x', at } }, progress: {} })).toMatchObject({
      complete: false,
      measure: 0.5,
    });
    expect(completion(lessons, { answers: { 'activity/trust/a': { v: 'yes', at }, 'activity/trust/b': { v: 'and', at } }, progress: {} }).complete).toBe(true);
    expect(completion(lessons, { answers: { 'activity/trust/a': { v: 'yes', at }, 'activity/trust/b': { v: '   ', at } }, progress: {} }).complete).toBe(false);
  });

  it('without required blocks, is complete when every lesson was opened', () => {
    const reading: PackageLesson[] = [
      { ...lessons[0]!, required: [] },
      { ...lessons[0]!, key: 'section/overview', required: [] },
    ];
    expect(completion(reading, { answers: {}, progress: { 'activity/trust': { visited: 1 } } })).toMatchObject({ complete: false, measure: 0.5 });
    expect(completion(reading, { answers: {}, progress: { 'activity/trust': { visited: 1 }, 'section/overview': { visited: 2 } } }).complete).toBe(true);
  });
});
