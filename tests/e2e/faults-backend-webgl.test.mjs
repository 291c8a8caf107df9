import { describeForcedBackend } from './faultHelpers.mjs';
import { useBrowser } from './helpers.mjs';

describeForcedBackend(useBrowser(), 'webgl');
