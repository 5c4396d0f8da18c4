/**
 * The optional signal at the last minute (a short tone and a vibration), chosen per device and kept in
 * localStorage. The tone is made by the Web Audio API: no sound file, nothing from the network.
 */
const KEY = 'kring.room.signal';

export function signalWanted(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function setSignalWanted(on: boolean): void {
  try {
    if (on) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // Private mode without storage: the choice lasts as long as the page.
  }
}

/** Plays the signal when this device asked for it; silently nothing where the browser cannot. */
export function lastMinuteSignal(): void {
  if (!signalWanted()) return;
  navigator.vibrate?.([200, 100, 200]);
  const Audio = window.AudioContext as typeof AudioContext | undefined;
  if (!Audio) return;
  try {
    const audio = new Audio();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 660;
    gain.gain.setValueAtTime(0.2, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.6);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.6);
    tone.onended = () => void audio.close();
  } catch {
    // No audio device: the visible warning remains.
  }
}
