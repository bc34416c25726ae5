import {useCallback, useLayoutEffect, useRef} from 'react';

/**
 * The toggle handler of a picker's rows. Rows get one callback for their whole life, so their memo holds and a
 * toggle re-renders one row; the callback reads the latest value through a ref. Bits no row describes are kept.
 */
export function useFlagToggle(
  value: bigint,
  onChange: (value: bigint) => void,
): (flag: {readonly value: bigint}, checked: boolean) => void {
  const latest = useRef({value, onChange});
  useLayoutEffect(() => {
    latest.current = {value, onChange};
  });
  return useCallback((flag: {readonly value: bigint}, checked: boolean) => {
    const {value: current, onChange: emit} = latest.current;
    emit(checked ? current | flag.value : current & ~flag.value);
  }, []);
}
