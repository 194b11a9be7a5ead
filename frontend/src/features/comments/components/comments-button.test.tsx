import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { renderWithProviders } from '@/test/render';
import { CommentsButton } from './comments-button';

const SUBJECT = 'Koperasi yang memperoleh akses permodalan';
const badgeOf = (button: HTMLElement) => button.querySelector('.comment-badge');

describe('CommentsButton', () => {
  it('names the record and the number of comments, and shows the number as a badge', async () => {
    const toggle = vi.fn();
    renderWithProviders(<CommentsButton count={3} subject={SUBJECT} open={false} controls="thread" onClick={toggle} />);

    const button = screen.getByRole('button', { name: `Diskusi ${SUBJECT}, 3 komentar` });
    expect(badgeOf(button)).toHaveTextContent('3');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).not.toHaveAttribute('aria-controls');
    await userEvent.setup().click(button);
    expect(toggle).toHaveBeenCalledOnce();
  });

  it('shows no badge on a thread without comments', () => {
    renderWithProviders(<CommentsButton count={0} subject={SUBJECT} open controls="thread" onClick={() => {}} />);
    const button = screen.getByRole('button', { name: `Diskusi ${SUBJECT}` });
    expect(badgeOf(button)).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', 'thread');
  });

  it('writes large counts the Indonesian way, and speaks English when switched', async () => {
    renderWithProviders(<CommentsButton count={1234} subject={SUBJECT} open={false} onClick={() => {}} />);
    expect(badgeOf(screen.getByRole('button', { name: `Diskusi ${SUBJECT}, 1234 komentar` }))).toHaveTextContent('1.234');

    await i18n.changeLanguage('en');
    const english = await screen.findByRole('button', { name: `Discussion of ${SUBJECT}, 1234 comments` });
    expect(badgeOf(english)).toHaveTextContent('1,234');
  });

  it('says "1 comment" in English', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<CommentsButton count={1} subject={SUBJECT} open={false} onClick={() => {}} />);
    expect(screen.getByRole('button', { name: `Discussion of ${SUBJECT}, 1 comment` })).toBeInTheDocument();
  });
});
