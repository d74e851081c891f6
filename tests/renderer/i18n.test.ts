import { describe, expect, it } from 'vitest';
import { createI18n, dictionaries } from '../../renderer/i18n';
import { pluralForm } from '../../renderer/i18n/format';
import { splitName } from '../../renderer/screens/Children/split-name';

const ru = createI18n('ru');
const en = createI18n('en');

describe('plurals', () => {
  it('uses the Russian one / few / many forms for years', () => {
    const years = [1, 2, 5, 11, 21, 22, 25].map((n) => ru.t('age.years', { count: n }));
    expect(years).toEqual(['1 год', '2 года', '5 лет', '11 лет', '21 год', '22 года', '25 лет']);
  });

  it('uses the Russian forms for months and for the short list style', () => {
    expect([1, 2, 5, 11].map((n) => ru.t('age.months', { count: n }))).toEqual([
      '1 месяц',
      '2 месяца',
      '5 месяцев',
      '11 месяцев',
    ]);
    expect(ru.age({ years: 4, months: 2 }, 'short')).toBe('4 г. 2 мес.');
    expect(ru.age({ years: 5, months: 11 }, 'short')).toBe('5 л. 11 мес.');
    expect(ru.age({ years: 21, months: 0 }, 'long')).toBe('21 год');
  });

  it('uses one / other in English and leaves out zero parts', () => {
    expect(en.age({ years: 1, months: 1 })).toBe('1 year 1 month');
    expect(en.age({ years: 4, months: 2 })).toBe('4 years 2 months');
    expect(en.age({ years: 0, months: 7 })).toBe('7 months');
    expect(en.age({ years: 3, months: 0 })).toBe('3 years');
    expect(en.age({ years: 0, months: 0 })).toBe('under 1 month');
    expect(ru.age({ years: 0, months: 0 })).toBe('меньше месяца');
  });

  it('falls back to the "other" form', () => {
    expect(pluralForm('ru', 3, { one: 'a', other: 'b' })).toBe('b');
  });
});

describe('dictionaries', () => {
  it('have the same keys, and the same kind of entry for each', () => {
    const enKeys = Object.keys(dictionaries.en).sort();
    expect(Object.keys(dictionaries.ru).sort()).toEqual(enKeys);
    for (const key of enKeys) {
      const a = dictionaries.en[key as keyof typeof dictionaries.en];
      const b = dictionaries.ru[key as keyof typeof dictionaries.ru];
      expect(typeof b, key).toBe(typeof a);
      expect(b, key).not.toBe('');
    }
  });

  it('give every Russian plural entry that counts things the forms Russian needs', () => {
    for (const [key, entry] of Object.entries(dictionaries.ru)) {
      if (typeof entry === 'string' || key === 'age.short.months') continue;
      expect(Object.keys(entry).sort(), key).toEqual(['few', 'many', 'one', 'other']);
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: unknown) => [...JSON.stringify(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(dictionaries.en) as (keyof typeof dictionaries.en)[]) {
      expect([...new Set(placeholders(dictionaries.ru[key]))], key).toEqual([
        ...new Set(placeholders(dictionaries.en[key])),
      ]);
    }
  });
});

describe('interpolation and messages', () => {
  it('fills placeholders', () => {
    expect(en.t('children.noMatch.title', { query: 'xyz' })).toBe('No child matches “xyz”');
    expect(ru.t('children.newNamed', { name: 'Аня' })).toBe('Новый ребёнок «Аня»');
  });

  it('turns the shared schemas’ message keys into sentences', () => {
    expect(en.validation('tooLong:80')).toBe('At most 80 characters');
    expect(ru.validation('tooLong:80')).toBe('Не больше 80 символов');
    expect(ru.validation('tooLong:21')).toBe('Не больше 21 символа');
    expect(en.validation('required')).toBe('Fill this in');
    expect(ru.validation('phoneTooShort')).toBe('Нужно не меньше 5 цифр');
    expect(en.validation('somethingNew')).toBe('Check this value');
  });

  it('formats dates for the UI language without shifting the day', () => {
    expect(createI18n('ru').date('2021-03-12', 'long')).toMatch(/^12 марта 2021/);
    expect(en.date('2021-03-12', 'long')).toMatch(/March 12, 2021|12 March 2021/);
  });
});

describe('splitName', () => {
  it('reads "First Last" in English and "Фамилия Имя" in Russian', () => {
    expect(splitName('anna petrova', 'en')).toEqual({ firstName: 'Anna', lastName: 'Petrova', phone: '' });
    expect(splitName('Петрова Анна', 'ru')).toEqual({ firstName: 'Анна', lastName: 'Петрова', phone: '' });
    expect(splitName('Петрова Анна Сергеевна', 'ru')).toEqual({
      firstName: 'Анна Сергеевна',
      lastName: 'Петрова',
      phone: '',
    });
  });

  it('keeps family-name particles and multi-word first names together', () => {
    expect(splitName('Maria de la Cruz', 'en')).toMatchObject({ firstName: 'Maria', lastName: 'de la Cruz' });
    expect(splitName('Mary Jane Watson', 'en')).toMatchObject({ firstName: 'Mary Jane', lastName: 'Watson' });
  });

  it('takes one word as the family name and digits as a phone', () => {
    expect(splitName('  smith ', 'en')).toEqual({ firstName: '', lastName: 'Smith', phone: '' });
    expect(splitName('+7 912 345', 'en')).toEqual({ firstName: '', lastName: '', phone: '+7 912 345' });
  });
});
