namespace InfoSociale.Core.Assistant;

// Deployment choices the assistant needs: the territory of conversations that carry none, and how long
// a conversation's answers are kept (configuration InfoSociale:DefaultTerritory, InfoSociale:State:RetentionDays).
public sealed record AssistantSettings(string DefaultTerritory = "ge", int RetentionDays = 30);
