// Where Chromium lives: $CHROMIUM_PATH, else the Debian package's binary.
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error('Chromium not found. Run `bash scripts/ensure-chromium.sh` or set CHROMIUM_PATH.');
  return found;
}
