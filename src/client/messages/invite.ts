import messages from '@generated/codeTranslations?group=tools.invite';
import {addMessages} from './add-messages';

addMessages(messages);
