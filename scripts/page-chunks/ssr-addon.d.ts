// The lookup Docusaurus renders pages with (a dependency of @docusaurus/core); the tests check the manifest against it.
declare module 'react-loadable-ssr-addon-v5-slorber/lib/getBundles.js' {
  import type {ClientManifest} from './manifest';

  interface Bundle {
    readonly file: string;
  }
  export default function getBundles(
    manifest: ClientManifest,
    modules: readonly string[],
  ): {readonly js?: readonly Bundle[]; readonly css?: readonly Bundle[]};
}
