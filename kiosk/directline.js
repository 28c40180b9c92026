// A small Direct Line 3.0 client for the kiosk: a kiosk token for the site, the conversation's WebSocket stream,
// posting messages, and endOfConversation. Written here because Web Chat's bundle (2 MB) would not fit the first
// screen's 300 KB budget, and the kiosk draws its own tiles instead of a chat log.
const USER = { id: 'kiosk-resident' };

export class DirectLine {
  constructor(site, onActivities, onConnection) {
    this.site = site;
    this.onActivities = onActivities;
    this.onConnection = onConnection;
    this.conversationId = null;
    this.token = null;
    this.watermark = null;
    this.socket = null;
    this.closed = false;
  }

  async start() {
    const issued = await postJson('/api/kiosk/token', null, { site: this.site });
    this.token = issued.token;
    const started = await postJson('/v3/directline/conversations', this.token, { locale: 'fr-FR' });
    this.conversationId = started.conversationId;
    this.token = started.token;
    this.open(started.streamUrl);
  }

  // After a lost connection: a fresh stream address from where the page stopped reading.
  async resume() {
    const query = this.watermark ? '?watermark=' + encodeURIComponent(this.watermark) : '';
    const response = await fetch(`/v3/directline/conversations/${this.conversationId}${query}`, {
      headers: { Authorization: 'Bearer ' + this.token },
    });
    if (!response.ok) throw new Error('HTTP ' + response.status);
    const resumed = await response.json();
    this.token = resumed.token;
    this.open(resumed.streamUrl);
  }

  open(streamUrl) {
    const socket = new WebSocket(streamUrl);
    this.socket = socket;
    socket.addEventListener('open', () => this.onConnection(true));
    socket.addEventListener('message', (event) => {
      if (!event.data) return;
      const set = JSON.parse(event.data);
      if (set.watermark) this.watermark = set.watermark;
      const fromBot = (set.activities || []).filter((a) => a.from && a.from.role === 'bot');
      if (fromBot.length > 0) this.onActivities(fromBot);
    });
    socket.addEventListener('close', () => {
      if (this.socket === socket && !this.closed) this.onConnection(false);
    });
  }

  send(text, value) {
    const activity = { type: 'message', from: USER, text, locale: 'fr-FR', textFormat: 'plain' };
    if (value !== undefined) activity.value = value;
    return this.post(activity);
  }

  post(activity) {
    return postJson(`/v3/directline/conversations/${this.conversationId}/activities`, this.token, activity);
  }

  // The assistant forgets what the resident said (existing behaviour of endOfConversation); the stream closes.
  async end() {
    this.closed = true;
    const socket = this.socket;
    this.socket = null;
    try {
      if (this.conversationId) await this.post({ type: 'endOfConversation', from: USER, code: 'completedSuccessfully' });
    } finally {
      if (socket) socket.close();
    }
  }
}

async function postJson(url, token, body) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error('HTTP ' + response.status);
  return response.json();
}
