import { registerBackgroundHandlers } from '@/messaging/background-handlers';
import { registerCommands } from '@/messaging/commands';
import { registerContentStart } from '@/messaging/content-start';
import { registerCustomHostScripts } from '@/messaging/custom-host-scripts';
import { registerOnboarding } from '@/messaging/onboarding';
import { registerPanelStrings } from '@/messaging/panel-strings';
import { registerReminders } from '@/messaging/reminders';
import { registerRetentionAlarm } from '@/storage/retention';

export default defineBackground(() => {
  registerBackgroundHandlers();
  registerContentStart();
  registerCustomHostScripts();
  registerReminders();
  registerCommands();
  registerOnboarding();
  registerPanelStrings();
  registerRetentionAlarm();
  // The toolbar icon opens the popup; the side panel opens from the popup or the in-page panel.
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome?.sidePanel;
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
});
