// @vitest-environment happy-dom
import {useState, type ReactNode} from 'react';
import {act, fireEvent, render, renderHook, screen} from '@testing-library/react';
import {describe, expect, it, vi} from 'vitest';
import type {Locale} from '@site/src/discord/locale';
import {setTestUrl, testParam, testSearch} from '@site/tests/unit/test-url';

// The real LibraryCode needs Docusaurus' theme (Tabs, CodeBlock); the snippets as one line each are enough here.
vi.mock('@site/src/components/LibraryCode', () => ({
  default: ({snippets}: {snippets: readonly {code: string}[]}): string => snippets.map((s) => s.code).join(' '),
}));

// The reader's language, switched per test (the Docusaurus context stand-in is always English).
const site = vi.hoisted(() => ({locale: 'en' as Locale}));
vi.mock('@site/src/hooks/useSiteLocale', () => ({useSiteLocale: () => site.locale}));

const {CodeTabs} = await import('./CodeTabs');
const {IntegerPanel} = await import('./IntegerPanel');
const {BadgeLegend, FlagGroup} = await import('./Picker');
const {Section} = await import('./Layout');
const {flagParamValue, useFlagParam} = await import('./useFlagParam');
const {useFlagToggle} = await import('./useFlagToggle');

const STRINGS = {
  field: 'Flags integer',
  hint: 'Any notation',
  decimal: 'Decimal',
  hex: 'Hex',
  unknownBits: (bits: string) => `Bit ${bits} is unknown.|Bits ${bits} are unknown.`,
  copyInteger: 'Copy integer',
  copyLink: 'Copy share link',
};

function panelState(value: bigint) {
  return {value, text: value.toString(), error: null, setText: vi.fn(), settleText: vi.fn()};
}

describe('IntegerPanel', () => {
  it('shows the value both ways and names the bits no flag uses, in the right plural', () => {
    const {rerender} = render(
      <IntegerPanel state={panelState(0b1010n)} knownBits={0b0011n} strings={STRINGS} shareParam="flags" />,
    );
    expect(screen.getByText('10')).toBeDefined();
    expect(screen.getByText('0xa')).toBeDefined();
    expect(screen.getByText('Bit 3 is unknown.')).toBeDefined();
    rerender(<IntegerPanel state={panelState(0b1110n)} knownBits={0b0011n} strings={STRINGS} shareParam="flags" />);
    expect(screen.getByText('Bits 2, 3 are unknown.')).toBeDefined();
    rerender(<IntegerPanel state={panelState(0b11n)} knownBits={0b0011n} strings={STRINGS} shareParam="flags" />);
    expect(screen.queryByText(/unknown/)).toBeNull();
  });

  it('copies the integer, and a link to this page that carries it in its parameter', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(async () => {});
    Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
    render(<IntegerPanel state={panelState(40n)} knownBits={~0n} strings={STRINGS} shareParam="flags" />);
    await act(async () => fireEvent.click(screen.getByRole('button', {name: 'Copy integer'})));
    expect(writeText).toHaveBeenLastCalledWith('40');
    await act(async () => fireEvent.click(screen.getByRole('button', {name: 'Copy share link'})));
    const link = new URL(String(writeText.mock.lastCall?.[0]));
    expect(link.searchParams.get('flags')).toBe('40');
  });

  it('has no copy or share buttons without a parameter to share (the compact calculator)', () => {
    render(<IntegerPanel state={panelState(8n)} knownBits={~0n} strings={STRINGS} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('textbox', {name: 'Flags integer'})).toBeDefined();
  });
});

describe('useFlagToggle', () => {
  it('flips one flag against the latest value, keeps other bits, and never changes identity', () => {
    const onChange = vi.fn();
    const {result, rerender} = renderHook(({value}: {value: bigint}) => useFlagToggle(value, onChange), {
      initialProps: {value: 0b1000_0001n},
    });
    const first = result.current;
    act(() => result.current({value: 0b10n}, true));
    expect(onChange).toHaveBeenLastCalledWith(0b1000_0011n);
    rerender({value: 0b1000_0011n});
    expect(result.current).toBe(first);
    act(() => result.current({value: 0b1n}, false));
    expect(onChange).toHaveBeenLastCalledWith(0b1000_0010n);
  });
});

