import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { NoticeBanner } from '@/components/notice-banner';
import type { Region } from '@/features/regions';
import { useAddAgreement, useAgreement, useDeleteAgreement, useReplaceAgreement } from '../api/meetings';
import type { Agreement, Meeting } from '../api/types';
import { AgreementForm } from './agreement-form';
import { AgreementStatusBadge, OverdueBadge } from './badges';
import { formatDate } from './format';
import { regionName } from './use-region-names';

interface AgreementsSectionProps {
  meeting: Meeting;
  canManage: boolean;
  regions: readonly Region[];
  regionNames: ReadonlyMap<string, string>;
}

type Editing = { kind: 'new' } | { kind: 'edit'; agreement: Agreement } | null;

/** The agreements (kesepakatan) of a meeting: who does what by when, and where it stands. */
export function AgreementsSection({ meeting, canManage, regions, regionNames }: AgreementsSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const add = useAddAgreement(meeting.id);
  const replace = useReplaceAgreement(meeting.id);
  const remove = useDeleteAgreement(meeting.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // The agreement being edited or deleted, read again with its ETag: the write is refused (412) if it changed since.
  const current = useAgreement(editing?.kind === 'edit' ? editing.agreement.id : confirming);

  const owner = (agreement: Agreement) =>
    agreement.ownerLevel === 'REGENCY'
      ? regionName(agreement.ownerRegionCode, regionNames)
      : t(`evaluation.enums.responsibleLevel.${agreement.ownerLevel}`);

  const start = (next: Editing) => {
    add.reset();
    replace.reset();
    remove.reset();
    setSaved(false);
    setConfirming(null);
    setEditing(next);
  };

  const done = () => {
    setEditing(null);
    setSaved(true);
  };

  return (
    <section className="detail-section print-section print-break" aria-labelledby="meeting-agreements">
      <header className="section-header">
        <h2 id="meeting-agreements">{t('evaluation.meeting.agreements')}</h2>
        {canManage && !editing && (
          <button type="button" className="button button-secondary no-print" onClick={() => start({ kind: 'new' })}>
            {t('evaluation.agreement.add')}
          </button>
        )}
      </header>
      {saved && <NoticeBanner>{t('evaluation.messages.agreementSaved')}</NoticeBanner>}
      {remove.error && <ErrorBanner error={remove.error} />}
      {meeting.agreements.length === 0 ? (
        <p className="muted">{t('evaluation.meeting.noAgreements')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="data-table agreements-table">
            <caption className="visually-hidden">{t('evaluation.agreement.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('evaluation.agreement.fields.text')}</th>
                <th scope="col">{t('evaluation.agreement.fields.ownerLevel')}</th>
                <th scope="col">{t('evaluation.agreement.fields.dueDate')}</th>
                <th scope="col">{t('evaluation.agreement.fields.status')}</th>
                {canManage && (
                  <th scope="col" className="no-print">
                    <span className="visually-hidden">{t('evaluation.actions.edit')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {meeting.agreements.map((agreement) => (
                <tr key={agreement.id} className={agreement.overdue ? 'is-overdue' : undefined}>
                  <td>{agreement.text}</td>
                  <td>{owner(agreement)}</td>
                  <td className="code">
                    {agreement.dueDate
                      ? formatDate(agreement.dueDate, language, t)
                      : t('evaluation.agreement.noDueDate')}
                  </td>
                  <td>
                    <AgreementStatusBadge status={agreement.status} /> <OverdueBadge overdue={agreement.overdue} />
                  </td>
                  {canManage && (
                    <td className="no-print">
                      {confirming === agreement.id ? (
                        <span className="button-row" role="group" aria-label={t('evaluation.agreement.confirmDelete')}>
                          <span>{t('evaluation.agreement.confirmDelete')}</span>
                          <button
                            type="button"
                            className="button button-danger"
                            disabled={current.isPending}
                            onClick={() =>
                              remove.mutate(
                                { id: agreement.id, etag: current.data?.etag },
                                { onSuccess: () => setConfirming(null) },
                              )
                            }
                          >
                            {t('evaluation.actions.confirmDelete')}
                          </button>
                          <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
                            {t('evaluation.actions.cancel')}
                          </button>
                        </span>
                      ) : (
                        <span className="button-row">
                          <button
                            type="button"
                            className="button button-secondary"
                            onClick={() => start({ kind: 'edit', agreement })}
                          >
                            {t('evaluation.actions.edit')}
                          </button>
                          <button
                            type="button"
                            className="button button-secondary button-danger-outline"
                            onClick={() => {
                              start(null);
                              setConfirming(agreement.id);
                            }}
                          >
                            {t('evaluation.actions.delete')}
                          </button>
                        </span>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing?.kind === 'new' && (
        <AgreementForm
          regions={regions}
          submitting={add.isPending}
          error={add.error}
          onSubmit={(input) => add.mutate(input, { onSuccess: done })}
          onCancel={() => start(null)}
        />
      )}
      {editing?.kind === 'edit' && (
        <AgreementForm
          key={`${editing.agreement.id}-${current.data?.etag ?? ''}`}
          agreement={current.data?.record ?? editing.agreement}
          regions={regions}
          submitting={replace.isPending || current.isPending}
          error={replace.error ?? current.error}
          onSubmit={(input) =>
            replace.mutate({ id: editing.agreement.id, input, etag: current.data?.etag }, { onSuccess: done })
          }
          onCancel={() => start(null)}
        />
      )}
    </section>
  );
}
