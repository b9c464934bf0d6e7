using EcomCompare.Access.Users;

namespace EcomCompare.Cli;

/// <summary>
/// <c>ecomcompare users add NAME [--role viewer|editor] | role NAME viewer|editor | remove NAME | list [--users FILE]</c>:
/// the people who may sign in to a server that listens beyond this machine, and who of them may edit the data. The
/// password is read from standard input when it is redirected (scripts), else
/// asked for twice without echo. The server picks up changes without a restart.
/// </summary>
internal static class UsersCommand
{
    public const string Usage = """
        usage: ecomcompare users add NAME [--role viewer|editor] | role NAME viewer|editor | remove NAME | revoke NAME | list  [--users FILE]
          add     add a user or change their password (asked twice; or one line on standard input);
                  a new user is a viewer unless --role editor (editors add, replace and remove plans on the dashboard)
          role    change a user's role (from the next request)
          remove  remove a user (their sessions end at once)
          revoke  end every session of a user without changing the password
          list    the user names and roles
        default file: $ECOMCOMPARE_USERS, else ~/.config/ecomcompare/users.tsv (the server's Access:UsersFile)
        """;

    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error, bool interactive)
    {
        var rest = args.ToList();
        var file = UserStore.DefaultPath;
        var at = rest.IndexOf("--users");
        if (at >= 0)
        {
            if (at + 1 >= rest.Count)
            {
                error.WriteLine(Usage);
                return 2;
            }

            file = rest[at + 1];
            rest.RemoveRange(at, 2);
        }

        string? role = null;
        at = rest.IndexOf("--role");
        if (at >= 0)
        {
            if (at + 1 >= rest.Count)
            {
                error.WriteLine(Usage);
                return 2;
            }

            role = rest[at + 1];
            rest.RemoveRange(at, 2);
        }

        var store = new UserStore(file);
        try
        {
            switch (rest)
            {
                case ["list"] when role is null:
                    foreach (var name in store.Names)
                    {
                        output.WriteLine($"{name}\t{store.RoleOf(name)}");
                    }

                    error.WriteLine($"{store.Names.Count} user(s) in {store.Path}");
                    return 0;

                case ["add", var name]:
                    {
                        var password = interactive ? Ask(error) : input.ReadLine();
                        if (password is null)
                        {
                            error.WriteLine("error: no password given");
                            return 1;
                        }

                        store.Set(name, password, role);
                        output.WriteLine($"{name} ({store.RoleOf(name)}): saved in {store.Path}");
                        return 0;
                    }

                case ["role", var name, var newRole] when role is null:
                    if (!store.SetRole(name, newRole))
                    {
                        error.WriteLine($"error: no user '{name}' in {store.Path}");
                        return 1;
                    }

                    output.WriteLine($"{name}: now {newRole} in {store.Path}");
                    return 0;

                case ["remove", var name] when role is null:
                    if (!store.Remove(name))
                    {
                        error.WriteLine($"error: no user '{name}' in {store.Path}");
                        return 1;
                    }

                    output.WriteLine($"{name}: removed from {store.Path}");
                    return 0;

                case ["revoke", var name]:
                    if (!store.Revoke(name))
                    {
                        error.WriteLine($"error: no user '{name}' in {store.Path}");
                        return 1;
                    }

                    output.WriteLine($"{name}: every session ended ({store.Path})");
                    return 0;

                default:
                    error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static string? Ask(TextWriter prompt)
    {
        prompt.Write("Password: ");
        var first = ReadHidden();
        prompt.Write("Again: ");
        var second = ReadHidden();
        if (first != second)
        {
            prompt.WriteLine("error: the two passwords differ");
            return null;
        }

        return first;
    }

    private static string ReadHidden()
    {
        var text = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return text.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0)
                {
                    text.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
    }
}
