import messages from '@generated/codeTranslations?group=tools.permissions';
import {addMessages} from './add-messages';

addMessages(messages);
