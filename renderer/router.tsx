import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/*
 * A small hash router: the place lives in `location.hash` (#/children/12), so a reload keeps it and
 * the browser's Back works. A screen with unsaved work can hold navigation (see `useLeaveGuard`).
 */

export type Route =
  | { name: 'children' }
  | { name: 'childNew'; prefill: string }
  | { name: 'child'; id: number }
  | { name: 'childEdit'; id: number }
  | { name: 'assessNew'; childId: number }
  | { name: 'booklet'; childId: number }
  | { name: 'assessEdit'; id: number; childId: number }
  | { name: 'settings'; section: SettingsSection | null }
  | { name: 'diary'; date: string | null; view: 'day' | 'week'; clinicianId: number | null }
  | { name: 'recall' }
  | { name: 'audit' }
  | { name: 'bookFollowUps'; childId: number }
  | { name: 'courseReturn'; childId: number; planStart: string; course: number };

/** The Settings screen's sections, each with its own address (#/settings/diary). */
export const SETTINGS_SECTIONS = [
  'clinic',
  'booklets',
  'clinicians',
  'diary',
  'staff',
  'backups',
  'data-source',
  'about',
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export const paths = {
  children: () => '#/children',
  childNew: (prefill = '') => (prefill ? `#/children/new?name=${encodeURIComponent(prefill)}` : '#/children/new'),
  child: (id: number) => `#/children/${id}`,
  childEdit: (id: number) => `#/children/${id}/edit`,
  assessNew: (childId: number) => `#/children/${childId}/assess`,
  booklet: (childId: number) => `#/children/${childId}/booklet`,
  /** The child is in the query: the child screen's data (`patients:record`) holds the assessment. */
  assessEdit: (id: number, childId: number) => `#/assessments/${id}/edit?child=${childId}`,
  settings: () => '#/settings',
  clinicians: () => '#/settings/clinicians',
  diarySettings: () => '#/settings/diary',
  settingsSection: (section: SettingsSection) => `#/settings/${section}`,
  /** The diary on a date (today when absent), as a day or a week, for one clinician or all. */
  diary: (at: { date?: string | null; view?: 'day' | 'week'; clinicianId?: number | null } = {}) => {
    const query = new URLSearchParams();
    if (at.date) query.set('date', at.date);
    if (at.view === 'week') query.set('view', 'week');
    if (at.clinicianId) query.set('clinician', String(at.clinicianId));
    const text = query.toString();
    return text ? `#/diary?${text}` : '#/diary';
  },
  recall: () => '#/recall',
  /** The audit log (admins). */
  audit: () => '#/audit',
  bookFollowUps: (childId: number) => `#/children/${childId}/book`,
  /** A course's returned calendar page: the plan's start date and the course number name it. */
  courseReturn: (childId: number, planStart: string, course: number) =>
    `#/children/${childId}/courses/${planStart}/${course}`,
};

const positiveId = (s: string | null | undefined): number | null => {
  const n = Number(s);
  return s && Number.isInteger(n) && n > 0 ? n : null;
};

/** The route for a hash; anything unknown shows the children list. */
export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'settings') {
    if (parts.length === 1) return { name: 'settings', section: null };
    const section = SETTINGS_SECTIONS.find((x) => x === parts[1]);
    if (parts.length === 2 && section) return { name: 'settings', section };
  }
  if (parts[0] === 'diary' && parts.length === 1) {
    const q = new URLSearchParams(query);
    const date = q.get('date');
    return {
      name: 'diary',
      date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
      view: q.get('view') === 'week' ? 'week' : 'day',
      clinicianId: positiveId(q.get('clinician')),
    };
  }
  if (parts[0] === 'recall' && parts.length === 1) return { name: 'recall' };
  if (parts[0] === 'audit' && parts.length === 1) return { name: 'audit' };
  if (parts[0] === 'assessments' && parts.length === 3 && parts[2] === 'edit') {
    const id = positiveId(parts[1]);
    const childId = positiveId(new URLSearchParams(query).get('child'));
    if (id && childId) return { name: 'assessEdit', id, childId };
  }
  if (parts[0] === 'children') {
    if (parts[1] === 'new' && parts.length === 2) {
      return { name: 'childNew', prefill: new URLSearchParams(query).get('name') ?? '' };
    }
    const id = Number(parts[1]);
    if (Number.isInteger(id) && id > 0) {
      if (parts.length === 2) return { name: 'child', id };
      if (parts.length === 3 && parts[2] === 'edit') return { name: 'childEdit', id };
      if (parts.length === 3 && parts[2] === 'assess') return { name: 'assessNew', childId: id };
      if (parts.length === 3 && parts[2] === 'booklet') return { name: 'booklet', childId: id };
      if (parts.length === 3 && parts[2] === 'book') return { name: 'bookFollowUps', childId: id };
      const course = positiveId(parts[4]);
      if (parts.length === 5 && parts[2] === 'courses' && /^\d{4}-\d{2}-\d{2}$/.test(parts[3] ?? '') && course) {
        return { name: 'courseReturn', childId: id, planStart: parts[3]!, course };
      }
    }
  }
  return { name: 'children' };
}

