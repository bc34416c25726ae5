/**
 * prismjs grammar files extend whatever Prism they find on the global object, and prism-react-renderer keeps its own
 * Prism off it. Imported before the grammars (ES modules run in import order) so they extend the renderer's Prism;
 * languages.ts takes it off the global object again afterwards.
 */
import {Prism} from 'prism-react-renderer';

(globalThis as {Prism?: typeof Prism}).Prism = Prism;
