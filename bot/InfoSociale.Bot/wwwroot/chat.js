// The website chat: Microsoft Web Chat on our own Direct Line. `?territory=paris` picks the territory,
// `?transport=polling` uses HTTP polling instead of the WebSocket. A reload resumes the same conversation.
'use strict';

(function () {
  const params = new URLSearchParams(window.location.search);
  const territory = params.get('territory') || '';
  const useWebSocket = params.get('transport') !== 'polling';
  const storageKey = 'infosociale.chat.' + (territory || 'default');
  const domain = new URL('v3/directline', window.location.href).href;
  const tokenUrl = new URL('api/directline/token', window.location.href).href;

  const styleOptions = {
    accent: '#1d4f91',
    primaryFont: '"Segoe UI", "Helvetica Neue", Arial, sans-serif',
    subtle: '#4a4a4a',
    timestampColor: '#4a4a4a',
    bubbleBackground: '#ffffff',
    bubbleBorderColor: '#c9ced6',
    bubbleBorderWidth: 1,
    bubbleBorderRadius: 6,
    bubbleFromUserBackground: '#e6edf7',
    bubbleFromUserBorderColor: '#c9ced6',
    bubbleFromUserBorderWidth: 1,
    bubbleFromUserBorderRadius: 6,
    botAvatarInitials: 'IS',
    sendBoxButtonColor: '#1d4f91',
    suggestedActionLayout: 'flow',
    suggestedActionBorderRadius: 6,
    hideUploadButton: true,
  };

  function showProblem(text) {
    const problem = document.getElementById('chat-problem');
    problem.textContent = text;
    problem.hidden = false;
  }

  function loadSession() {
    try { return JSON.parse(window.sessionStorage.getItem(storageKey)); } catch { return null; }
  }

  function saveSession(session) {
    window.sessionStorage.setItem(storageKey, JSON.stringify(session));
  }

  async function postJson(url, token, body) {
    const headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    const response = await fetch(url, { method: 'POST', headers, body: body ? JSON.stringify(body) : undefined });
    if (!response.ok) throw new Error('HTTP ' + response.status);
    return response.json();
  }

  // The saved token may be close to expiry: refresh it; a refused one means a new conversation.
  async function resume(saved) {
    if (!saved || !saved.token || !saved.conversationId) return null;
    try {
      const fresh = await postJson(domain + '/tokens/refresh', saved.token);
      return { conversationId: fresh.conversationId, token: fresh.token, resumed: true };
    } catch {
      return null;
    }
  }

  async function begin() {
    const body = territory ? { territory, locale: 'fr-FR' } : { locale: 'fr-FR' };
    const fresh = await postJson(tokenUrl, null, body);
    return { conversationId: fresh.conversationId, token: fresh.token, resumed: false };
  }

  async function start() {
    const session = (await resume(loadSession())) || (await begin());
    saveSession({ conversationId: session.conversationId, token: session.token });

    // Resuming replays the conversation from its start, so the resident sees the whole transcript again.
    const directLine = window.WebChat.createDirectLine({
      domain,
      token: session.token,
      conversationId: session.resumed ? session.conversationId : undefined,
      webSocket: useWebSocket,
      pollingInterval: 1000,
      conversationStartProperties: { locale: 'fr-FR' },
    });
    // DirectLineJS refreshes its token every 15 minutes; keep the newest for the next reload.
    window.addEventListener('pagehide', () => {
      if (directLine.token) saveSession({ conversationId: session.conversationId, token: directLine.token });
    });

    window.WebChat.renderWebChat(
      {
        directLine,
        locale: 'fr-FR',
        styleOptions,
        overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: 'Écrivez votre question ici' },
      },
      document.getElementById('webchat')
    );
  }

  if (!window.WebChat) {
    showProblem("Le chat n'a pas pu se charger. Rechargez la page dans quelques instants.");
    return;
  }
  start().catch(() => showProblem("Le chat n'a pas pu démarrer. Vérifiez votre connexion, puis rechargez la page."));
})();
