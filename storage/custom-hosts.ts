/**
 * The recruiter's own ATS hosts, kept in settings (`customHosts`). Only the
 * list lives here; asking for the host permission happens in the options
 * page's click handler (browsers only allow it inside a user gesture), and
 * the background registers the content script for granted hosts.
 */
import { loadSettings, updateSettings } from './settings';

export async function addCustomHost(host: string): Promise<string[]> {
  const { customHosts } = await loadSettings();
  if (customHosts.includes(host)) return customHosts;
  return (await updateSettings({ customHosts: [...customHosts, host] })).customHosts;
}

export async function removeCustomHost(host: string): Promise<string[]> {
  const { customHosts } = await loadSettings();
  return (await updateSettings({ customHosts: customHosts.filter((h) => h !== host) })).customHosts;
}
