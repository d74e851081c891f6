import type { Language } from '../../../shared/contract';

export interface NamePrefill {
  firstName: string;
  lastName: string;
  phone: string;
}

// Lower-case particles that begin a family name: "Maria de la Cruz", "Anna van Dijk".
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'di', 'da', 'dos', 'du', 'la', 'le', 'van', 'von']);

/**
 * What the receptionist searched for, as a new child's fields: a phone number goes to the
 * guardian's phone; names follow the language's usual order ("Anna Petrova" in English,
 * "Петрова Анна" in Russian). A single word is taken as the family name, since that is what
 * staff usually search by. An all-lower-case word gets a capital first letter.
 */
export function splitName(text: string, language: Language): NamePrefill {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (/^[+\d\s().-]+$/.test(typed) && /\d/.test(typed)) return { firstName: '', lastName: '', phone: typed };
  const words = typed.split(' ').filter(Boolean).map(capitalise);
  if (words.length === 0) return { firstName: '', lastName: '', phone: '' };
  if (words.length === 1) return { firstName: '', lastName: words[0]!, phone: '' };
  if (language === 'ru') {
    // Фамилия Имя [Отчество]: the rest stays together as the given name.
    return { lastName: words[0]!, firstName: words.slice(1).join(' '), phone: '' };
  }
  const particle = words.findIndex((word, i) => i > 0 && PARTICLES.has(word));
  const split = particle > 0 ? particle : words.length - 1;
  return { firstName: words.slice(0, split).join(' '), lastName: words.slice(split).join(' '), phone: '' };
}

function capitalise(word: string): string {
  return word === word.toLowerCase() && !PARTICLES.has(word) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