describe('useFlagParam', () => {
  it('keeps the set in its URL parameter, and 0 out of the URL', () => {
    expect(flagParamValue(0n)).toBeNull();
    expect(flagParamValue(1n << 40n)).toBe('1099511627776');
    const {result} = renderHook(() => useFlagParam('flags'));
    act(() => result.current.setValue(40n));
    expect(testParam('flags')).toBe('40');
    expect(result.current.text).toBe('40');
    act(() => result.current.setValue(0n));
    expect(testSearch()).toBe('');
  });

  it('moves the set with valid text, keeps invalid text with its error, and settles valid text to decimal', () => {
    setTestUrl('/?flags=8');
    const {result} = renderHook(() => useFlagParam('flags'));
    expect(result.current.value).toBe(8n);
    act(() => result.current.setText('0x20'));
    expect(testParam('flags')).toBe('32');
    expect(result.current.text).toBe('0x20');
    act(() => result.current.settleText());
    expect(result.current.text).toBe('32');
    act(() => result.current.setText('0x2g'));
    expect(result.current.error?.code).toBe('bad-hex');
    expect(result.current.value).toBe(32n);
    act(() => result.current.settleText());
    expect(result.current.text).toBe('0x2g');
  });

  it('writes several parameters at once and drops the draft', () => {
    const {result} = renderHook(() => useFlagParam('flags'));
    act(() => result.current.setText('1 <<'));
    act(() => result.current.replace({flags: '3', other: 'x'}));
    expect(testSearch()).toBe('?flags=3&other=x');
    expect(result.current.text).toBe('3');
    expect(result.current.error).toBeNull();
  });
});

