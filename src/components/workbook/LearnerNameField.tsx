import { useStore } from '@nanostores/react';
import { useLayoutEffect, useRef, useState } from 'react';
import { $learnerName, setLearnerName } from '../../stores/settings';
import { useHydrated } from '../worksheet/useAnswer';

/**
 * The learner's name, kept in this browser and put on the portfolio cover and on hand-ins:
 * one field wherever the course asks for it, so every page edits the same setting.
 *
 * The server renders it empty, and it takes typing before its island runs (the workbook's wakes
 * only when the learner reaches for it): a name typed by then is the one the learner means, so
 * it is saved at hydration; until the saved name shows, the field shows what is being typed.
 */
export function LearnerNameField({ id, label, help }: { id: string; label: string; help?: string }) {
  const ready = useHydrated();
  const name = useStore($learnerName);
  const [typed, setTyped] = useState('');
  const field = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const early = field.current?.value;
    if (early) {
      setTyped(early);
      setLearnerName(early);
    }
  }, []);
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        ref={field}
        type="text"
        id={id}
        value={ready ? name : typed}
        autoComplete="name"
        maxLength={200}
        onChange={(e) => {
          setTyped(e.target.value);
          setLearnerName(e.target.value);
        }}
        className="input-medium"
      />
      {help && <p className="block-help">{help}</p>}
    </>
  );
}
