namespace EcomCompare.OData.Query;

/// <summary>What a request addresses.</summary>
internal enum ODataRequestKind
{
    /// <summary><c>/odata</c>: the service document.</summary>
    ServiceDocument,

    /// <summary><c>/odata/$metadata</c>: CSDL XML.</summary>
    Metadata,

    /// <summary><c>/odata/BudgetLines</c>: a feed.</summary>
    Collection,

    /// <summary><c>/odata/BudgetLines(42)</c>: one entity.</summary>
    Entity,

    /// <summary><c>/odata/BudgetLines/$count</c>: a raw number.</summary>
    Count,

    /// <summary><c>/odata/BudgetLines(42)/Amount</c>: one property of one entity.</summary>
    Property,
}
