import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { formatDate } from '@/lib/number-format';
import { useMyWork, type WorkItem } from '../api/get-work';
import '../work.css';

/** The caller's work, most urgent first, each item a link to where it is done. */
export function WorkList() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const work = useMyWork();
  if (work.isPending) return <Loading />;
  if (work.isError) return <ErrorBanner error={work.error} onRetry={() => void work.refetch()} />;
  const number = (value: number) => new Intl.NumberFormat(language).format(value);
  return (
    <section className="work" aria-labelledby="work-title">
      <h2 id="work-title">{t('work.title')}</h2>
      {work.data.items.length === 0 ? (
        <p className="muted">{t('work.empty')}</p>
      ) : (
        <ul className="work-list">
          {work.data.items.map((item: WorkItem) => (
            <li key={`${item.kind}:${item.subject}`} className={`work-item${overdue(item) ? ' work-item-overdue' : ''}`}>
              <Link to={item.link} className="work-link">
                <span className="work-kind">{t(`work.kinds.${item.kind}`)}</span>
                <span className="work-title">{item.title}</span>
                {item.detail && <span className="work-detail">{item.detail}</span>}
                <span className="work-meta muted">
                  {item.total !== null && item.total !== undefined && item.done !== null && item.done !== undefined && (
                    <span>{t('work.progress', { done: number(item.done), total: number(item.total) })}</span>
                  )}
                  {item.total === null && item.done !== null && item.done !== undefined && <span>{number(item.done)}</span>}
                  {item.dueDate && <span>{t('work.due', { date: formatDate(item.dueDate, language) })}</span>}
                  {item.daysLeft !== null && item.daysLeft !== undefined && (
                    <span>
                      {item.daysLeft < 0
                        ? t('work.overdueBy', { count: -item.daysLeft })
                        : t('work.daysLeft', { count: item.daysLeft })}
                    </span>
                  )}
                  {item.waitingDays !== null && item.waitingDays !== undefined && (
                    <span>{t('work.waiting', { count: item.waitingDays })}</span>
                  )}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function overdue(item: WorkItem): boolean {
  return item.daysLeft !== null && item.daysLeft !== undefined && item.daysLeft < 0;
}
