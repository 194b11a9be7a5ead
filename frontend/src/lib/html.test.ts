import { describe, expect, it } from 'vitest';
import { escapeHtml, shorten } from './html';

describe('escapeHtml', () => {
  it('turns markup typed by a user into text', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(escapeHtml("Koperasi & UKM 'Maju'")).toBe('Koperasi &amp; UKM &#39;Maju&#39;');
  });

  it('shortens long names for labels', () => {
    expect(shorten('Koperasi yang memperoleh akses permodalan', 20)).toBe('Koperasi yang mempe…');
    expect(shorten('Sambas', 20)).toBe('Sambas');
  });
});
