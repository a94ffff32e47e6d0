import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { Link } from '../../src/shared/link.tsx';

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function app(link: React.ReactNode) {
  return render(
    <MemoryRouter initialEntries={['/stories/a']}>
      <Routes>
        <Route
          path="*"
          element={
            <>
              {link}
              <Where />
            </>
          }
        />
      </Routes>
    </MemoryRouter>,
  );
}

describe("the app's Link", () => {
  it('is a real link to the address, with the props it is given', () => {
    app(
      <Link to="/compare/a/b" className="step-link" rel="next" aria-keyshortcuts="]">
        Next pair
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'Next pair' });
    expect(link.getAttribute('href')).toBe('/compare/a/b');
    expect(link.className).toBe('step-link');
    expect(link.getAttribute('rel')).toBe('next');
    expect(link.getAttribute('aria-keyshortcuts')).toBe(']');
  });

  it('navigates in the app on a plain click, and calls its own onClick first', () => {
    const onClick = vi.fn();
    app(
      <Link to="/articles/x" onClick={onClick}>
        Article
      </Link>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Article' }), { button: 0 });
    expect(onClick).toHaveBeenCalledOnce();
    expect(screen.getByTestId('where').textContent).toBe('/articles/x');
  });

  it('leaves a modified click (new tab) and a prevented one to the browser', () => {
    app(
      <>
        <Link to="/articles/x" onClick={(e) => e.preventDefault()}>
          Prevented
        </Link>
        <Link to="/articles/y">New tab</Link>
      </>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Prevented' }), { button: 0 });
    expect(screen.getByTestId('where').textContent).toBe('/stories/a');
    fireEvent.click(screen.getByRole('link', { name: 'New tab' }), { button: 0, ctrlKey: true });
    expect(screen.getByTestId('where').textContent).toBe('/stories/a');
  });

  it('resolves a relative address against the current one', () => {
    app(<Link to="../b">Sibling</Link>);
    expect(screen.getByRole('link', { name: 'Sibling' }).getAttribute('href')).toBe('/b');
  });
});
