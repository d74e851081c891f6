import { useFormState, useWatch, type Control } from 'react-hook-form';
import type { PatientInput } from '../../../shared/contract';
import { formatPhone, toE164 } from '../../../shared/phone';
import { useT } from '../../i18n';
import { contactMissing, guardianPath, type FormValues } from './form-values';
import { TextInput } from './TextInput';

interface Props {
  control: Control<FormValues, unknown, PatientInput>;
  index: number;
  message(key: string): string;
  /** The clinic's country: how a number without "+" is read. */
  country: string;
}

/**
 * A guardian's phone, kept as typed; under it, how the number reads in the clinic's country
 * ("Reads as +44 7700 900123"), which catches a missing country code before main refuses it.
 */
export function PhoneField(props: Props) {
  return props.index === 0 ? <MainContactPhone {...props} /> : <Phone {...props} />;
}

function Phone({ control, index, message, country, errorKey }: Props & { errorKey?: string | null | undefined }) {
  const t = useT();
  const phone = useWatch({ control, name: guardianPath(index, 'phone') }).trim();
  const e164 = phone ? toE164(phone, country) : null;
  return (
    <TextInput
      control={control}
      name={guardianPath(index, 'phone')}
      label={t('field.phone')}
      message={message}
      hint={e164 ? t('patients.phoneReadsAs', { phone: formatPhone({ phone, phoneE164: e164 }, country) }) : undefined}
      errorKey={errorKey}
      extra={{ type: 'tel', slotProps: { htmlInput: { inputMode: 'tel' } } }}
    />
  );
}

/**
 * The main contact's phone also says when no guardian can be reached (no phone or email for
 * anyone): from the first Save, or once this phone and email were both left blank; gone as soon
 * as any guardian has one. Only this field watches every guardian, so typing elsewhere stays cheap.
 */
function MainContactPhone(props: Props) {
  const { control } = props;
  const guardians = useWatch({ control, name: 'guardians' });
  const { isSubmitted, touchedFields, errors } = useFormState({ control });
  const missing = contactMissing(guardians);
  const touched = touchedFields.guardians?.[0];
  const own = errors.guardians?.[0]?.phone?.message;
  const list = errors.guardians?.message ?? errors.guardians?.root?.message;
  const errorKey =
    own !== undefined && own !== 'contactRequired'
      ? undefined
      : missing && (isSubmitted || (touched?.phone && touched.email))
        ? 'contactRequired'
        : (list ?? (own ? null : undefined));
  return <Phone {...props} errorKey={errorKey} />;
}
