import { CONTENT_MATCHES } from '@/sites/host-patterns';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  main() {},
});
