using System.Text.Json;

namespace InfoSociale.Core.Dialogs;

// One entry of the dialog stack, as plain data: which dialog, and its own typed state as JSON.
public sealed record DialogInstance(string DialogId, JsonElement? State = null);
