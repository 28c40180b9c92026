// Read-aloud through the server (/api/speech, espeak-ng): kiosk Linux often has no speechSynthesis voice.
// Speaks a list of parts, each in its own language (French answers, labels in the language shown). One voice at a
// time; the app stops it on any touch.
let current = null;
let generation = 0;
let speaking = false;

export function isSpeaking() {
  return speaking;
}

export async function speak(parts, onEnd) {
  stop();
  const mine = ++generation;
  speaking = true;
  try {
    for (const part of parts) {
      for (const chunk of split(part.text)) {
        if (mine !== generation) return;
        const response = await fetch('/api/speech', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ text: chunk, language: part.language }),
        });
        if (!response.ok || mine !== generation) return;
        await play(await response.blob());
      }
    }
  } catch {
    // No sound or no server: the text stays on screen.
  } finally {
    if (mine === generation) {
      speaking = false;
      if (onEnd) onEnd();
    }
  }
}

export function stop() {
  generation++;
  speaking = false;
  if (current) {
    current.pause();
    current = null;
  }
}

async function play(blob) {
  const url = URL.createObjectURL(blob);
  const audio = new Audio(url);
  current = audio;
  try {
    await audio.play();
    await new Promise((resolve) => {
      audio.addEventListener('ended', resolve, { once: true });
      audio.addEventListener('pause', resolve, { once: true });
      audio.addEventListener('error', resolve, { once: true });
    });
  } finally {
    URL.revokeObjectURL(url);
    if (current === audio) current = null;
  }
}

// The server reads at most 600 characters at once: cut at sentence ends.
function split(text) {
  const sentences = text.replace(/\s+/g, ' ').trim().match(/[^.!?…]+[.!?…]*/g) || [];
  const chunks = [];
  let chunk = '';
  for (const sentence of sentences) {
    if ((chunk + sentence).length > 500 && chunk) {
      chunks.push(chunk.trim());
      chunk = '';
    }
    chunk += sentence.slice(0, 500);
  }
  if (chunk.trim()) chunks.push(chunk.trim());
  return chunks.filter((c) => /\p{L}/u.test(c));
}
