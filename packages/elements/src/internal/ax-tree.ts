/// <reference types="@vitest/browser-playwright" />
import { cdp } from 'vitest/browser';

/** A node of Chromium's accessibility tree: what a screen reader is given. */
export interface AxNode {
  readonly role: string;
  readonly name: string;
}

interface CdpAxNode {
  readonly ignored?: boolean;
  readonly role?: { readonly value?: string };
  readonly name?: { readonly value?: string };
}

interface CdpFrame {
  readonly frame: { readonly id: string; readonly url: string };
  readonly childFrames?: readonly CdpFrame[];
}

/**
 * The accessibility tree Chromium builds for this test's page (the test runs in a frame of the
 * runner's page, so the frame is looked up by its address), without ignored nodes. Test-only.
 */
export async function axNodes(): Promise<AxNode[]> {
  const { frameTree } = (await cdp().send('Page.getFrameTree')) as { frameTree: CdpFrame };
  const frames: CdpFrame[] = [frameTree];
  let frameId: string | undefined;
  for (let i = 0; i < frames.length && frameId === undefined; i += 1) {
    const frame = frames[i];
    if (frame?.frame.url === location.href) frameId = frame.frame.id;
    for (const child of frame?.childFrames ?? []) frames.push(child);
  }
  const { nodes } = (await cdp().send('Accessibility.getFullAXTree', frameId === undefined ? {} : { frameId })) as {
    nodes: readonly CdpAxNode[];
  };
  return nodes
    .filter((node) => !node.ignored)
    .map((node) => ({ role: node.role?.value ?? '', name: node.name?.value ?? '' }));
}
