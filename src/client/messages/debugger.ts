import messages from '@generated/codeTranslations?group=tools.debugger';
import {addMessages} from './add-messages';

addMessages(messages);
