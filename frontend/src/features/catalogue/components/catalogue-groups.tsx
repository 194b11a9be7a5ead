import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatYears } from './format';
import type { FieldGroup } from './group-catalogue';
import { IndicatorsTable } from './indicators-table';
import { RetiredBadge } from './retired-badge';

interface CatalogueGroupsProps {
  groups: FieldGroup[];
  narrowed: boolean;
  isAdmin: boolean;
}

/** The programs under their field, each with its indicators. */
export function CatalogueGroups({ groups, narrowed, isAdmin }: CatalogueGroupsProps) {
  const { t } = useTranslation();
  if (groups.length === 0) {
    return <p className="muted">{t('catalogue.empty')}</p>;
  }
  return (
    <div className="catalogue-groups">
      {groups.map((group) => (
        <section key={group.field} className="catalogue-group" aria-labelledby={`catalogue-group-${group.field}`}>
          <h2 id={`catalogue-group-${group.field}`}>{t(`catalogue.enums.field.${group.field}`)}</h2>
          {group.programs.map(({ program, indicators }) => (
            <article
              key={program.code}
              className={program.active ? 'program-card' : 'program-card is-retired'}
              aria-labelledby={`program-${program.code}`}
            >
              <header className="program-card-header">
                <div>
                  <h3 id={`program-${program.code}`}>
                    <span className="code">{program.code}</span>{' '}
                    <Link to={`/catalogue/programs/${encodeURIComponent(program.code)}`}>{program.name}</Link>
                    {!program.active && <RetiredBadge />}
                  </h3>
                  <p className="muted">
                    {t(`catalogue.enums.authority.${program.authority}`)} ·{' '}
                    {formatYears(program.startYear, program.endYear, t)}
                  </p>
                </div>
                {isAdmin && program.active && (
                  <Link
                    to={`/catalogue/indicators/new?program=${encodeURIComponent(program.code)}`}
                    className="button button-secondary"
                    aria-label={`${t('catalogue.actions.newIndicator')} · ${program.code}`}
                  >
                    {t('catalogue.actions.newIndicator')}
                  </Link>
                )}
              </header>
              {indicators.length > 0 ? (
                <IndicatorsTable
                  indicators={indicators}
                  caption={t('catalogue.indicatorsCaption', { program: program.name })}
                />
              ) : (
                <p className="muted">{narrowed ? t('catalogue.noMatchingIndicators') : t('catalogue.noIndicators')}</p>
              )}
            </article>
          ))}
        </section>
      ))}
    </div>
  );
}
