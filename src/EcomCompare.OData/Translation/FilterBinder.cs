using System.Globalization;
using EcomCompare.Cube.Sql;
using EcomCompare.OData.Query;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace EcomCompare.OData.Translation;

/// <summary>
/// <c>$filter</c> (and every other expression) → <see cref="SqlExpr"/>, one <see cref="QueryNodeVisitor{T}"/> method
/// per node kind. Names resolve through the <see cref="QueryScope"/>; literals become parameters; the nesting depth is
/// bounded. OData's null semantics are kept: <c>eq null</c> is IS NULL, <c>ne</c> on a nullable operand is IS DISTINCT
/// FROM (a null Agency is "not equal" to 'x'), and <c>not</c> over a possibly-null predicate treats null as false.
/// </summary>
internal sealed class FilterBinder(QueryScope scope, ODataServiceOptions options, string target) : QueryNodeVisitor<SqlExpr>, IFilterBinder
{
    /// <summary>What the 'has' operator is for, in the answer to any use of it (the parser refuses most of them first).</summary>
    internal const string HasAdvice =
        "The 'has' operator tests enumeration flags, and this service has no enumeration properties; compare with eq, ne, gt, ge, lt or le, or use 'in (…)'.";

    private int _depth;

    /// <inheritdoc />
    public SqlExpr Bind(SingleValueNode node)
    {
        var outermost = _depth == 0;
        var bound = BindNested(node);
        if (outermost && TextBounds.Nodes(bound, options.MaxExpressionNodes) > options.MaxExpressionNodes)
        {
            // Counted after the computed aliases it uses are inlined: that is the SQL DuckDB gets.
            throw ODataServiceException.BadRequest(
                $"{target}: the expression has more than {options.MaxExpressionNodes} parts once the computed names it uses are written out. Use fewer terms, or refer less often to computed names that themselves repeat others.", target);
        }

        return bound;
    }

    /// <summary>
    /// The most characters <paramref name="node"/>'s value can have as text: a property counts as
    /// <see cref="ODataServiceOptions.MaxPropertyTextLength"/>, a literal as its own length, concat as the sum,
    /// substring with a literal length as at most that length.
    /// </summary>
    public long MaxText(SingleValueNode node) => node switch
    {
        ConstantNode { Value: string text } => text.Length,
        ConvertNode convert => MaxText(convert.Source),
        SingleValuePropertyAccessNode property => MaxText(Lookup(property.Property.Name)),
        SingleValueOpenPropertyAccessNode open => MaxText(Lookup(open.Name)),
        SingleValueFunctionCallNode { Name: "concat" } concat => concat.Parameters.OfType<SingleValueNode>().Aggregate(
            0L, (sum, arg) => TextBounds.Add(sum, MaxText(arg))),
        SingleValueFunctionCallNode { Name: "tolower" or "toupper" or "trim" } function
            when function.Parameters.FirstOrDefault() is SingleValueNode arg => MaxText(arg),
        SingleValueFunctionCallNode { Name: "substring" } function when function.Parameters.FirstOrDefault() is SingleValueNode arg =>
            function.Parameters.Skip(2).FirstOrDefault() is ConstantNode { Value: int length } && length >= 0 ? Math.Min(length,
                MaxText(arg)) : MaxText(arg),
        _ => TextBounds.Of(TypeOf(node), options),
    };

    private long MaxText(ScopeColumn column) => column.MaxText ?? TextBounds.Of(column.Type, options);

    private SqlExpr BindNested(SingleValueNode node) => Guarded(() =>
    {
        try
        {
            return node switch
            {
                CountVirtualPropertyNode => throw ODataServiceException.BadRequest("$count can only be aggregated: aggregate($count as Name).",
                    target),
                _ => node.Accept(this),
            };
        }
        catch (NotImplementedException)
        {
            throw ODataServiceException.NotImplemented($"{target}: expressions of kind {node.Kind} are not supported.", target);
        }
    });

