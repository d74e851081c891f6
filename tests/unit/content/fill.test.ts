import { describe, expect, it } from 'vitest';
import { bookletTexts, fill, placeholdersOf } from '../../../shared/content';
import { leaves } from './walk';

describe('fill', () => {
  it('replaces every placeholder, including repeated ones', () => {
    expect(fill('Squats: {reps}', { reps: 12 })).toBe('Squats: 12');
    expect(fill('{from} – {to}, again {from}', { from: '1 May', to: '14 May' })).toBe('1 May – 14 May, again 1 May');
  });

  it('leaves a template without placeholders unchanged', () => {
    expect(fill('Never press on the spine.')).toBe('Never press on the spine.');
  });

  it('accepts zero and ignores values the template does not use', () => {
    expect(fill('Day {n}', { n: 0, unused: 'x' })).toBe('Day 0');
  });

  it('throws on a missing value and names the placeholder', () => {
    expect(() => fill('About {minutes} min', {})).toThrow('{minutes}');
    expect(() => fill('Course {n} of about {total}', { n: 2 })).toThrow('{total}');
  });

  it('throws on a value that is not a finite number', () => {
    expect(() => fill('About {minutes} min', { minutes: Number.NaN })).toThrow('{minutes}');
  });

  it('does not read inherited properties as values', () => {
    expect(() => fill('{toString}', {})).toThrow('{toString}');
  });

  it('inserts values literally, never as templates', () => {
    expect(fill('From {title} {name}', { title: 'Dr', name: '{pages} $& $1' })).toBe('From Dr {pages} $& $1');
  });

  it('lists placeholders once, in order', () => {
    expect(placeholdersOf('{from} – {to}, again {from}')).toEqual(['from', 'to']);
    expect(placeholdersOf('No placeholders.')).toEqual([]);
  });

  it.each(['en', 'ru'] as const)('%s: every text fills cleanly once its placeholders have values', (locale) => {
    for (const { path, value } of leaves(bookletTexts(locale))) {
      const values = Object.fromEntries(placeholdersOf(value).map((name) => [name, 7]));
      const filled = fill(value, values);
      expect(filled, path).not.toMatch(/[{}]/);
    }
  });
});
