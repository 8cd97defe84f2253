import { useState } from 'react';
import { parseMinutes } from '../../lib/session-plan';

interface Props {
  value: number;
  min: number;
  max: number;
  name?: string;
  disabled?: boolean;
  onChange: (minutes: number) => void;
}

/**
 * A number of minutes. While the field has focus it keeps what is typed (an empty field on
 * the way from 15 to 20 is fine); only whole numbers within the limits reach the plan, and
 * leaving the field shows the plan's value again.
 */
export function MinutesField({ value, min, max, name, disabled = false, onChange }: Props) {
  const [draft, setDraft] = useState<string>();
  const invalid = draft !== undefined && parseMinutes(draft, max, min) === undefined;
  return (
    <input
      type="number"
      name={name}
      inputMode="numeric"
      min={min}
      max={max}
      step={1}
      value={draft ?? String(value)}
      disabled={disabled}
      aria-invalid={invalid || undefined}
      onChange={(e) => {
        setDraft(e.target.value);
        const n = parseMinutes(e.target.value, max, min);
        if (n !== undefined) onChange(n);
      }}
      onBlur={() => setDraft(undefined)}
    />
  );
}
