import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { SelectField } from '@/components/select-field';
import type { Region } from '@/features/regions';
import { type Role } from '../api/users';
import { LAST_ADMINISTRATOR, USERNAME_TAKEN, fieldMessages, problemType } from '../api/problem-messages';

export const ROLES: readonly Role[] = ['OPERATOR', 'VERIFIER', 'ADMIN', 'MINISTRY'];

export interface UserFormValues {
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
}

interface UserFormProps {
  title: string;
  initial: UserFormValues;
  /** Editing: the username is shown but cannot change. */
  editing?: boolean;
  regions: Region[];
  pending: boolean;
  error: unknown;
  onSubmit: (values: UserFormValues) => void;
  onCancel: () => void;
}

export function UserForm({ title, initial, editing, regions, pending, error, onSubmit, onCancel }: UserFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const usernameId = useId();
  const nameId = useId();
  // An account's region is its scope: an operator reports for a regency, city or province; an administrator
  // or verifier works for the whole deployment (no region) or one province; the ministry reads the nation.
  const provinces = regions.filter((region) => region.level === 'PROVINCE');
  const isOperator = values.role === 'OPERATOR';
  const isProvinceOfficer = values.role === 'ADMIN' || values.role === 'VERIFIER';

  function chooseRole(role: Role) {
    const keepsRegion =
      role === 'OPERATOR' ||
      ((role === 'ADMIN' || role === 'VERIFIER') && provinces.some((p) => p.code === values.regionCode));
    setValues({ ...values, role, regionCode: keepsRegion ? values.regionCode : '' });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit({ ...values, regionCode: isOperator || isProvinceOfficer ? values.regionCode : '' });
  }

  const type = problemType(error);
  const known = type === LAST_ADMINISTRATOR || type === USERNAME_TAKEN;
  const messages = (field: string) =>
    fieldMessages(error, field).map((message) => (
      <span key={message} className="field-error" role="alert">
        {message}
      </span>
    ));

  return (
    <form className="user-form" onSubmit={handleSubmit} noValidate aria-label={title}>
      <h2>{title}</h2>
      {type === LAST_ADMINISTRATOR && (
        <div className="banner banner-error" role="alert">
          {t('accounts.users.lastAdministrator')}
        </div>
      )}
      {type === USERNAME_TAKEN && (
        <div className="banner banner-error" role="alert">
          {t('accounts.users.usernameTaken')}
        </div>
      )}
      {Boolean(error) && !known && <ErrorBanner error={error} />}
      <div className="form-grid">
        <div className="field">
          <label htmlFor={usernameId}>{t('accounts.users.form.username')}</label>
          <input
            id={usernameId}
            name="username"
            autoComplete="off"
            value={values.username}
            readOnly={editing}
            onChange={(event) => setValues({ ...values, username: event.target.value })}
          />
          {!editing && <span className="field-hint">{t('accounts.users.form.usernameHint')}</span>}
          {messages('username')}
        </div>
        <div className="field">
          <label htmlFor={nameId}>{t('accounts.users.form.displayName')}</label>
          <input
            id={nameId}
            name="displayName"
            value={values.displayName}
            onChange={(event) => setValues({ ...values, displayName: event.target.value })}
          />
          {messages('displayName')}
        </div>
        <SelectField
          label={t('accounts.users.form.role')}
          value={values.role}
          onChange={(event) => chooseRole(event.target.value as Role)}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`user.role.${role}`)}
            </option>
          ))}
        </SelectField>
        {isOperator && (
          <div>
            <SelectField
              label={t('accounts.users.form.region')}
              value={values.regionCode}
              onChange={(event) => setValues({ ...values, regionCode: event.target.value })}
            >
              <option value="">{t('accounts.users.form.chooseRegion')}</option>
              {regions.map((region) => (
                <option key={region.code} value={region.code}>
                  {region.name}
                </option>
              ))}
            </SelectField>
            <span className="field-hint">{t('accounts.users.form.regionHint')}</span>
            {messages('regionCode')}
          </div>
        )}
        {isProvinceOfficer && (
          <div>
            <SelectField
              label={t('accounts.users.form.scope')}
              value={values.regionCode}
              onChange={(event) => setValues({ ...values, regionCode: event.target.value })}
            >
              <option value="">{t('accounts.users.form.wholeDeployment')}</option>
              {provinces.map((region) => (
                <option key={region.code} value={region.code}>
                  {region.name}
                </option>
              ))}
            </SelectField>
            <span className="field-hint">{t('accounts.users.form.scopeHint')}</span>
            {messages('regionCode')}
          </div>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t('accounts.users.form.saving') : t('accounts.users.form.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('accounts.users.form.cancel')}
        </button>
      </div>
    </form>
  );
}
