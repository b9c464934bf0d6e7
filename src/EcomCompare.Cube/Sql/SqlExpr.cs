namespace EcomCompare.Cube.Sql;

/// <summary>
/// A SQL expression tree. Values only ever enter as <see cref="SqlParam"/> (rendered as <c>$n</c> parameters);
/// identifiers are validated and quoted by <see cref="SqlRenderer"/>; functions come from a closed list.
/// There is deliberately no node for raw SQL text.
/// </summary>
public abstract record SqlExpr
{
    /// <summary>A column of the current relation.</summary>
    public static SqlExpr Col(string name) => new SqlColumn(name);

    /// <summary>A value, bound as a parameter.</summary>
    public static SqlExpr Param(object? value) => new SqlParam(value);

    /// <summary><c>a AND b</c>, skipping nulls: <c>And(null, x)</c> is <c>x</c>.</summary>
    public static SqlExpr? And(SqlExpr? a, SqlExpr? b) => a is null ? b : b is null ? a : new SqlBinary(SqlBinaryOp.And, a, b);
}

/// <summary>A column reference; <paramref name="Name"/> must be a plain identifier.</summary>
public sealed record SqlColumn(string Name) : SqlExpr;

/// <summary>A bound value: string, int, long, double, decimal, bool, DateOnly or null.</summary>
public sealed record SqlParam(object? Value) : SqlExpr;

/// <summary>A binary operation.</summary>
public sealed record SqlBinary(SqlBinaryOp Op, SqlExpr Left, SqlExpr Right) : SqlExpr;

/// <summary>A unary operation.</summary>
public sealed record SqlUnary(SqlUnaryOp Op, SqlExpr Operand) : SqlExpr;

/// <summary>A call of a whitelisted scalar function.</summary>
public sealed record SqlFunction(SqlFunctionName Name, IReadOnlyList<SqlExpr> Args) : SqlExpr;

/// <summary>An aggregate; <paramref name="Arg"/> null means <c>count(*)</c>.</summary>
public sealed record SqlAggregate(SqlAggregateKind Kind, SqlExpr? Arg, SqlExpr? Filter = null) : SqlExpr;

/// <summary><c>SUM(arg) OVER (PARTITION BY …)</c> — the denominator of shares.</summary>
public sealed record SqlWindowSum(SqlExpr Arg, IReadOnlyList<SqlExpr> PartitionBy) : SqlExpr;

/// <summary><c>ROW_NUMBER() OVER (ORDER BY …)</c>.</summary>
public sealed record SqlRowNumber(IReadOnlyList<SqlOrder> OrderBy) : SqlExpr;

/// <summary><c>GROUPING(a, b, …)</c>: which columns a grouping-set row rolled up.</summary>
public sealed record SqlGrouping(IReadOnlyList<SqlExpr> Columns) : SqlExpr;

/// <summary><c>x IS [NOT] NULL</c>.</summary>
public sealed record SqlIsNull(SqlExpr Operand, bool Negated = false) : SqlExpr;

/// <summary><c>x IN (…)</c>.</summary>
public sealed record SqlIn(SqlExpr Operand, IReadOnlyList<SqlExpr> Values) : SqlExpr;

/// <summary><c>CAST(x AS type)</c>.</summary>
public sealed record SqlCast(SqlExpr Operand, SqlType Type) : SqlExpr;

/// <summary><c>CASE WHEN … THEN … ELSE … END</c>.</summary>
public sealed record SqlCase(IReadOnlyList<(SqlExpr When, SqlExpr Then)> Branches, SqlExpr? Else) : SqlExpr;

/// <summary>Binary operators.</summary>
public enum SqlBinaryOp
{
    /// <summary>=</summary>
    Equal,
    /// <summary>&lt;&gt; (null-safe: IS DISTINCT FROM is not used; OData's ne with null is rendered as IS NOT NULL)</summary>
    NotEqual,
    /// <summary>&lt;</summary>
    Less,
    /// <summary>&lt;=</summary>
    LessOrEqual,
    /// <summary>&gt;</summary>
    Greater,
    /// <summary>&gt;=</summary>
    GreaterOrEqual,
    /// <summary>AND</summary>
    And,
    /// <summary>OR</summary>
    Or,
    /// <summary>+</summary>
    Add,
    /// <summary>-</summary>
    Subtract,
    /// <summary>*</summary>
    Multiply,
    /// <summary>/ (rendered with NULLIF on the divisor: division by zero gives null, not an error)</summary>
    Divide,
    /// <summary>% (modulo, NULLIF-guarded)</summary>
    Modulo,
    /// <summary>// (integer division truncating toward zero, as OData's div on integers; NULLIF-guarded)</summary>
    IntegerDivide,
    /// <summary>IS DISTINCT FROM: OData's ne when an operand may be null (null ne 'x' is true)</summary>
    IsDistinctFrom,
    /// <summary>IS NOT DISTINCT FROM: OData's eq when both operands may be null (null eq null is true)</summary>
    IsNotDistinctFrom,
}

/// <summary>Unary operators.</summary>
public enum SqlUnaryOp
{
    /// <summary>NOT</summary>
    Not,
    /// <summary>unary minus</summary>
    Negate,
}

/// <summary>Aggregates.</summary>
public enum SqlAggregateKind
{
    /// <summary>SUM</summary>
    Sum,
    /// <summary>AVG</summary>
    Average,
    /// <summary>MIN</summary>
    Min,
    /// <summary>MAX</summary>
    Max,
    /// <summary>COUNT(x) or COUNT(*)</summary>
    Count,
    /// <summary>COUNT(DISTINCT x)</summary>
    CountDistinct,
}

/// <summary>The scalar functions any translator may use — nothing else can be called.</summary>
public enum SqlFunctionName
{
    /// <summary>contains(string, search)</summary>
    Contains,
    /// <summary>starts_with(string, prefix)</summary>
    StartsWith,
    /// <summary>ends_with(string, suffix)</summary>
    EndsWith,
    /// <summary>lower(string)</summary>
    Lower,
    /// <summary>upper(string)</summary>
    Upper,
    /// <summary>length(string)</summary>
    Length,
    /// <summary>trim(string)</summary>
    Trim,
    /// <summary>strpos(string, search) − 1: 0-based index, −1 when absent</summary>
    IndexOf,
    /// <summary>substring(string, start0 + 1[, length])</summary>
    Substring,
    /// <summary>concat(a, b)</summary>
    Concat,
    /// <summary>round(x)</summary>
    Round,
    /// <summary>floor(x)</summary>
    Floor,
    /// <summary>ceil(x)</summary>
    Ceiling,
    /// <summary>year(date)</summary>
    Year,
    /// <summary>month(date)</summary>
    Month,
    /// <summary>day(date)</summary>
    Day,
    /// <summary>coalesce(a, b, …)</summary>
    Coalesce,
}

/// <summary>Types a cast may target.</summary>
public enum SqlType
{
    /// <summary>VARCHAR</summary>
    Varchar,
    /// <summary>INTEGER</summary>
    Integer,
    /// <summary>BIGINT</summary>
    BigInt,
    /// <summary>DOUBLE</summary>
    Double,
    /// <summary>DECIMAL(18,3), the cube's money type</summary>
    Money,
    /// <summary>DECIMAL(38,3), for sums of money</summary>
    MoneySum,
    /// <summary>BOOLEAN</summary>
    Boolean,
    /// <summary>DATE</summary>
    Date,
}
