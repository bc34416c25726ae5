/**
 * The Prism grammars the site ships, the only ones (scripts/prism-slim/loader.cjs drops those bundled in
 * prism-react-renderer). The language names they answer to are in language-names.ts; a page or snippet in another
 * language would render as plain text, and scripts/prism-slim/loader.test.ts fails when one appears.
 */
import './global-prism';
import 'prismjs/components/prism-clike';
import 'prismjs/components/prism-javascript';
// prism-react-renderer's own JavaScript included these extras (console, arrow functions, module keywords).
import 'prismjs/components/prism-js-extras';
import 'prismjs/components/prism-python';
import 'prismjs/components/prism-bash';
import 'prismjs/components/prism-csharp';
import {Prism} from 'prism-react-renderer';

delete (globalThis as {Prism?: typeof Prism}).Prism;
