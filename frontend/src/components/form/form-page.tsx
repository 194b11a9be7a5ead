import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface FormPageProps {
  /** Where the way back leads, and its words. */
  backTo: string;
  backLabel: string;
  title: string;
  children: ReactNode;
}

/** A page that holds one record form: the way back, the title, then the form. */
export function FormPage({ backTo, backLabel, title, children }: FormPageProps) {
  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to={backTo}>{backLabel}</Link>
      </p>
      <h1>{title}</h1>
      {children}
    </section>
  );
}
