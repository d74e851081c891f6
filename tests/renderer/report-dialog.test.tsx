import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import Button from '@mui/material/Button';
import { ReportDialog } from '../../renderer/components/ReportDialog';
import { FormPasswordField, PasswordField } from '../../renderer/forms';

/* The shared report dialog and password fields, on their own (the screens using them have their own tests). */

describe('ReportDialog', () => {
  it('is named by its title, its report can take the focus (to scroll by keyboard), and Close has it', async () => {
    const onClose = vi.fn();
    const user = userEvent.setup({ delay: null });
    render(
      <ReportDialog
        open
        title="Test restore"
        closeLabel="Close"
        onClose={onClose}
        actions={<Button>Open the folder</Button>}
      >
        <p>Integrity check: ok</p>
      </ReportDialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Test restore' });
    const report = within(dialog).getByText('Integrity check: ok').parentElement!;
    expect(report).toHaveClass('MuiDialogContent-root');
    expect(report).toHaveAttribute('tabindex', '0');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    // Extra actions come first, Close last.
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Open the folder', 'Close']);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows no content area while there is no report, and nothing when closed', async () => {
    const { rerender } = render(
      <ReportDialog open title="Test restore" closeLabel="Close" onClose={() => {}}>
        {null}
      </ReportDialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Test restore' });
    expect(dialog.querySelector('.MuiDialogContent-root')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeInTheDocument();
    rerender(
      <ReportDialog open={false} title="Test restore" closeLabel="Close" onClose={() => {}}>
        <p>Integrity check: ok</p>
      </ReportDialog>,
    );
    // After the closing transition.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByText('Integrity check: ok')).toBeNull();
  });
});

function AdminPassword() {
  const { control, setError } = useForm<{ password: string }>({ defaultValues: { password: '' } });
  return (
    <>
      <FormPasswordField
        control={control}
        name="password"
        label="Administrator's password"
        message={(key) => `said: ${key}`}
        autoComplete="new-password"
      />
      <Button onClick={() => setError('password', { message: 'tooShort' })}>Refuse</Button>
    </>
  );
}

describe('password fields', () => {
  it('hide what is typed and tell the browser whether the password is new or the current one', async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <>
        <PasswordField label="Password" value="" onChange={() => {}} autoComplete="current-password" />
        <AdminPassword />
      </>,
    );
    const current = screen.getByLabelText('Password');
    expect(current).toHaveAttribute('type', 'password');
    expect(current).toHaveAttribute('autocomplete', 'current-password');
    const fresh = screen.getByLabelText("Administrator's password");
    expect(fresh).toHaveAttribute('type', 'password');
    expect(fresh).toHaveAttribute('autocomplete', 'new-password');
    await user.type(fresh, 'secret words');
    expect(fresh).toHaveValue('secret words');
    // A refusal lands on the field, said by the form's own messages.
    await user.click(screen.getByRole('button', { name: 'Refuse' }));
    expect(fresh).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('said: tooShort')).toBeInTheDocument();
  });
});