describe('CodeTabs', () => {
  it('loads its writer near the screen, then writes the value once per library, and not again while it stands still', async () => {
    const snippet = vi.fn((library: string, value: bigint) => `${library}:${value}`);
    const load = vi.fn(() => Promise.resolve(snippet));
    function Harness(): ReactNode {
      const [value, setValue] = useState(1n);
      const [, setOther] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setValue((v) => v + 1n)}>
            next
          </button>
          <button type="button" onClick={() => setOther((n) => n + 1)}>
            unrelated
          </button>
          <CodeTabs value={value} load={load} />
        </>
      );
    }
    render(<Harness />);
    expect(await screen.findByText(/discord-js:1/)).toBeDefined();
    expect(load).toHaveBeenCalledTimes(1);
    expect(snippet).toHaveBeenCalledWith('discord-net', 1n, 'en');
    const calls = snippet.mock.calls.length;
    fireEvent.click(screen.getByRole('button', {name: 'unrelated'}));
    expect(snippet.mock.calls.length).toBe(calls);
    fireEvent.click(screen.getByRole('button', {name: 'next'}));
    expect(await screen.findByText(/discord-py:2 nextcord:2/)).toBeDefined();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("gives the writer the reader's language", async () => {
    site.locale = 'th';
    try {
      const write = vi.fn((library: string, value: bigint, locale: Locale) => `${library}:${value}:${locale}`);
      const load = () => Promise.resolve(write);
      render(<CodeTabs value={3n} load={load} />);
      expect(await screen.findByText('discord-py:3:th nextcord:3:th discord-js:3:th discord-net:3:th')).toBeDefined();
    } finally {
      site.locale = 'en';
    }
  });

  it('says so, with a reload button, when its code cannot be downloaded', async () => {
    const load = () => Promise.reject(new Error('ChunkLoadError'));
    render(<CodeTabs value={1n} load={load} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('could not be loaded');
    expect(screen.getByRole('button', {name: 'Reload the page'})).toBeDefined();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('loads nothing while it is far from the screen', async () => {
    const observed: Element[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe(target: Element) {
          observed.push(target);
        }
        disconnect() {}
      },
    );
    try {
      const load = vi.fn(() => Promise.resolve((library: string, value: bigint) => `${library}:${value}`));
      render(<CodeTabs value={1n} load={load} />);
      await act(async () => {
        await Promise.resolve();
      });
      expect(observed).toHaveLength(1);
      expect(load).not.toHaveBeenCalled();
      expect(screen.queryByText(/discord-js/)).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('ResultBar', () => {
  it('shows the number and a copy button only while the integer panel is off screen', async () => {
    const {ResultBar} = await import('./ResultBar');
    const {rerender} = render(
      <ResultBar shown={false} value={2048n} strings={{field: 'Flags integer', copyInteger: 'Copy'}} />,
    );
    // Hidden: out of the accessibility tree and its button can't be pressed.
    expect(screen.queryByRole('button', {name: 'Copy'})).toBeNull();
    rerender(<ResultBar shown value={2048n} strings={{field: 'Flags integer', copyInteger: 'Copy'}} />);
    expect(screen.getByRole('status', {name: 'Flags integer'}).textContent).toBe('2048');
    expect(screen.getByRole('button', {name: 'Copy'})).toHaveProperty('disabled', false);
  });
});

type ReportEntries = (entries: {isIntersecting: boolean}[]) => void;

/** Puts a stand-in IntersectionObserver on the global object; `report` plays the browser's callback. */
function stubIntersectionObserver(): {report: ReportEntries; disconnect: ReturnType<typeof vi.fn>} {
  let callback: ReportEntries | undefined;
  const disconnect = vi.fn();
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(observed: ReportEntries) {
        callback = observed;
      }
      observe() {}
      disconnect = disconnect;
    },
  );
  return {report: (entries) => act(() => callback?.(entries)), disconnect};
}

describe('useInView', () => {
  it('assumes in view until an observer says otherwise, then follows it', async () => {
    const {useInView} = await import('./useInView');
    const {report, disconnect} = stubIntersectionObserver();
    try {
      function Probe(): ReactNode {
        const [ref, inView] = useInView<HTMLDivElement>();
        return <div ref={ref}>{inView ? 'in view' : 'away'}</div>;
      }
      const {unmount} = render(<Probe />);
      expect(screen.getByText('in view')).toBeDefined();
      report([{isIntersecting: false}]);
      expect(screen.getByText('away')).toBeDefined();
      unmount();
      expect(disconnect).toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('useNearView', () => {
  function Probe({hook}: {hook: typeof import('./useInView').useNearView}): ReactNode {
    const [ref, near] = hook<HTMLDivElement>();
    return <div ref={ref}>{near ? 'near' : 'far'}</div>;
  }

  it('is far until an observer reports the element near, then stays near and stops watching', async () => {
    const {useNearView} = await import('./useInView');
    const {report, disconnect} = stubIntersectionObserver();
    try {
      render(<Probe hook={useNearView} />);
      expect(screen.getByText('far')).toBeDefined();
      report([{isIntersecting: false}]);
      expect(screen.getByText('far')).toBeDefined();
      report([{isIntersecting: true}]);
      expect(screen.getByText('near')).toBeDefined();
      expect(disconnect).toHaveBeenCalled();
      report([{isIntersecting: false}]);
      expect(screen.getByText('near')).toBeDefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('is near once mounted in a browser without IntersectionObserver', async () => {
    const {useNearView} = await import('./useInView');
    vi.stubGlobal('IntersectionObserver', undefined);
    try {
      render(<Probe hook={useNearView} />);
      expect(screen.getByText('near')).toBeDefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('FlagGroup', () => {
  it('tells the stylesheet how many rows it holds, hidden ones included, so an undrawn group keeps a fitting height', () => {
    const {container} = render(
      <FlagGroup legend="Group">
        {['a', 'b', 'c'].map((key) => (
          <li key={key} hidden={key === 'b'}>
            {key}
          </li>
        ))}
      </FlagGroup>,
    );
    const group = container.querySelector('fieldset');
    expect(group?.style.getPropertyValue('--flag-group-rows')).toBe('3');
    expect(group?.querySelectorAll('li')).toHaveLength(3);
  });
});

describe('BadgeLegend', () => {
  it('tells the stylesheet how many entries it holds, which sizes it while undrawn on a phone', () => {
    const entries = ['a', 'b'].map((key) => ({key, term: key, description: `${key} means ${key}`}));
    const {container} = render(<BadgeLegend entries={entries} />);
    const legend = container.querySelector('dl');
    expect(legend?.style.getPropertyValue('--legend-entries')).toBe('2');
    expect(screen.getByText('b means b').tagName).toBe('DD');
  });
});

describe('Section', () => {
  it('is a region named by its heading, drawn at once unless it says it starts below a phone screen', () => {
    render(
      <>
        <Section title="Shown">first</Section>
        <Section title="Later" belowPhoneFoldRem={21}>
          second
        </Section>
      </>,
    );
    const shown = screen.getByRole('region', {name: 'Shown'});
    const later = screen.getByRole('region', {name: 'Later'});
    expect(shown.getAttribute('style')).toBeNull();
    expect(later.style.getPropertyValue('--section-estimate')).toBe('21rem');
    expect(later.className).not.toBe(shown.className);
    expect(later.textContent).toContain('second');
  });
});
