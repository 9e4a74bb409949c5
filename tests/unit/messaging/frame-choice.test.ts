import { describe, expect, it } from 'vitest';
import { frameRank, framesToRefresh, outrankingFrames, withReport, type FrameReport } from '@/messaging/frame-choice';

const top = (key: string, named = true): FrameReport => ({ frameId: 0, candidateKey: key, named });
const child = (frameId: number, key: string, named = true): FrameReport => ({ frameId, candidateKey: key, named });

describe('which frame draws the panel', () => {
  it('ranks a named frame over a nameless one, and the record frame over the shell', () => {
    expect(frameRank(child(3, 'b:1'))).toBeGreaterThan(frameRank(top('b:1')));
    expect(frameRank(top('b:1'))).toBeGreaterThan(frameRank(child(3, 'b:1', false)));
    expect(frameRank(top('b:1', false))).toBeLessThan(frameRank(child(3, 'b:1', false)));
  });

  it('the shell yields to a record frame showing the same candidate, never to one showing another', () => {
    const reports = [top('bullhorn:1'), child(4, 'bullhorn:1'), child(5, 'bullhorn:2')];
    expect(outrankingFrames(top('bullhorn:1'), reports)).toEqual([child(4, 'bullhorn:1')]);
    expect(outrankingFrames(child(4, 'bullhorn:1'), reports)).toEqual([]);
    expect(outrankingFrames(top('bullhorn:3'), reports)).toEqual([]);
  });

  it('a record frame asking "who is this?" yields to a shell that read the name', () => {
    expect(outrankingFrames(child(4, 'bullhorn:1', false), [top('bullhorn:1'), child(4, 'bullhorn:1', false)])).toEqual([top('bullhorn:1')]);
  });

  it('asks lower-ranked frames of the new and the previous candidate to report again', () => {
    // Frame 4 moved from b:1 to b:2: the shell showing b:2 must now yield.
    expect(framesToRefresh(child(4, 'b:1'), child(4, 'b:2'), [top('b:2'), child(4, 'b:2')])).toEqual([0]);
    // Frame 4 left b:1: the shell still on b:1 may draw again.
    expect(framesToRefresh(child(4, 'b:1'), null, [top('b:1')])).toEqual([0]);
  });

  it('an unchanged report refreshes nobody, so refreshes never bounce between frames', () => {
    expect(framesToRefresh(child(4, 'b:1'), child(4, 'b:1'), [top('b:1'), child(4, 'b:1')])).toEqual([]);
    expect(framesToRefresh(top('b:1'), top('b:1'), [top('b:1'), child(4, 'b:1')])).toEqual([]);
  });

  it('a shell reporting never refreshes the record frame that outranks it', () => {
    expect(framesToRefresh(null, top('b:1'), [top('b:1'), child(4, 'b:1')])).toEqual([]);
  });

  it('replaces or drops one frame’s report', () => {
    expect(withReport([top('a:1'), child(2, 'a:1')], 2, child(2, 'a:2'))).toEqual([top('a:1'), child(2, 'a:2')]);
    expect(withReport([top('a:1'), child(2, 'a:1')], 0, null)).toEqual([child(2, 'a:1')]);
  });
});
