namespace EcomCompare.Editing.Provinces;

/// <summary>What is wrong with a field of the province form: the page words each in its language.</summary>
public enum DetailsProblem
{
    /// <summary>The field is required.</summary>
    Required,

    /// <summary>Too long.</summary>
    TooLong,

    /// <summary>A code must be lower-case letters and digits in hyphen-joined words.</summary>
    BadCode,

    /// <summary>Not one of the list's values.</summary>
    NotInList,

    /// <summary>A province of this code is in the data already (choose "replace").</summary>
    CodeExists,

    /// <summary>A province of this name is in the data already under another code, or (replacing) under this one.</summary>
    NameExists,

    /// <summary>"Replace" was chosen but no province has this code.</summary>
    NothingToReplace,

    /// <summary>A period must be <c>yyyy-yyyy</c>, the first year not after the last.</summary>
    BadPeriod,

    /// <summary>An adopted decision needs its date.</summary>
    DateRequired,

    /// <summary>The adopting decision needs both its number and its date.</summary>
    AdoptedIncomplete,
}

/// <summary>One problem of one field (the property's name).</summary>
/// <param name="Field">The <see cref="ProvinceDetails"/> property.</param>
/// <param name="Problem">What is wrong.</param>
public sealed record DetailsError(string Field, DetailsProblem Problem);
