import type { FormEvent, ReactNode } from 'react';
import type { WriteFailure } from '@/lib/write-failure';
import { FormActions } from './form-actions';
import { FormFailureBanner } from './form-failure-banner';

/** What a create or edit page gives its record form. */
export interface RecordFormProps<V, I> {
  initialValues: V;
  creating: boolean;
  submitting: boolean;
  /** Why the last save was refused, if it was. */
  error: unknown;
  onSubmit: (input: I) => void;
  /** Loads the latest version after a 412. */
  onReload?: () => void;
  reloading?: boolean;
  cancelTo: string;
}

interface RecordFormFrameProps {
  form: { submit: (event: FormEvent) => void; failure?: WriteFailure };
  submitting: boolean;
  cancelTo: string;
  onReload?: () => void;
  reloading?: boolean;
  children: ReactNode;
}

/** A record form: why the last save was refused above its fields, save and cancel below. */
export function RecordFormFrame({ form, submitting, cancelTo, onReload, reloading, children }: RecordFormFrameProps) {
  return (
    <form className="record-form" onSubmit={form.submit} noValidate>
      {form.failure && <FormFailureBanner failure={form.failure} onReload={onReload} reloading={reloading} />}

      <div className="form-grid">{children}</div>

      <FormActions submitting={submitting} cancelTo={cancelTo} />
    </form>
  );
}
