import messages from '@generated/codeTranslations?group=tools.intents';
import {addMessages} from './add-messages';

addMessages(messages);
