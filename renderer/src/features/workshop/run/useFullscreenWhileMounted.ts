import { useEffect, useEffectEvent } from 'react';

/**
 * Asks for full screen while the presentation is shown (the browser or Electron may refuse:
 * the overlay alone still hides the chrome) and leaves it afterwards. When the user leaves
 * full screen by the browser's own means (Esc is taken by the browser in full screen), the
 * presentation closes too, so the two never disagree.
 */
export function useFullscreenWhileMounted(onExitedByUser: () => void): void {
  const exited = useEffectEvent(onExitedByUser);
  useEffect(() => {
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) exited();
    };
    document.addEventListener('fullscreenchange', onChange);
    try {
      void document.documentElement.requestFullscreen?.()?.catch(() => undefined);
    } catch {
      // Not allowed here (no user gesture, policy): the overlay works without it.
    }
    // The page under the overlay must not scroll or show scroll bars.
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      document.body.style.overflow = overflow;
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);
}
