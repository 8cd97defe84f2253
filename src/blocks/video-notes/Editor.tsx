import { useState } from 'react';
import { formatTime, parseTime } from './time';
import { BlockFrame } from '../../components/worksheet/BlockFrame';
import type { BlockProps } from '../../components/worksheet/types';
import { newId } from '../../lib/ids';

/**
 * Notes with a time stamp beside a video. The video is loaded only when the learner asks,
 * from the privacy-enhanced domain, so opening the page contacts no one. The note being
 * typed (text, time, who) is saved with the answer as it is typed, so it survives a reload.
 */
export function VideoNotesBlock({ block, value, onChange, htmlId, disabled }: BlockProps<'video-notes'>) {
  const notes = value?.notes ?? [];
  const defaultRole = block.roles[0]?.id ?? 'me';
  const draft = value?.draft ?? { text: '', time: '0:00', role: '' };
  const [playing, setPlaying] = useState(false);
  const { text, time } = draft;
  const role = block.roles.some((r) => r.id === draft.role) ? draft.role : defaultRole;
  const seconds = parseTime(time);
  const roleLabel = (id: string) => block.roles.find((r) => r.id === id)?.label ?? 'Note';
  const setDraft = (next: Partial<typeof draft>) => onChange({ notes, draft: { text, time, role, ...next } });

  const add = () => {
    if (!text.trim() || seconds === undefined) return;
    const note = { id: newId('n'), t: seconds, role, text: text.trim() };
    onChange({ notes: [...notes, note].sort((a, b) => a.t - b.t), draft: { text: '', time, role } });
  };

  return (
    <BlockFrame block={block} htmlId={htmlId} as="fieldset">
      <div className="video">
        {playing ? (
          <iframe
            src={`https://www.youtube-nocookie.com/embed/${block.video.youtubeId}?autoplay=1`}
            title={block.video.title}
            width="560"
            height="315"
            allow="autoplay; encrypted-media; picture-in-picture"
            allowFullScreen
            loading="lazy"
          />
        ) : (
          <button type="button" className="video-placeholder" onClick={() => setPlaying(true)}>
            ▶ Play “{block.video.title}”<span className="block-help">Loads the video from youtube-nocookie.com only when you press play.</span>
          </button>
        )}
      </div>
      <div className="note-form">
        <label htmlFor={`${htmlId}-time`}>Time in the video (m:ss)</label>
        <input
          type="text"
          id={`${htmlId}-time`}
          inputMode="numeric"
          value={time}
          disabled={disabled}
          aria-invalid={seconds === undefined}
          maxLength={20}
          onChange={(e) => setDraft({ time: e.target.value })}
          className="input-time"
        />
        {block.roles.length > 0 && (
          <>
            <label htmlFor={`${htmlId}-role`}>Who is noting</label>
            <select id={`${htmlId}-role`} value={role} disabled={disabled} onChange={(e) => setDraft({ role: e.target.value })}>
              {block.roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </select>
          </>
        )}
        <label htmlFor={`${htmlId}-text`}>What you noticed</label>
        <textarea
          id={`${htmlId}-text`}
          rows={2}
          value={text}
          disabled={disabled}
          onChange={(e) => setDraft({ text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) add();
          }}
        />
        {seconds === undefined && <p className="block-help">Write the time as minutes:seconds, for example 2:05.</p>}
        <button type="button" disabled={disabled || !text.trim() || seconds === undefined} onClick={add}>
          + Add note at {seconds === undefined ? '…' : formatTime(seconds)}
        </button>
      </div>
      {notes.length > 0 && (
        <ol className="list-items notes" aria-label="Your notes, in video order">
          {notes.map((n) => (
            <li key={n.id} className="row">
              <span className="badge">{formatTime(n.t)}</span>
              <span className="grow">
                {block.roles.length > 0 && <strong>{roleLabel(n.role)}: </strong>}
                {n.text}
              </span>
              <button
                type="button"
                className="icon-button"
                disabled={disabled}
                aria-label={`Remove note at ${formatTime(n.t)}`}
                onClick={() => onChange({ notes: notes.filter((x) => x.id !== n.id), draft })}
              >
                ✕
              </button>
            </li>
          ))}
        </ol>
      )}
    </BlockFrame>
  );
}

/** The registry's name for this type's editor (editors.tsx). */
export { VideoNotesBlock as Editor };
