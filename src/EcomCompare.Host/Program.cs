using EcomCompare.Host;

var app = EcomCompareServer.Create(args);
app.Run();
