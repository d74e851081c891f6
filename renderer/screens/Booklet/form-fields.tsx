import { useCallback } from 'react';
import { useController, useFormContext, type FieldPathByValue } from 'react-hook-form';
import { EMPTY_STEP, type BookletValues, type StepValues } from './booklet-values';
import { NumberField } from './fields';

/*
 * The booklet form's fields read and write react-hook-form's store (BookletEditor's useForm, shared
 * through FormProvider): typing re-renders the field being typed in, not the editor, its plan panel
 * or the preview beside it (tests/bench/preview-ui.bench.ts times an edit to the preview's first page).
 */

export type TextPath = FieldPathByValue<BookletValues, string>;

/** The form of the booklet being prepared. */
export const useBookletForm = () => useFormContext<BookletValues>();

/** Changes one step (library or custom): only its row follows. */
export function useUpdateStep(): (id: string, patch: Partial<StepValues>) => void {
  const { getValues, setValue } = useBookletForm();
  return useCallback(
    (id, patch) => {
      const current = getValues(`steps.${id}`) as StepValues | undefined;
      setValue(`steps.${id}`, { ...EMPTY_STEP, ...current, ...patch }, { shouldDirty: true });
    },
    [getValues, setValue],
  );
}

/** A number field of the form ('' = the default, shown as `placeholder` while empty). */
export function FormNumberField(props: {
  name: TextPath;
  label: string;
  unit?: string;
  /** The default the plan uses while the field is empty. */
  placeholder?: string;
  /** Shown under the empty field ("Default for the age"). */
  helperWhenEmpty?: string;
  helper?: string;
  error?: string;
  width?: number | string;
}) {
  const { name, placeholder, helperWhenEmpty, helper, ...rest } = props;
  const { control } = useBookletForm();
  const { field } = useController({ control, name });
  const empty = field.value === '';
  return (
    <NumberField
      {...rest}
      value={field.value}
      onChange={field.onChange}
      placeholder={empty ? placeholder : undefined}
      helper={helper ?? (empty ? helperWhenEmpty : undefined)}
    />
  );
}
