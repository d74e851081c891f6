import type BetterSqlite3 from 'better-sqlite3';
import { patientSortKey, RANK_GAP } from '../../electron/services/patients/order';
import { searchDocument } from '../../electron/services/patients/search';

/*
 * Fills a migrated database with generated children, fast: one transaction of prepared
 * statements instead of 100,000 service calls. It stores exactly what the patients service
 * would (same sort key, rank spacing and search document), so the search measured is the real one.
 */

const LATIN_FIRST = [
  'Mia',
  'Noah',
  'Emma',
  'Liam',
  'Olivia',
  'Lucas',
  'Ana',
  'Luka',
  'Sofia',
  'Mateo',
  'Élodie',
  'Zoë',
  'Jonas',
  'Léa',
  'Nina',
  'Marko',
  'Ivana',
  'Petra',
  'Tomás',
  'Ines',
];
const CYRILLIC_FIRST = [
  'Мария',
  'Иван',
  'Анна',
  'Алексей',
  'София',
  'Пётр',
  'Дарья',
  'Михаил',
  'Елена',
  'Артём',
  'Ксения',
  'Юрий',
  'Ольга',
  'Фёдор',
  'Вера',
  'Глеб',
];
const LATIN_SYLLABLES = [
  'no',
  'vak',
  'hor',
  'vat',
  'mil',
  'ler',
  'kov',
  'ač',
  'bro',
  'wn',
  'sch',
  'midt',
  'gar',
  'cía',
  'ber',
  'nard',
  'lu',
  'ka',
  'sen',
  'ström',
];
const CYRILLIC_SYLLABLES = [
  'ив',
  'ан',
  'ов',
  'пет',
  'ро',
  'ва',
  'сем',
  'ён',
  'ко',
  'зло',
  'ев',
  'смир',
  'нов',
  'кузь',
  'мин',
  'ёва',
];

export interface SeedOptions {
  count: number;
  /** Deterministic generator seed, so runs are comparable. */
  seed?: number;
}

/** A small deterministic PRNG (mulberry32): the same seed gives the same children. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SeededChild {
  firstName: string;
  lastName: string;
  guardianName: string;
  phone: string;
}

export function generateChildren({ count, seed = 1 }: SeedOptions): SeededChild[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const word = (syllables: readonly string[]) => {
    const n = 2 + Math.floor(rnd() * 2);
    const w = Array.from({ length: n }, () => pick(syllables)).join('');
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return Array.from({ length: count }, () => {
    const cyrillic = rnd() < 0.4;
    const firstNames = cyrillic ? CYRILLIC_FIRST : LATIN_FIRST;
    const syllables = cyrillic ? CYRILLIC_SYLLABLES : LATIN_SYLLABLES;
    const lastName = word(syllables);
    const digits = Array.from({ length: 9 }, () => Math.floor(rnd() * 10)).join('');
    return {
      firstName: pick(firstNames),
      lastName,
      guardianName: `${pick(firstNames)} ${lastName}`,
      phone: `+${cyrillic ? '7' : '385'} ${digits.slice(0, 3)} ${digits.slice(3, 6)}-${digits.slice(6)}`,
    };
  });
}

export function seedPatients(sqlite: BetterSqlite3.Database, children: readonly SeededChild[]): void {
  const now = new Date().toISOString();
  const insertPatient = sqlite.prepare(
    `INSERT INTO patients (first_name, last_name, date_of_birth, sex, sort_key, sort_rank, created_at, updated_at)
     VALUES (?, ?, ?, ?, '', ?, ?, ?)`,
  );
  const setKey = sqlite.prepare('UPDATE patients SET sort_key = ? WHERE id = ?');
  const setRank = sqlite.prepare('UPDATE patients SET sort_rank = ? WHERE id = ?');
  const insertGuardian = sqlite.prepare(
    'INSERT INTO guardians (patient_id, position, name, phone, phone_digits) VALUES (?, 0, ?, ?, ?)',
  );
  const insertSearch = sqlite.prepare(
    'INSERT INTO patient_search (rowid, names, guardians, phones) VALUES (?, ?, ?, ?)',
  );
  sqlite.transaction(() => {
    const placed = children.map((c, i) => {
      const year = 2009 + (i % 17);
      const dob = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      const id = Number(
        insertPatient.run(c.firstName, c.lastName, dob, i % 2 ? 'male' : 'female', -(i + 1), now, now).lastInsertRowid,
      );
      const key = patientSortKey(c.lastName, c.firstName, id);
      setKey.run(key, id);
      insertGuardian.run(id, c.guardianName, c.phone, c.phone.replace(/\D/g, ''));
      return { id, key, child: c };
    });
    placed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    placed.forEach((p, i) => {
      const rank = (i + 1) * RANK_GAP;
      setRank.run(rank, p.id);
      const doc = searchDocument(p.child.firstName, p.child.lastName, [
        { name: p.child.guardianName, phone: p.child.phone },
      ]);
      insertSearch.run(rank, doc.names, doc.guardians, doc.phones);
    });
  })();
  sqlite.exec("INSERT INTO patient_search (patient_search) VALUES ('optimize')");
}
