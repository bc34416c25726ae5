import {startTransition, useEffect, useState, type ReactNode} from 'react';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';

/*
 * Docusaurus' phone menu, drawn in the background. The stock component draws the whole menu (every navbar item and
 * the doc sidebar's every category) as soon as hydration finds a narrow window, inside the one synchronous re-render
 * that follows hydration, so on a phone every page paid for a menu nobody had opened yet. Here the menu is first
 * drawn in a transition, which React renders in small tasks the browser can interrupt, or at once if the reader
 * opens it before that.
 */
export default function NavbarMobileSidebarInBackground(): ReactNode {
  const {shouldRender, shown} = useNavbarMobileSidebar();
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (shouldRender) startTransition(() => setDrawn(true));
  }, [shouldRender]);
  return drawn || shown ? <NavbarMobileSidebar /> : null;
}
