using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EcomCompare.Access.Users;

/// <summary>
/// Salted PBKDF2-HMAC-SHA256 password hashes as stored in the users file: <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c>
/// (salt and hash in base64). The iteration count is stored with each hash so it can be raised later without
/// invalidating existing users.
/// </summary>
public static class PasswordHash
{
    /// <summary>OWASP's figure for PBKDF2-HMAC-SHA256 (2023).</summary>
    public const int DefaultIterations = 600_000;

    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>A new hash of <paramref name="password"/> with a random salt.</summary>
    public static string Create(string password, int iterations = DefaultIterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt),
            Convert.ToBase64String(hash));
    }

    /// <summary>Whether <paramref name="stored"/> is a hash this class can check (scheme, iterations, base64 salt and hash).</summary>
    public static bool IsWellFormed(string stored) => TryRead(stored, out _, out _, out _);

    /// <summary>Whether <paramref name="password"/> matches <paramref name="stored"/>; false for a malformed entry.</summary>
    public static bool Verify(string password, string stored)
    {
        if (!TryRead(stored, out var iterations, out var salt, out var expected))
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static bool TryRead(string stored, out int iterations, out byte[] salt, out byte[] hash)
    {
        salt = hash = [];
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < 1)
        {
            iterations = 0;
            return false;
        }

        try
        {
            salt = Convert.FromBase64String(parts[2]);
            hash = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }

        return salt.Length > 0 && hash.Length > 0;
    }
}
