/**
 * Every test tier sees the browser's i18n answer in English, as the browsers
 * do at run time: the fake browser leaves `i18n` unimplemented.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { englishGetMessage } from './english-messages';

fakeBrowser.i18n.getMessage = englishGetMessage as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
