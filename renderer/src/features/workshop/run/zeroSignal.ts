/**
 * The sound at zero: three short beeps made with WebAudio (no audio file to ship or load).
 * Browsers only let a page make sound after a user gesture, so the runner calls `primeAudio`
 * from the Start/Resume click or key; the beep later reuses that unlocked context.
 */
let context: AudioContext | null = null;

function audioContext(): AudioContext | null {
  if (context) return context;
  const Ctor = window.AudioContext as typeof AudioContext | undefined;
  if (!Ctor) return null;
  try {
    context = new Ctor();
  } catch {
    return null;
  }
  return context;
}

/** Call from a user gesture so a later beep is allowed. Harmless when audio is unavailable. */
export function primeAudio(): void {
  const audio = audioContext();
  if (audio?.state === 'suspended') void audio.resume().catch(() => undefined);
}

/** Three 880 Hz beeps, 150 ms each: short, clearly audible, not alarming. */
export function playZeroSignal(): void {
  const audio = audioContext();
  if (!audio) return;
  if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
  const start = audio.currentTime + 0.02;
  for (let beep = 0; beep < 3; beep += 1) {
    const at = start + beep * 0.25;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = 880;
    // A quick ramp up and down avoids the click of a hard start/stop.
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.35, at + 0.01);
    gain.gain.setValueAtTime(0.35, at + 0.14);
    gain.gain.linearRampToValueAtTime(0, at + 0.15);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.16);
  }
}
