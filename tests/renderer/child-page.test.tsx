import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeValgo } from './fake-api';
import { bornAgo, renderApp } from './render-app';

// Whole-app renders in jsdom are slow on a busy machine; the waits inside stay short.
describe('child page', { timeout: 20_000 }, () => {
  it('shows who the child is and how to call the family', async () => {
    const fake = new FakeValgo({
      children: [
        {
          firstName: 'Anna',
          lastName: 'Petrova',
          dateOfBirth: bornAgo(4, 2),
          sex: 'female',
          guardianName: 'Elena Petrova',
          guardianPhone: '+7 (912) 345-67-89',
        },
      ],
    });
    await renderApp('#/children/1', fake);
    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect(screen.getByText('4 years 2 months')).toBeInTheDocument();
    expect(screen.getByText('Girl')).toBeInTheDocument();
    expect(screen.getByText('Elena Petrova')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Call +7 (912) 345-67-89' })).toHaveAttribute('href', 'tel:+79123456789');
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', '#/children/1/edit');
  });

  it('says what to do when the child is not there', async () => {
    await renderApp('#/children/99');
    expect(await screen.findByText('This child’s details could not be opened.')).toBeInTheDocument();
    expect(screen.getByText(/go back to the list and search again/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All children' })).toBeInTheDocument();
  });
});