    /// <inheritdoc />
    public ValueKind TypeOf(SingleValueNode node) => Guarded(() => node switch
    {
        SingleValuePropertyAccessNode property => Lookup(property.Property.Name).Type,
        SingleValueOpenPropertyAccessNode open => Lookup(open.Name).Type,
        ConstantNode constant => constant.Value is null
            ? new ValueKind(EdmPrimitiveTypeKind.None, true)
            : new ValueKind(KindOf(constant.TypeReference), false),
        ConvertNode convert when convert.Source is ConstantNode => new ValueKind(KindOf(convert.TypeReference), TypeOf(convert.Source).Nullable),
        ConvertNode convert => TypeOf(convert.Source),
        BinaryOperatorNode binary => BinaryType(binary),
        UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } unary => new ValueKind(EdmPrimitiveTypeKind.Boolean,
            TypeOf(unary.Operand).Nullable),
        UnaryOperatorNode unary => TypeOf(unary.Operand),
        InNode inNode => new ValueKind(EdmPrimitiveTypeKind.Boolean, TypeOf(inNode.Left).Nullable),
        SingleValueFunctionCallNode function => FunctionType(function),
        CountVirtualPropertyNode => new ValueKind(EdmPrimitiveTypeKind.Int64, false),
        _ => new ValueKind(KindOf(node.TypeReference), true),
    });

    public override SqlExpr Visit(BinaryOperatorNode nodeIn)
    {
        var op = nodeIn.OperatorKind;
        if (op is BinaryOperatorKind.Equal or BinaryOperatorKind.NotEqual)
        {
            var leftNull = IsNullLiteral(nodeIn.Left);
            var rightNull = IsNullLiteral(nodeIn.Right);
            if (leftNull || rightNull)
            {
                var other = leftNull ? nodeIn.Right : nodeIn.Left;
                return new SqlIsNull(Bind(other), Negated: op == BinaryOperatorKind.NotEqual);
            }

            var leftNullable = TypeOf(nodeIn.Left).Nullable;
            var rightNullable = TypeOf(nodeIn.Right).Nullable;
            var sqlOp = op == BinaryOperatorKind.Equal
                ? (leftNullable && rightNullable ? SqlBinaryOp.IsNotDistinctFrom : SqlBinaryOp.Equal)
                : (leftNullable || rightNullable ? SqlBinaryOp.IsDistinctFrom : SqlBinaryOp.NotEqual);
            return new SqlBinary(sqlOp, Bind(nodeIn.Left), Bind(nodeIn.Right));
        }

        var mapped = op switch
        {
            BinaryOperatorKind.And => SqlBinaryOp.And,
            BinaryOperatorKind.Or => SqlBinaryOp.Or,
            BinaryOperatorKind.GreaterThan => SqlBinaryOp.Greater,
            BinaryOperatorKind.GreaterThanOrEqual => SqlBinaryOp.GreaterOrEqual,
            BinaryOperatorKind.LessThan => SqlBinaryOp.Less,
            BinaryOperatorKind.LessThanOrEqual => SqlBinaryOp.LessOrEqual,
            BinaryOperatorKind.Add => SqlBinaryOp.Add,
            BinaryOperatorKind.Subtract => SqlBinaryOp.Subtract,
            BinaryOperatorKind.Multiply => SqlBinaryOp.Multiply,
            BinaryOperatorKind.Modulo => SqlBinaryOp.Modulo,
            BinaryOperatorKind.Divide => TypeOf(nodeIn.Left).IsIntegral && TypeOf(nodeIn.Right).IsIntegral
                ? SqlBinaryOp.IntegerDivide : SqlBinaryOp.Divide,
            BinaryOperatorKind.Has => throw ODataServiceException.BadRequest($"{target}: an operator does not fit its operands. {HasAdvice}", target),
            _ => throw ODataServiceException.NotImplemented($"{target}: the operator '{op}' is not supported.", target),
        };
        return new SqlBinary(mapped, Bind(nodeIn.Left), Bind(nodeIn.Right));
    }

    public override SqlExpr Visit(UnaryOperatorNode nodeIn)
    {
        var operand = Bind(nodeIn.Operand);
        if (nodeIn.OperatorKind == UnaryOperatorKind.Negate)
        {
            return new SqlUnary(SqlUnaryOp.Negate, operand);
        }

        // OData: a comparison with null is false, so its negation is true; SQL's NOT NULL would stay null.
        return new SqlUnary(SqlUnaryOp.Not, TypeOf(nodeIn.Operand).Nullable
            ? new SqlFunction(SqlFunctionName.Coalesce, [operand, SqlExpr.Param(false)])
            : operand);
    }

    public override SqlExpr Visit(ConstantNode nodeIn) => SqlExpr.Param(Literal(nodeIn.Value, nodeIn.LiteralText));

    public override SqlExpr Visit(ConvertNode nodeIn)
    {
        // Implicit promotions (Int32 → Decimal, Int32 → Single …) need no SQL cast: DuckDB compares and adds across
        // numeric types itself. A literal is converted here so its parameter has the target type. Conversions of
        // aggregated names are dropped: the parser, not knowing their type, guesses one.
        if (nodeIn.Source is ConstantNode constant)
        {
            return SqlExpr.Param(Convert(Literal(constant.Value, constant.LiteralText), KindOf(nodeIn.TypeReference)));
        }

        return Bind(nodeIn.Source);
    }

    public override SqlExpr Visit(SingleValuePropertyAccessNode nodeIn)
    {
        if (nodeIn.Source is not ResourceRangeVariableReferenceNode)
        {
            throw ODataServiceException.NotImplemented($"{target}: navigation and complex paths are not supported (every entity set is flat).",
                target);
        }

        return Lookup(nodeIn.Property.Name).Expr;
    }

    public override SqlExpr Visit(SingleValueOpenPropertyAccessNode nodeIn) => Lookup(nodeIn.Name).Expr;

    public override SqlExpr Visit(InNode nodeIn)
    {
        if (nodeIn.Right is not CollectionConstantNode list)
        {
            throw ODataServiceException.NotImplemented(
                $"{target}: 'in' takes a list of literals, e.g. ProvinceCode in ('binh-dinh','can-tho').", target);
        }

        if (list.Collection.Count > options.MaxInListValues)
        {
            throw ODataServiceException.BadRequest(
                $"{target}: an 'in' list may hold at most {options.MaxInListValues} values, not {list.Collection.Count}.", target);
        }

        var kind = TypeOf(nodeIn.Left).Kind;
        return new SqlIn(Bind(nodeIn.Left), list.Collection.Select(c => SqlExpr.Param(Convert(Literal(c.Value, c.LiteralText), kind))).ToList());
    }

    public override SqlExpr Visit(SingleValueFunctionCallNode nodeIn)
    {
        var args = nodeIn.Parameters.Select(p => p as SingleValueNode
            ?? throw ODataServiceException.NotImplemented($"{target}: {nodeIn.Name} with a collection argument is not supported.", target)).ToList();
        var (name, arity) = nodeIn.Name switch
        {
            "contains" => (SqlFunctionName.Contains, 2),
            "startswith" => (SqlFunctionName.StartsWith, 2),
            "endswith" => (SqlFunctionName.EndsWith, 2),
            "tolower" => (SqlFunctionName.Lower, 1),
            "toupper" => (SqlFunctionName.Upper, 1),
            "length" => (SqlFunctionName.Length, 1),
            "trim" => (SqlFunctionName.Trim, 1),
            "indexof" => (SqlFunctionName.IndexOf, 2),
            "substring" => (SqlFunctionName.Substring, -1),
            "concat" => (SqlFunctionName.Concat, 2),
            "round" => (SqlFunctionName.Round, 1),
            "floor" => (SqlFunctionName.Floor, 1),
            "ceiling" => (SqlFunctionName.Ceiling, 1),
            "year" => (SqlFunctionName.Year, 1),
            "month" => (SqlFunctionName.Month, 1),
            "day" => (SqlFunctionName.Day, 1),
            _ => throw ODataServiceException.NotImplemented(
                $"{target}: the function '{nodeIn.Name}' is not supported (supported: contains, startswith, endswith, tolower, toupper, length, trim, indexof, substring, concat, round, floor, ceiling, year, month, day).", target),
        };
        if ((arity >= 0 && args.Count != arity) || (name == SqlFunctionName.Substring && args.Count is not (2 or 3)))
        {
            throw ODataServiceException.BadRequest(
                $"{target}: {nodeIn.Name} takes {(arity >= 0 ? arity.ToString(CultureInfo.InvariantCulture) : "2 or 3")} argument(s).", target);
        }

        if (name == SqlFunctionName.Concat && MaxText(nodeIn) is var length && length > options.MaxComputedTextLength)
        {
            // Refused before DuckDB builds the strings: nested or repeated concats grow a row to megabytes.
            throw ODataServiceException.BadRequest(
                $"{target}: this concat can produce text of up to {(length == long.MaxValue ? "unbounded" : length.ToString(CultureInfo.InvariantCulture))} characters; at most {options.MaxComputedTextLength} are allowed (each text property counts as up to {options.MaxPropertyTextLength} characters, a number as {TextBounds.NonText}, a literal as its length, and concat adds up its arguments). Concatenate fewer values, or cut them with substring(…, start, length).", target);
        }

        return new SqlFunction(name, args.Select(Bind).ToList());
    }

    public override SqlExpr Visit(ResourceRangeVariableReferenceNode nodeIn) =>
        throw ODataServiceException.NotImplemented($"{target}: '$it' and whole-entity expressions are not supported.", target);

    public override SqlExpr Visit(ParameterAliasNode nodeIn) =>
        throw ODataServiceException.BadRequest($"{target}: the parameter alias '{nodeIn.Alias}' has no value.", target);

    private ScopeColumn Lookup(string name) => scope.Find(name) ?? throw ODataServiceException.BadRequest(
        scope.Transformed
            ? $"{target}: '{name}' is not available here; after $apply only {string.Join(", ", scope.Columns.Select(c => c.Name))} are."
            : $"{target}: '{name}' is not a property of {scope.Set.Name}.",
        target);

    private T Guarded<T>(Func<T> bind)
    {
        if (++_depth > options.MaxExpressionDepth)
        {
            _depth = 0;
            throw ODataServiceException.BadRequest($"{target}: the expression nests deeper than {options.MaxExpressionDepth} levels.", target);
        }

        try
        {
            return bind();
        }
        finally
        {
            _depth = Math.Max(0, _depth - 1);
        }
    }

    private ValueKind BinaryType(BinaryOperatorNode binary)
    {
        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide
                or BinaryOperatorKind.Modulo:
                var left = TypeOf(binary.Left);
                var right = TypeOf(binary.Right);
                return ValueKind.Promote(left,
                    right) with
                {
                    Nullable = left.Nullable || right.Nullable
                        || binary.OperatorKind is BinaryOperatorKind.Divide or BinaryOperatorKind.Modulo
                };
            case BinaryOperatorKind.Equal when !IsNullLiteral(binary.Left) && !IsNullLiteral(binary.Right):
                // Rendered as '=' when exactly one side may be null, and that is null (not false) for a null operand.
                return new ValueKind(EdmPrimitiveTypeKind.Boolean, TypeOf(binary.Left).Nullable != TypeOf(binary.Right).Nullable);
            case BinaryOperatorKind.Equal or BinaryOperatorKind.NotEqual:
                return ValueKind.Boolean;
            default:
                return new ValueKind(EdmPrimitiveTypeKind.Boolean, TypeOf(binary.Left).Nullable || TypeOf(binary.Right).Nullable);
        }
    }

    private ValueKind FunctionType(SingleValueFunctionCallNode function)
    {
        var args = function.Parameters.OfType<SingleValueNode>().ToList();
        var nullable = args.Any(a => TypeOf(a).Nullable);
        return function.Name switch
        {
            "contains" or "startswith" or "endswith" => new(EdmPrimitiveTypeKind.Boolean, nullable),
            "tolower" or "toupper" or "trim" or "substring" or "concat" => new(EdmPrimitiveTypeKind.String, nullable),
            "length" or "indexof" or "year" or "month" or "day" => new(EdmPrimitiveTypeKind.Int32, nullable),
            "round" or "floor" or "ceiling" when args.Count > 0 => TypeOf(args[0]),
            _ => new(KindOf(function.TypeReference), true),
        };
    }

    private static bool IsNullLiteral(SingleValueNode node) => node switch
    {
        ConstantNode { Value: null } => true,
        ConvertNode { Source: ConstantNode { Value: null } } => true,
        _ => false,
    };

    private static EdmPrimitiveTypeKind KindOf(IEdmTypeReference? type) =>
        type is not null && type.IsPrimitive() ? type.AsPrimitive().PrimitiveKind() : EdmPrimitiveTypeKind.None;

    private object? Literal(object? value, string? text) => value switch
    {
        null or string or bool or int or long or decimal or double => value,
        short s => (int)s,
        byte b => (int)b,
        sbyte sb => (int)sb,
        float f => (double)f,
        DateOnly date => date,
#pragma warning disable CS0618 // Microsoft.OData.Core 8 still parses a date literal into its obsolete Edm.Date
        Date date => new DateOnly(date.Year, date.Month, date.Day),
#pragma warning restore CS0618
        _ => throw ODataServiceException.NotImplemented($"{target}: literals like {text} ({value.GetType().Name}) are not supported here.", target),
    };

    private object? Convert(object? value, EdmPrimitiveTypeKind kind)
    {
        try
        {
            return (kind, value) switch
            {
                (_, null) => null,
                (EdmPrimitiveTypeKind.Decimal, int or long or double) => System.Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                (EdmPrimitiveTypeKind.Double or EdmPrimitiveTypeKind.Single, int or long or decimal) => System.Convert.ToDouble(
                    value, CultureInfo.InvariantCulture),
                (EdmPrimitiveTypeKind.Int64, int i) => (long)i,
                _ => value,
            };
        }
        catch (OverflowException)
        {
            throw ODataServiceException.BadRequest($"{target}: the number {value} is out of range.", target);
        }
    }
}
