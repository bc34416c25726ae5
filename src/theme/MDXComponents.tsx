import MDXComponents from '@theme-original/MDXComponents';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import StepDone from '@site/src/components/StepDone';
import TutorialProgress from '@site/src/components/TutorialProgress';

// Wrapped, not ejected. Only the small widgets every tutorial page uses are global; the tools are imported by
// the pages that embed them, so their code ships with those pages only, not with every docs page.
export default {
  ...MDXComponents,
  Tabs,
  TabItem,
  StepDone,
  TutorialProgress,
};
