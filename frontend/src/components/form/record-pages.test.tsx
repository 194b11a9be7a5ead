import { useMutation, useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, useState } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/errors';
import type { SavedNotice } from '@/lib/saved-notice';
import type { Versioned } from '@/lib/versioned';
import { renderWithProviders } from '@/test/render';
import { EditRecordPage, type EditFormProps } from './edit-record-page';
import { FormPage } from './form-page';
import { useCreateRecord } from './use-create-record';

interface Thing {
  id: string;
  name: string;
}

interface NameFormProps {
  initial: string;
  form: Omit<EditFormProps<string>, 'onReload' | 'reloading' | 'cancelTo'> & Partial<EditFormProps<string>>;
}

/** A form of one field that offers the reload once a save was refused, when the page allows one. */
function NameForm({ initial, form }: NameFormProps) {
  const [name, setName] = useState(initial);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        form.onSubmit(name);
      }}
    >
      <input aria-label="Nama" value={name} onChange={(event) => setName(event.target.value)} />
      {form.error instanceof ApiError && <p role="alert">HTTP {form.error.status}</p>}
      {form.error !== null && form.onReload && (
        <button type="button" onClick={form.onReload} disabled={form.reloading}>
          Muat versi terbaru
        </button>
      )}
      <button type="submit" disabled={form.submitting}>
        Simpan
      </button>
    </form>
  );
}

function Detail() {
  const notice = (useLocation().state as SavedNotice | null)?.notice;
  return <p>Halaman benda, {notice}</p>;
}

function renderAt(path: string, element: ReactNode) {
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '/things/:id', element: <Detail /> },
    ],
    { initialEntries: [path] },
  );
  renderWithProviders(<RouterProvider router={router} />);
  return router;
}

describe('useCreateRecord and FormPage', () => {
  function CreatePage({ create }: { create: (name: string) => Promise<Versioned<Thing>> }) {
    const form = useCreateRecord(useMutation({ mutationFn: create }), (thing) => `/things/${thing.id}`);
    return (
      <FormPage backTo="/things" backLabel="Kembali ke daftar" title="Benda baru">
        <NameForm initial="" form={form} />
      </FormPage>
    );
  }

  it('creates the record, then opens it with the notice that it was created', async () => {
    const create = vi.fn(async (name: string) => ({ record: { id: 't-9', name }, etag: '"0"' }));
    const router = renderAt('/things/new', <CreatePage create={create} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Benda baru' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kembali ke daftar' })).toHaveAttribute('href', '/things');

    await userEvent.type(screen.getByLabelText('Nama'), 'Koperasi');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('Halaman benda, created')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/things/t-9');
    expect(create).toHaveBeenCalledWith('Koperasi', expect.anything());
  });

  it('hands a refused create to the form and stays', async () => {
    const create = vi.fn(async () => Promise.reject(new ApiError(409, { title: 'Conflict' })));
    const router = renderAt('/things/new', <CreatePage create={create} />);

    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 409');
    expect(router.state.location.pathname).toBe('/things/new');
  });
});

describe('EditRecordPage', () => {
  function EditPage(props: {
    read: () => Promise<Versioned<Thing>>;
    replace: (change: { input: string; etag: string | null }) => Promise<Versioned<Thing>>;
    reloadedNotice?: string;
  }) {
    const query = useQuery({ queryKey: ['thing'], queryFn: props.read });
    const replace = useMutation({ mutationFn: props.replace });
    return (
      <EditRecordPage
        query={query}
        replace={replace}
        detailPath="/things/t-1"
        backLabel={(thing) => `t-1 · ${thing.name}`}
        title="Ubah benda t-1"
        reloadedNotice={props.reloadedNotice}
      >
        {(thing, form) => <NameForm initial={thing.name} form={form} />}
      </EditRecordPage>
    );
  }

  it('saves with the ETag the form was filled from, then opens the record with the notice that it was saved', async () => {
    const read = vi.fn(async () => ({ record: { id: 't-1', name: 'Lama' }, etag: '"1"' }));
    const replace = vi.fn(async ({ input }: { input: string }) => ({ record: { id: 't-1', name: input }, etag: '"2"' }));
    const router = renderAt('/things/t-1/edit', <EditPage read={read} replace={replace} reloadedNotice="Versi terbaru." />);

    const name = await screen.findByLabelText('Nama');
    expect(name).toHaveValue('Lama');
    expect(screen.getByRole('heading', { level: 1, name: 'Ubah benda t-1' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 't-1 · Lama' })).toHaveAttribute('href', '/things/t-1');
    await userEvent.clear(name);
    await userEvent.type(name, 'Baru');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('Halaman benda, saved')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/things/t-1');
    expect(replace).toHaveBeenCalledWith({ input: 'Baru', etag: '"1"' }, expect.anything());
  });

  it('after a 412 loads the latest version into a new form and saves with its ETag', async () => {
    let current = { record: { id: 't-1', name: 'Lama' }, etag: '"1"' };
    const read = vi.fn(async () => current);
    const replace = vi.fn(async ({ input, etag }: { input: string; etag: string | null }) => {
      if (etag !== current.etag) throw new ApiError(412, { title: 'Precondition Failed' });
      return { record: { id: 't-1', name: input }, etag: '"3"' };
    });
    renderAt('/things/t-1/edit', <EditPage read={read} replace={replace} reloadedNotice="Versi terbaru sudah dimuat." />);
    const name = await screen.findByLabelText('Nama');

    // Meanwhile someone else renames it.
    current = { record: { id: 't-1', name: 'Diubah orang lain' }, etag: '"2"' };
    await userEvent.type(name, ' dari formulir lama');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 412');
    expect(screen.queryByText('Versi terbaru sudah dimuat.')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Muat versi terbaru' }));

    expect(await screen.findByText('Versi terbaru sudah dimuat.')).toBeInTheDocument();
    expect(screen.getByLabelText('Nama')).toHaveValue('Diubah orang lain');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Halaman benda, saved')).toBeInTheDocument();
    expect(replace).toHaveBeenLastCalledWith({ input: 'Diubah orang lain', etag: '"2"' }, expect.anything());
  });

  it('says why the record could not be read and reads it again on demand', async () => {
    const read = vi
      .fn<() => Promise<Versioned<Thing>>>()
      .mockRejectedValueOnce(new ApiError(503, { title: 'Unavailable' }))
      .mockResolvedValue({ record: { id: 't-1', name: 'Lama' }, etag: '"1"' });
    renderAt('/things/t-1/edit', <EditPage read={read} replace={vi.fn()} />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Unavailable');
    await userEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));

    expect(await screen.findByLabelText('Nama')).toHaveValue('Lama');
  });
});