/** Asked before leaving; returns true to hold the navigation and later call `proceed` (or not). */
type Guard = (proceed: () => void) => boolean;

interface RouterValue {
  route: Route;
  hash: string;
  navigate(to: string, options?: { replace?: boolean; force?: boolean }): void;
  /** Back within the app when there is somewhere to go back to, else to `fallback`. */
  back(fallback: string, options?: { force?: boolean }): void;
  setGuard(guard: Guard | null): void;
}

const RouterContext = createContext<RouterValue | null>(null);

function currentHash(): string {
  return window.location.hash || paths.children();
}

/** Position of the current entry in this app's history, kept in `history.state`. */
function historyIndex(): number {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null && 'valgoIndex' in state ? Number(state.valgoIndex) || 0 : 0;
}

export function RouterProvider({ children }: { children: ReactNode }) {
  const [hash, setHash] = useState(currentHash);
  const committed = useRef(hash);
  const guard = useRef<Guard | null>(null);
  const skipGuard = useRef(false);

  const commit = useCallback((next: string) => {
    committed.current = next;
    setHash(next);
  }, []);

  const navigate = useCallback<RouterValue['navigate']>(
    (to, options = {}) => {
      if (to === committed.current) return;
      const go = () => {
        if (options.replace) window.history.replaceState({ valgoIndex: historyIndex() }, '', to);
        else window.history.pushState({ valgoIndex: historyIndex() + 1 }, '', to);
        commit(to);
      };
      if (!options.force && guard.current?.(go)) return;
      go();
    },
    [commit],
  );

  const back = useCallback<RouterValue['back']>(
    (fallback, options = {}) => {
      const go = () => {
        if (historyIndex() > 0) {
          skipGuard.current = true; // the user already agreed; popstate must not ask again
          window.history.back();
        } else {
          window.history.replaceState({ valgoIndex: 0 }, '', fallback);
          commit(fallback);
        }
      };
      if (!options.force && guard.current?.(go)) return;
      go();
    },
    [commit],
  );

  useEffect(() => {
    window.history.replaceState({ valgoIndex: historyIndex() }, '', committed.current);
    // Browser Back/Forward and typed addresses: hold them too when a screen has unsaved work.
    const onPop = () => {
      const next = currentHash();
      if (next === committed.current) return;
      const skip = skipGuard.current;
      skipGuard.current = false;
      const go = () => {
        window.history.replaceState({ valgoIndex: historyIndex() }, '', next);
        commit(next);
      };
      if (!skip && guard.current?.(go)) {
        window.history.replaceState({ valgoIndex: historyIndex() }, '', committed.current);
        return;
      }
      commit(next);
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('hashchange', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('hashchange', onPop);
    };
  }, [commit]);

  const setGuard = useCallback((next: Guard | null) => {
    guard.current = next;
  }, []);

  const value = useMemo(
    () => ({ route: parseHash(hash), hash, navigate, back, setGuard }),
    [hash, navigate, back, setGuard],
  );
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter() outside <RouterProvider>');
  return router;
}
