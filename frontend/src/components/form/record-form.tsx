import type { FormEvent, ReactNode } from 'react';
import type { WriteFailure } from '@/lib/write-failure';
import { type FormCancel, FormActions } from './form-actions';
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

type RecordFormFrameProps = FormCancel & {
  form: { submit: (event: FormEvent) => void; failure?: WriteFailure };
  submitting: boolean;
  onReload?: () => void;
  reloading?: boolean;
  /** The form's name for assistive technology, where a page holds more than one. */
  label?: string;
  /** Shows the label as a heading over a form that sits within a page, rather than filling one. */
  heading?: 'h3' | 'h4';
  className?: string;
  children: ReactNode;
};

/** A record form: why the last save was refused above its fields, save and cancel below. */
export function RecordFormFrame(props: RecordFormFrameProps) {
  const { form, submitting, onReload, reloading, label, heading: Heading, className, children, ...cancel } = props;
  return (
    <form
      className={['record-form', className].filter(Boolean).join(' ')}
      onSubmit={form.submit}
      noValidate
      aria-label={label}
    >
      {Heading && <Heading>{label}</Heading>}
      {form.failure && <FormFailureBanner failure={form.failure} onReload={onReload} reloading={reloading} />}

      <div className="form-grid">{children}</div>

      <FormActions submitting={submitting} {...cancel} />
    </form>
  );
}
