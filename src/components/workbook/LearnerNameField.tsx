import { useStore } from '@nanostores/react';
import { $learnerName, setLearnerName } from '../../stores/settings';

/**
 * The learner's name, kept in this browser and put on the portfolio cover and on hand-ins:
 * one field wherever the course asks for it, so every page edits the same setting.
 */
export function LearnerNameField({ id, label, help }: { id: string; label: string; help?: string }) {
  const name = useStore($learnerName);
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input type="text" id={id} value={name} autoComplete="name" maxLength={200} onChange={(e) => setLearnerName(e.target.value)} className="input-medium" />
      {help && <p className="block-help">{help}</p>}
    </>
  );
}
