// What the ask dialog asks (title, message, fields, button) and how its answers are read.

export interface AskField {
  name: string;
  label: string;
  value?: string;
  placeholder?: string;
  /** The dialog cannot be confirmed while this field is blank. */
  required?: boolean;
}

export interface AskOptions {
  title: string;
  message?: string;
  fields?: AskField[];
  /** The confirming button's label ("Delete for good", "Rename"). */
  confirm: string;
  /** A destructive action: the button is red and Cancel has the focus at first. */
  danger?: boolean;
}

/** Trimmed answers by field name, or null when some required field is blank. */
export function answers(fields: AskField[], values: Record<string, string>): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const f of fields) {
    out[f.name] = (values[f.name] ?? '').trim();
    if (f.required && !out[f.name]) return null;
  }
  return out;
}
