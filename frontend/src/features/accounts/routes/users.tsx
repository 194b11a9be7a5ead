import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import { SelectField } from '@/components/select-field';
import { useCurrentUser } from '@/features/auth';
import { useRegions } from '@/features/regions';
import {
  type Role,
  type User,
  type UserCredentials,
  type UserFilters,
  useCreateUser,
  useResetPassword,
  useUpdateUser,
  useUsers,
} from '../api/users';
import { TemporaryPasswordNotice } from '../components/temporary-password-notice';
import { ROLES, UserForm, type UserFormValues } from '../components/user-form';
import '../accounts.css';

type Editing = { mode: 'create' } | { mode: 'edit'; user: User } | null;

const EMPTY_FORM: UserFormValues = { username: '', displayName: '', role: 'OPERATOR', regionCode: '' };

/** Pengguna: the province administrator manages people's accounts. */
export function UsersRoute() {
  const { t } = useTranslation();
  const { data: me, isPending } = useCurrentUser();
  if (isPending) return <Loading />;
  if (me?.role !== 'ADMIN') {
    return (
      <section className="page">
        <h1>{t('accounts.users.title')}</h1>
        <NoticeBanner>{t('accounts.users.forbidden')}</NoticeBanner>
      </section>
    );
  }
  return <UsersPage />;
}

function UsersPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<UserFilters>({ active: true });
  const [editing, setEditing] = useState<Editing>(null);
  const [credentials, setCredentials] = useState<UserCredentials | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const users = useUsers(filters);
  const regions = useRegions();
  const createUser = useCreateUser();
  const updateUser = useUpdateUser();
  const resetPassword = useResetPassword();
  const regionList = regions.data?.items ?? [];
  const regionName = (code: string | null | undefined) =>
    code ? (regionList.find((region) => region.code === code)?.name ?? code) : t('accounts.users.allRegions');

  function startCreate() {
    createUser.reset();
    setNotice(null);
    setEditing({ mode: 'create' });
  }

  function startEdit(user: User) {
    updateUser.reset();
    setNotice(null);
    setEditing({ mode: 'edit', user });
  }

  function submitCreate(values: UserFormValues) {
    createUser.mutate(
      {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        role: values.role,
        regionCode: values.regionCode || null,
      },
      {
        onSuccess: (created) => {
          setEditing(null);
          setCredentials(created);
        },
      },
    );
  }

  function submitEdit(user: User, values: UserFormValues) {
    updateUser.mutate(
      {
        username: user.username,
        change: { displayName: values.displayName.trim(), role: values.role, regionCode: values.regionCode || null },
      },
      {
        onSuccess: (saved) => {
          setEditing(null);
          setNotice(t('accounts.users.saved', { name: saved.username }));
        },
      },
    );
  }

  function toggleActive(user: User) {
    if (user.active && !window.confirm(t('accounts.users.action.confirmDeactivate', { name: user.username }))) return;
    updateUser.mutate(
      { username: user.username, change: { active: !user.active } },
      {
        onSuccess: (saved) =>
          setNotice(
            t(saved.active ? 'accounts.users.activated' : 'accounts.users.deactivated', { name: saved.username }),
          ),
      },
    );
  }

  function reset(user: User) {
    if (!window.confirm(t('accounts.users.action.confirmReset', { name: user.username }))) return;
    setNotice(null);
    resetPassword.mutate(user.username, { onSuccess: setCredentials });
  }

  const rowError = editing === null ? (updateUser.error ?? resetPassword.error) : null;

  return (
    <section className="page accounts-page">
      <header className="page-header">
        <h1>{t('accounts.users.title')}</h1>
        <p>{t('accounts.users.intro')}</p>
      </header>

      {credentials && (
        <TemporaryPasswordNotice
          username={credentials.user.username}
          password={credentials.temporaryPassword}
          onClose={() => setCredentials(null)}
        />
      )}
      {notice && <NoticeBanner>{notice}</NoticeBanner>}
      {rowError && <ErrorBanner error={rowError} />}

      {editing?.mode === 'create' && (
        <UserForm
          title={t('accounts.users.form.createTitle')}
          initial={EMPTY_FORM}
          regions={regionList}
          pending={createUser.isPending}
          error={createUser.error}
          onSubmit={submitCreate}
          onCancel={() => setEditing(null)}
        />
      )}
      {editing?.mode === 'edit' && (
        <UserForm
          key={editing.user.username}
          title={t('accounts.users.form.editTitle', { name: editing.user.username })}
          editing
          initial={{
            username: editing.user.username,
            displayName: editing.user.displayName,
            role: editing.user.role,
            regionCode: editing.user.regionCode ?? '',
          }}
          regions={regionList}
          pending={updateUser.isPending}
          error={updateUser.error}
          onSubmit={(values) => submitEdit(editing.user, values)}
          onCancel={() => setEditing(null)}
        />
      )}

      <div className="accounts-toolbar">
        <UserFiltersBar filters={filters} onChange={setFilters} regions={regionList} />
        {editing === null && (
          <button type="button" className="button button-primary" onClick={startCreate}>
            {t('accounts.users.add')}
          </button>
        )}
      </div>

      {users.isPending && <Loading />}
      {users.isError && <ErrorBanner error={users.error} onRetry={() => void users.refetch()} />}
      {users.data && (
        <>
          <p className="muted">{t('accounts.users.count', { count: users.data.total })}</p>
          {users.data.items.length === 0 ? (
            <p>{t('accounts.users.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table accounts-table" aria-label={t('accounts.users.tableLabel')}>
                <thead>
                  <tr>
                    <th scope="col">{t('accounts.users.column.username')}</th>
                    <th scope="col">{t('accounts.users.column.displayName')}</th>
                    <th scope="col">{t('accounts.users.column.role')}</th>
                    <th scope="col">{t('accounts.users.column.region')}</th>
                    <th scope="col">{t('accounts.users.column.status')}</th>
                    <th scope="col">{t('accounts.users.column.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {users.data.items.map((user) => (
                    <tr key={user.username} className={user.active ? undefined : 'is-retired'}>
                      <td className="code">{user.username}</td>
                      <td>{user.displayName}</td>
                      <td>{t(`user.role.${user.role}`)}</td>
                      <td>{regionName(user.regionCode)}</td>
                      <td>
                        {user.active ? t('accounts.users.status.active') : t('accounts.users.status.inactive')}
                        {user.mustChangePassword && (
                          <span className="badge">{t('accounts.users.status.mustChangePassword')}</span>
                        )}
                      </td>
                      <td className="accounts-actions">
                        <button
                          type="button"
                          className="button button-secondary"
                          aria-label={t('accounts.users.action.edit', { name: user.username })}
                          onClick={() => startEdit(user)}
                        >
                          {t('accounts.users.action.editShort')}
                        </button>
                        <button
                          type="button"
                          className="button button-secondary"
                          aria-label={t(
                            user.active ? 'accounts.users.action.deactivate' : 'accounts.users.action.activate',
                            { name: user.username },
                          )}
                          disabled={updateUser.isPending}
                          onClick={() => toggleActive(user)}
                        >
                          {user.active
                            ? t('accounts.users.action.deactivateShort')
                            : t('accounts.users.action.activateShort')}
                        </button>
                        <button
                          type="button"
                          className="button button-secondary"
                          aria-label={t('accounts.users.action.reset', { name: user.username })}
                          disabled={resetPassword.isPending || !user.active}
                          onClick={() => reset(user)}
                        >
                          {t('accounts.users.action.resetShort')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

interface UserFiltersBarProps {
  filters: UserFilters;
  onChange: (filters: UserFilters) => void;
  regions: { code: string; name: string; level: string }[];
}

function UserFiltersBar({ filters, onChange, regions }: UserFiltersBarProps) {
  const { t } = useTranslation();
  const activeValue = filters.active === undefined ? '' : String(filters.active);
  return (
    <div className="accounts-filters" role="search">
      <SelectField
        label={t('accounts.users.filter.role')}
        value={filters.role ?? ''}
        onChange={(event) => onChange({ ...filters, role: (event.target.value || undefined) as Role | undefined })}
      >
        <option value="">{t('accounts.users.filter.all')}</option>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`user.role.${role}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('accounts.users.filter.region')}
        value={filters.regionCode ?? ''}
        onChange={(event) => onChange({ ...filters, regionCode: event.target.value || undefined })}
      >
        <option value="">{t('accounts.users.filter.all')}</option>
        {regions
          .filter((region) => region.level !== 'PROVINCE')
          .map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
      </SelectField>
      <SelectField
        label={t('accounts.users.filter.active')}
        value={activeValue}
        onChange={(event) =>
          onChange({ ...filters, active: event.target.value === '' ? undefined : event.target.value === 'true' })
        }
      >
        <option value="">{t('accounts.users.filter.all')}</option>
        <option value="true">{t('accounts.users.filter.activeOnly')}</option>
        <option value="false">{t('accounts.users.filter.inactiveOnly')}</option>
      </SelectField>
      <label className="field">
        <span>{t('accounts.users.filter.search')}</span>
        <input
          type="search"
          placeholder={t('accounts.users.filter.searchPlaceholder')}
          value={filters.q ?? ''}
          onChange={(event) => onChange({ ...filters, q: event.target.value })}
        />
      </label>
    </div>
  );
}
