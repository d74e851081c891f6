import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLeaveGuard } from '../../components/LeaveGuard';

/*
 * The Settings screen holds several forms at once (clinic, working hours, closed days …) but the
 * router keeps one leave guard: each form reports whether it has unsaved changes here, and the
 * screen asks before leaving while any of them does.
 */
const DirtyContext = createContext<((section: string, dirty: boolean) => void) | null>(null);

export function DirtyRegistry({ children }: { children: ReactNode }) {
  const [dirty, setDirty] = useState<Record<string, boolean>>({});
  const report = useCallback(
    (section: string, value: boolean) =>
      setDirty((all) => (Boolean(all[section]) === value ? all : { ...all, [section]: value })),
    [],
  );
  const leaveDialog = useLeaveGuard(Object.values(dirty).some(Boolean));
  const value = useMemo(() => report, [report]);
  return (
    <DirtyContext.Provider value={value}>
      {children}
      {leaveDialog}
    </DirtyContext.Provider>
  );
}

/** Tells the screen whether this form has unsaved changes (nothing outside the registry). */
export function useReportDirty(section: string, dirty: boolean): void {
  const report = useContext(DirtyContext);
  useEffect(() => {
    report?.(section, dirty);
  }, [report, section, dirty]);
  useEffect(() => () => report?.(section, false), [report, section]);
}
