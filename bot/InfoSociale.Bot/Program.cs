using InfoSociale.Bot.Cli;

return await VerbTable.Build().Parse(args).InvokeAsync();
